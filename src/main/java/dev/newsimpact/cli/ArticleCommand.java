package dev.newsimpact.cli;

import dev.newsimpact.output.JsonLinesWriter;
import dev.newsimpact.output.OutputFormat;
import dev.newsimpact.output.RecordKind;
import dev.newsimpact.output.RecordWriter;
import dev.newsimpact.output.TableWriter;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.pipeline.Extractors;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Runs the pipeline over every input in order and prints each article's records as soon as it is
 * done. A failed input is reported on stderr in one line and the others still run.
 */
abstract class ArticleCommand implements Callable<Integer> {

  @Mixin ArticleOptions options;

  @ParentCommand NewsimpactCommand root;

  @Spec CommandSpec spec;

  /** Which records this command prints. */
  abstract RecordKind recordKind();

  @Override
  public Integer call() {
    if (options.verbose) {
      System.setProperty("NEWSIMPACT_LOG_LEVEL", "DEBUG");
    }
    if (options.minConfidence < 0 || options.minConfidence > 1) {
      throw new ParameterException(spec.commandLine(), "--min-confidence must lie in [0, 1]");
    }
    List<Input> inputs = inputs();
    Extractor extractor = Extractors.standard(new ExtractorSettings(root.stdin(),
        Duration.ofSeconds(options.timeoutSeconds), options.maxBytes, options.minConfidence));
    if (recordKind() == RecordKind.IMPACT) {
      extractor = extractor.claimsOnly(); // impact records read no mention sentiment
    }
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    try (RecordWriter writer = writer(spec.commandLine().getOut())) {
      for (Input input : inputs) {
        ArticleResult result;
        try {
          result = extractor.process(input);
        } catch (InputException e) {
          failed++;
          err.println("newsimpact: " + input.source() + ": " + e.getMessage());
          printTrace(e, err);
          continue;
        } catch (RuntimeException e) {
          failed++;
          err.println("newsimpact: " + input.source() + ": internal error: " + e
              + (wantsTrace() ? "" : " (rerun with --stacktrace for details)"));
          printTrace(e, err);
          continue;
        }
        if (!writer.write(result)) {
          // The reader went away (e.g. `| head -1`): stop quietly, nothing left to deliver.
          return ExitCode.OK.code();
        }
      }
    }
    return failed == 0 ? ExitCode.OK.code() : ExitCode.INPUT_FAILED.code();
  }

  private List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    for (String argument : options.inputs) {
      inputs.add(Input.of(argument));
    }
    if (inputs.isEmpty()) {
      if (System.console() != null) {
        throw new ParameterException(spec.commandLine(),
            "no INPUT given; name files or URLs, or pipe an article into standard input");
      }
      inputs.add(Input.of("-"));
    }
    return inputs;
  }

  private RecordWriter writer(PrintWriter out) {
    return options.format == OutputFormat.TABLE
        ? new TableWriter(out, recordKind())
        : new JsonLinesWriter(out, recordKind());
  }

  private boolean wantsTrace() {
    return options.stacktrace || options.verbose;
  }

  private void printTrace(Exception e, PrintWriter err) {
    if (wantsTrace()) {
      e.printStackTrace(err);
    }
  }
}

package dev.newsimpact.cli;

import dev.newsimpact.batch.ArticleTask;
import dev.newsimpact.batch.Intake;
import dev.newsimpact.batch.OrderedRunner;
import dev.newsimpact.output.RecordKind;
import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.store.ArticleStore;
import dev.newsimpact.store.StoreException;
import dev.newsimpact.text.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Runs the pipeline over every input, on {@code --threads} threads, and prints each article's
 * records in input order as soon as the articles before it are out. A failed input is reported on
 * stderr in one line and the others still run (unless {@code --fail-fast}). The pieces: {@link
 * Intake} names the inputs, {@link OrderedRunner} runs them, {@link Delivery} prints, stores and
 * reports, {@link Outputs} owns the files, {@link StopOnSignal} ends the run cleanly on SIGTERM.
 */
abstract class ArticleCommand implements Callable<Integer> {

  @Mixin ArticleOptions options;

  @Mixin BatchOptions batch;

  @ParentCommand NewsimpactCommand root;

  @Spec CommandSpec spec;

  /** Which records this command prints. */
  abstract RecordKind recordKind();

  @Override
  public Integer call() throws InterruptedException {
    if (options.read.verbose) {
      System.setProperty("NEWSIMPACT_LOG_LEVEL", "DEBUG");
    }
    validate();
    RunContext context = root.context();
    PrintWriter err = spec.commandLine().getErr();
    RecordKind kind = batch.byTicker ? RecordKind.TICKER : recordKind();
    OrderedRunner runner = new OrderedRunner(batch.threads);
    try (StopOnSignal guard = StopOnSignal.install(runner, context.handlesSignals());
        ArticleStore store = openStore(context);
        Outputs outputs = Outputs.open(spec.commandLine().getOut(), batch.output, batch.errors,
            options.format, kind);
        Intake intake = new Intake(options.inputs, batch.inputLists, batch.inputFormat, root.stdin());
        Progress progress = Progress.of(context.stderrIsTerminal() && !batch.noProgress, total())) {
      Extractor extractor = context.extractors().apply(new ExtractorSettings(root.stdin(),
          Duration.ofSeconds(options.read.timeoutSeconds), options.read.maxBytes, options.minConfidence,
          options.read.sourceOptions(spec.commandLine())));
      if (kind == RecordKind.IMPACT) {
        extractor = extractor.claimsOnly(); // impact records read no mention sentiment
      }
      FailureReport failures = new FailureReport(err, outputs.errors(), wantsTrace());
      Delivery delivery = new Delivery(outputs.records(), failures, store, batch.failFast, progress);
      runner.run(new FeedInputs(intake, options.read.web.feeds, extractor::read),
          new ArticleTask(extractor, seenIn(store)), delivery);
      progress.close();
      return finish(outputs, delivery, failures, err);
    }
  }

  private int finish(Outputs outputs, Delivery delivery, FailureReport failures, PrintWriter err) {
    if (delivery.storeFailure() != null) {
      throw new Failures.CommandFailure(ExitCode.STORE, delivery.storeFailure().getMessage(),
          delivery.storeFailure());
    }
    if (failures.errorsFileFailed()) {
      throw new Failures.CommandFailure(ExitCode.OUTPUT, batch.errors + ": cannot write the file", null);
    }
    if (delivery.outputFailed() && outputs.toFile()) {
      throw new Failures.CommandFailure(ExitCode.OUTPUT, batch.output + ": cannot write the file", null);
    }
    try {
      outputs.commit();
    } catch (IOException e) {
      throw new Failures.CommandFailure(ExitCode.OUTPUT,
          batch.output + ": cannot write the file (" + e.getMessage() + ")", e);
    }
    if (options.read.verbose) {
      err.printf(java.util.Locale.ROOT, "newsimpact: %d delivered, %d already seen, %d failed%n",
          delivery.delivered(), delivery.skipped(), failures.count());
    }
    // A reader that went away (`| head -1`) took what it wanted: that is not a failure.
    return failures.count() == 0 ? ExitCode.OK.code() : ExitCode.INPUT_FAILED.code();
  }

  private void validate() {
    if (options.minConfidence < 0 || options.minConfidence > 1) {
      throw new ParameterException(spec.commandLine(), "--min-confidence must lie in [0, 1]");
    }
    if (batch.threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (options.inputs.isEmpty() && batch.inputLists.isEmpty() && options.read.web.feeds.isEmpty()) {
      if (System.console() != null && root.stdin() == System.in) {
        throw new ParameterException(spec.commandLine(),
            "no INPUT given; name files or URLs, or pipe an article into standard input");
      }
      options.inputs.add("-");
    }
  }

  private ArticleStore openStore(RunContext context) {
    if (batch.db == null) {
      return null;
    }
    try {
      return ArticleStore.open(batch.db, context.clock());
    } catch (StoreException e) {
      throw new Failures.CommandFailure(ExitCode.STORE, e.getMessage(), e);
    }
  }

  /**
   * A read error in this early check only costs the skip: the delivery checks again in its
   * transaction and reports errors there.
   */
  private static Predicate<Article> seenIn(ArticleStore store) {
    if (store == null) {
      return article -> false;
    }
    return article -> {
      try {
        return store.seen(article);
      } catch (StoreException e) {
        return false;
      }
    };
  }

  /** The number of inputs when the arguments are all there is, else -1 (unknown). */
  private long total() {
    if (!batch.inputLists.isEmpty() || !options.read.web.feeds.isEmpty()
        || batch.inputFormat != dev.newsimpact.batch.InputFormat.ARTICLE) {
      return -1;
    }
    List<String> inputs = options.inputs;
    for (String input : inputs) {
      try {
        if (!input.equals("-") && Files.isDirectory(Path.of(input))) {
          return -1;
        }
      } catch (java.nio.file.InvalidPathException e) {
        // Fails later, as one input.
      }
    }
    return inputs.size();
  }

  private boolean wantsTrace() {
    return options.read.wantsTrace();
  }
}

package dev.newsimpact.cli;

import dev.newsimpact.output.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read articles ({@code extract}, {@code mentions}). */
final class ArticleOptions {

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = {
        "Articles to read: file paths (HTML or plain text, told apart by content; .gz accepted),"
            + " http(s) URLs, or - for standard input. Output follows input order."
            + " With no INPUT, standard input is read when it is not a terminal."
      })
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.JSONL;

  @Option(
      names = "--min-confidence",
      paramLabel = "P",
      description = "Drop ticker links less sure than P, in [0, 1] (default: ${DEFAULT-VALUE}).")
  double minConfidence = 0.5;

  @Mixin ReadOptions read = new ReadOptions();
}

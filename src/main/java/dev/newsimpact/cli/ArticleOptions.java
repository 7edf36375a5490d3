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

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Connect and read timeout for URLs (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 15;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Read at most N bytes of a page or file; the rest is cut (default: ${DEFAULT-VALUE}).")
  long maxBytes = 10_000_000;

  @Mixin WebOptions web = new WebOptions();

  @Option(names = "--stacktrace", description = "Print stack traces of errors.")
  boolean stacktrace;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log progress and details to stderr (implies --stacktrace).")
  boolean verbose;
}

package dev.newsimpact.cli;

import dev.newsimpact.source.SourceOptions;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How to read inputs and report failures, the same for every command that reads pages
 * ({@code extract}, {@code mentions}, {@code article}): limits on a read, the web options, and how
 * much of an error to print.
 */
final class ReadOptions {

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Connect and read timeout for URLs (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 15;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Read at most N bytes of a page or file; the rest is cut"
          + " (default: ${DEFAULT-VALUE}).")
  long maxBytes = 10_000_000;

  @Mixin WebOptions web = new WebOptions();

  @Option(names = "--stacktrace", description = "Print stack traces of errors.")
  boolean stacktrace;

  @Option(
      names = {"-v", "--verbose"},
      description = "Log progress and details to stderr (implies --stacktrace).")
  boolean verbose;

  /** The source settings these options ask for; a bad combination is a usage error. */
  SourceOptions sourceOptions(CommandLine commandLine) {
    return web.sourceOptions(commandLine, timeoutSeconds, maxBytes);
  }

  boolean wantsTrace() {
    return stacktrace || verbose;
  }
}

package dev.newsimpact.cli;

import dev.newsimpact.source.SourceOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Options for reading from the web, shared by every command that reads articles: feeds to expand,
 * and how to behave toward other people's servers.
 */
final class WebOptions {

  @Option(
      names = "--feed",
      paramLabel = "URL_OR_FILE",
      description = "Read the articles an RSS or Atom feed lists (a URL or a file; repeatable)."
          + " An item's date fills in when its page has none.")
  List<String> feeds = new ArrayList<>();

  @Option(
      names = "--deadline",
      paramLabel = "SECONDS",
      description = "Give up on a URL after this long, redirects and retries included"
          + " (default: ${DEFAULT-VALUE}).")
  int deadlineSeconds = 60;

  @Option(
      names = "--delay",
      paramLabel = "SECONDS",
      description = "Wait at least this long between requests to one host, more if its robots.txt"
          + " asks (up to 10) (default: ${DEFAULT-VALUE}).")
  double delaySeconds = 1;

  @Option(
      names = "--retries",
      paramLabel = "N",
      description = "Retry a URL N times after a transient failure (no connection, HTTP 429, 502,"
          + " 503, 504), waiting as Retry-After asks, up to 30 s (default: ${DEFAULT-VALUE}).")
  int retries = 2;

  @Option(
      names = "--ignore-robots",
      description = "Fetch pages even where the site's robots.txt disallows it.")
  boolean ignoreRobots;

  @Option(
      names = "--allow-private-networks",
      description = "Fetch from loopback, private, link-local and CGNAT addresses too (refused by"
          + " default, on every redirect as well); cloud metadata addresses stay refused.")
  boolean allowPrivateNetworks;

  /** How files, stdin and URLs are read under these options; a bad value is a usage error. */
  SourceOptions sourceOptions(CommandLine commandLine, int timeoutSeconds, long maxBytes) {
    try {
      if (delaySeconds < 0 || delaySeconds > 3600 || Double.isNaN(delaySeconds)) {
        throw new IllegalArgumentException("--delay must lie in [0, 3600]");
      }
      SourceOptions options = SourceOptions.defaults()
          .withTimeout(Duration.ofSeconds(timeoutSeconds))
          .withDeadline(Duration.ofSeconds(deadlineSeconds))
          .withMaxBytes(maxBytes)
          .withHostDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)))
          .withRetries(retries, SourceOptions.defaults().backoff())
          .withIgnoreRobots(ignoreRobots)
          .withAllowPrivateNetworks(allowPrivateNetworks);
      return options;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, e.getMessage());
    }
  }
}

package dev.newsimpact.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Limits, identity and manners for reading inputs. Immutable; validated on construction.
 *
 * @param timeout bound on connecting and receiving a response's headers, and on any silence while
 *     its body arrives
 * @param deadline bound on fetching one URL: redirects, retries and their back-off included, time
 *     spent waiting for a host's politeness turn not; a server that drips bytes slowly enough to
 *     dodge {@code timeout} still stops here
 * @param maxBytes cap on a document's body after decompression; longer bodies are cut and marked
 *     {@code truncated}, they are not an error
 * @param userAgent the User-Agent header sent with every request
 * @param allowPrivateNetworks fetch from loopback, private, link-local, CGNAT and unique-local
 *     addresses too (cloud metadata, multicast and the like stay refused); see {@link AddressPolicy}
 * @param ignoreRobots fetch pages that the site's robots.txt disallows for us
 * @param hostDelay least time between the starts of two requests to one host
 * @param retries how often a transient failure (no connection, HTTP 429, 502, 503, 504) is retried
 * @param backoff the wait before the first retry; it doubles for each further one, and a server's
 *     Retry-After replaces it
 */
public record SourceOptions(
    Duration timeout,
    Duration deadline,
    long maxBytes,
    String userAgent,
    boolean allowPrivateNetworks,
    boolean ignoreRobots,
    Duration hostDelay,
    int retries,
    Duration backoff) {

  /** Ten megabytes: far above any article page, far below what would hurt the JVM. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public SourceOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    requirePositive(timeout, "timeout");
    requirePositive(deadline, "deadline");
    requireNotNegative(hostDelay, "hostDelay");
    requireNotNegative(backoff, "backoff");
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 8));
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries must be in 0..10: " + retries);
    }
  }

  /**
   * 15 s timeout, 60 s deadline, 10 MB cap, the tool's own User-Agent, public addresses only,
   * robots.txt respected, one second between requests to a host, two retries from one second on.
   */
  public static SourceOptions defaults() {
    return new SourceOptions(Duration.ofSeconds(15), Duration.ofSeconds(60), DEFAULT_MAX_BYTES,
        defaultUserAgent(), false, false, Duration.ofSeconds(1), 2, Duration.ofSeconds(1));
  }

  /**
   * {@code newsimpact/<version> (+https://github.com/newsimpact)}: names the tool so site owners
   * can tell it apart and find out what it is. The version is the one Maven wrote into the build.
   */
  public static String defaultUserAgent() {
    return "newsimpact/" + version() + " (+https://github.com/newsimpact)";
  }

  private static String version() {
    try (InputStream in = SourceOptions.class.getResourceAsStream("/dev/newsimpact/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      String version = properties.getProperty("version");
      return version == null || version.isBlank() || version.startsWith("$") ? "dev" : version;
    } catch (IOException e) {
      return "dev";
    }
  }

  public SourceOptions withTimeout(Duration value) {
    return new SourceOptions(value, deadline, maxBytes, userAgent, allowPrivateNetworks,
        ignoreRobots, hostDelay, retries, backoff);
  }

  public SourceOptions withDeadline(Duration value) {
    return new SourceOptions(timeout, value, maxBytes, userAgent, allowPrivateNetworks,
        ignoreRobots, hostDelay, retries, backoff);
  }

  public SourceOptions withMaxBytes(long value) {
    return new SourceOptions(timeout, deadline, value, userAgent, allowPrivateNetworks,
        ignoreRobots, hostDelay, retries, backoff);
  }

  public SourceOptions withUserAgent(String value) {
    return new SourceOptions(timeout, deadline, maxBytes, value, allowPrivateNetworks,
        ignoreRobots, hostDelay, retries, backoff);
  }

  public SourceOptions withAllowPrivateNetworks(boolean value) {
    return new SourceOptions(timeout, deadline, maxBytes, userAgent, value,
        ignoreRobots, hostDelay, retries, backoff);
  }

  public SourceOptions withIgnoreRobots(boolean value) {
    return new SourceOptions(timeout, deadline, maxBytes, userAgent, allowPrivateNetworks,
        value, hostDelay, retries, backoff);
  }

  public SourceOptions withHostDelay(Duration value) {
    return new SourceOptions(timeout, deadline, maxBytes, userAgent, allowPrivateNetworks,
        ignoreRobots, value, retries, backoff);
  }

  /** {@code count} retries of a transient failure, the first after {@code firstWait}. */
  public SourceOptions withRetries(int count, Duration firstWait) {
    return new SourceOptions(timeout, deadline, maxBytes, userAgent, allowPrivateNetworks,
        ignoreRobots, hostDelay, count, firstWait);
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }
}

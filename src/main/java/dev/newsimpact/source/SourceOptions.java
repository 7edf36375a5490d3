package dev.newsimpact.source;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and identity for reading inputs. Immutable; validated on construction.
 *
 * @param timeout bound on connecting and on waiting for data from a server
 * @param deadline bound on the whole download of one URL, redirects included; a server that drips
 *     bytes slowly enough to dodge {@code timeout} still stops here
 * @param maxBytes cap on a document's body after decompression; longer bodies are cut and marked
 *     {@code truncated}, they are not an error
 * @param userAgent the User-Agent header sent with every request
 */
public record SourceOptions(Duration timeout, Duration deadline, long maxBytes, String userAgent) {

  /** Ten megabytes: far above any article page, far below what would hurt the JVM. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  public SourceOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(userAgent, "userAgent");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException("deadline must be positive: " + deadline);
    }
    if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxBytes must be in 1.." + (Integer.MAX_VALUE - 8));
    }
  }

  /** 15 s timeout, 60 s deadline, 10 MB cap, the tool's own User-Agent. */
  public static SourceOptions defaults() {
    return new SourceOptions(
        Duration.ofSeconds(15), Duration.ofSeconds(60), DEFAULT_MAX_BYTES, defaultUserAgent());
  }

  /**
   * {@code newsimpact/<version> (+https://github.com/newsimpact)}; the version comes from the jar
   * manifest, so it reads {@code dev} when running from classes (tests, IDE).
   */
  public static String defaultUserAgent() {
    String version = SourceOptions.class.getPackage().getImplementationVersion();
    return "newsimpact/" + (version == null ? "dev" : version) + " (+https://github.com/newsimpact)";
  }

  public SourceOptions withTimeout(Duration value) {
    return new SourceOptions(value, deadline, maxBytes, userAgent);
  }

  public SourceOptions withDeadline(Duration value) {
    return new SourceOptions(timeout, value, maxBytes, userAgent);
  }

  public SourceOptions withMaxBytes(long value) {
    return new SourceOptions(timeout, deadline, value, userAgent);
  }

  public SourceOptions withUserAgent(String value) {
    return new SourceOptions(timeout, deadline, maxBytes, value);
  }
}

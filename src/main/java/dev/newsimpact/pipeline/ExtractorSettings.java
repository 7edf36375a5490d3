package dev.newsimpact.pipeline;

import dev.newsimpact.source.SourceOptions;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;

/**
 * What a user can tune about the standard pipeline.
 *
 * @param stdin where {@code -} reads from
 * @param timeout connect and read timeout for URLs
 * @param maxBytes the most bytes read of one input
 * @param minConfidence ticker links below this confidence are dropped
 * @param source how files and URLs are read: limits, the address policy, robots.txt, politeness;
 *     its timeout and size cap are the two above
 */
public record ExtractorSettings(
    InputStream stdin, Duration timeout, long maxBytes, double minConfidence, SourceOptions source) {

  /** The default web manners, with this timeout and size cap. */
  public ExtractorSettings(InputStream stdin, Duration timeout, long maxBytes, double minConfidence) {
    this(stdin, timeout, maxBytes, minConfidence,
        SourceOptions.defaults().withTimeout(timeout).withMaxBytes(maxBytes));
  }

  public ExtractorSettings {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(timeout, "timeout");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (minConfidence < 0 || minConfidence > 1) {
      throw new IllegalArgumentException("minConfidence must lie in [0, 1]");
    }
    Objects.requireNonNull(source, "source");
    source = source.withTimeout(timeout).withMaxBytes(maxBytes);
  }
}

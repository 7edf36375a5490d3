package dev.newsimpact.pipeline;

import dev.newsimpact.source.DocumentSource;
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
 * @param source where inputs are read from, or null for the default source built from the other
 *     settings (the CLI passes its own, which also reads feeds and keeps one run's politeness state)
 */
public record ExtractorSettings(
    InputStream stdin, Duration timeout, long maxBytes, double minConfidence, DocumentSource source) {

  public ExtractorSettings(InputStream stdin, Duration timeout, long maxBytes, double minConfidence) {
    this(stdin, timeout, maxBytes, minConfidence, null);
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
  }
}

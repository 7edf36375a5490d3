package dev.newsimpact.pipeline;

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
 */
public record ExtractorSettings(
    InputStream stdin, Duration timeout, long maxBytes, double minConfidence) {

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

package dev.newsimpact.spark;

import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.pipeline.Extractors;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The extractor of this JVM: built by the first task that needs it and shared by every later task and
 * thread of the executor, because the models take seconds to load and about a gigabyte to hold. One
 * per confidence threshold, which is all the job lets a user tune. Thread-safe.
 */
final class Pipelines {

  /** The CLI's default for {@code --max-bytes}; inline articles are not cut by the pipeline itself. */
  static final long MAX_BYTES = 10_000_000;

  private static final ConcurrentMap<Double, Extractor> BY_CONFIDENCE = new ConcurrentHashMap<>();

  private Pipelines() {}

  /**
   * The pipeline {@code newsimpact extract --min-confidence P} runs. A second thread asking while
   * the first builds it waits for that one instead of loading the models again.
   */
  static Extractor extractor(double minConfidence) {
    return BY_CONFIDENCE.computeIfAbsent(minConfidence, p -> Extractors.standard(
        new ExtractorSettings(InputStream.nullInputStream(), Duration.ofSeconds(15), MAX_BYTES, p))
        .claimsOnly());
  }
}

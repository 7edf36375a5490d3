package dev.newsimpact.pipeline;

/** Builds the standard pipeline. */
public final class Extractors {
  private Extractors() {}

  public static Extractor standard(ExtractorSettings settings) {
    throw new UnsupportedOperationException("wired after merge");
  }
}

package dev.newsimpact.pipeline;

import dev.newsimpact.claim.DependencyClaimFinder;
import dev.newsimpact.nlp.CoreNlpAnalyzer;
import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.source.DefaultDocumentSource;
import dev.newsimpact.source.DocumentSource;
import dev.newsimpact.source.SourceOptions;
import dev.newsimpact.text.JsoupTextExtractor;
import dev.newsimpact.ticker.AliasLinker;
import dev.newsimpact.ticker.Universe;

/**
 * Builds the standard pipeline: the one place that names the implementation of every stage. Models
 * and the ticker universe are loaded once per JVM and shared by every extractor built here.
 */
public final class Extractors {

  private Extractors() {}

  public static Extractor standard(ExtractorSettings settings) {
    if (settings.source() != null) {
      return standard(settings, settings.source());
    }
    SourceOptions sourceOptions = SourceOptions.defaults()
        .withTimeout(settings.timeout())
        .withMaxBytes(settings.maxBytes());
    return standard(settings, new DefaultDocumentSource(sourceOptions, settings.stdin()));
  }

  /**
   * The standard stages reading through {@code source}: the CLI builds the source itself, since it
   * also reads feeds through it and one source keeps one run's politeness and robots.txt state.
   * The source's own limits apply; those in {@code settings} are not used for it.
   */
  public static Extractor standard(ExtractorSettings settings, DocumentSource source) {
    CoreNlpAnalyzer.shared().warmUpInBackground();
    return new Extractor(
        source,
        new JsoupTextExtractor(),
        CoreNlpAnalyzer.shared(),
        new AliasLinker(Universe.loadDefault(), settings.minConfidence()),
        new DependencyClaimFinder(),
        new FinanceSentimentScorer());
  }
}

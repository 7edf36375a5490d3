package dev.newsimpact.pipeline;

import dev.newsimpact.claim.DependencyClaimFinder;
import dev.newsimpact.nlp.CoreNlpAnalyzer;
import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.source.DefaultDocumentSource;
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
    CoreNlpAnalyzer.shared().warmUpInBackground();
    return new Extractor(
        new DefaultDocumentSource(settings.source(), settings.stdin()),
        new JsoupTextExtractor(),
        CoreNlpAnalyzer.shared(),
        new AliasLinker(Universe.loadDefault(), settings.minConfidence()),
        new DependencyClaimFinder(),
        new FinanceSentimentScorer());
  }
}

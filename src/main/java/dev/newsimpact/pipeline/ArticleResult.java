package dev.newsimpact.pipeline;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.text.Article;
import java.util.List;

/** Everything the pipeline found in one article: its text, linked mentions and claims. */
public record ArticleResult(
    Article article, AnnotatedText text, List<ScoredMention> mentions, List<ScoredClaim> claims) {

  public ArticleResult {
    mentions = List.copyOf(mentions);
    claims = List.copyOf(claims);
  }
}

package dev.newsimpact.sentiment;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;

/** Scores sentiment for the holders of a security. Thread-safe. */
public interface SentimentScorer {

  /** Sentiment of a claim: a price move's direction decides it. */
  Sentiment forClaim(Claim claim);

  /** Sentiment toward a mentioned security in its sentence. */
  Sentiment forMention(Mention mention, Sentence sentence);
}

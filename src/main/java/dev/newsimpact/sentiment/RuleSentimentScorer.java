package dev.newsimpact.sentiment;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.claim.Direction;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentiment from rules. A price move's direction sets its sign and its size the strength (a 14% plunge
 * is worse news than a 1% dip). A mention without a claim is scored from finance cue words in a
 * window around it, with negation flipping the next cue. The word lists are this project's own.
 */
public final class RuleSentimentScorer implements SentimentScorer {

  private static final int WINDOW = 8;

  private static final Set<String> GOOD =
      Set.of("rise", "gain", "jump", "surge", "soar", "rally", "climb", "beat", "upgrade",
          "record", "outperform", "boost", "profit", "growth", "strong", "win", "approve",
          "approval", "raise", "higher", "up", "advance", "rebound", "top", "exceed", "bullish",
          "buy", "overweight", "optimism", "recover", "expand", "accelerate");

  private static final Set<String> BAD =
      Set.of("fall", "drop", "decline", "slide", "slip", "plunge", "tumble", "sink", "lose",
          "loss", "slump", "crash", "miss", "downgrade", "cut", "lawsuit", "probe", "investigation",
          "fine", "penalty", "weak", "warn", "warning", "fraud", "bankruptcy", "default", "layoff",
          "lower", "down", "sell-off", "selloff", "short", "bearish", "sell", "underweight",
          "concern", "fear", "risk", "pressure", "restrict", "inflate", "allege", "suspend",
          "halt", "recall", "delay", "erase", "wipe", "plummet", "underperform", "overcapacity");

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without");

  @Override
  public Sentiment forClaim(Claim claim) {
    if (claim.type() != ClaimType.PRICE_MOVE || claim.direction() == null
        || claim.direction() == Direction.FLAT) {
      return Sentiment.NEUTRAL;
    }
    double sign = claim.direction() == Direction.UP ? 1 : -1;
    double strength = claim.unit().equals("percent")
        ? Math.min(1.0, 0.3 + Math.abs(claim.value()) / 20.0)
        : 0.5;
    return Sentiment.ofScore(sign * strength);
  }

  @Override
  public Sentiment forMention(Mention mention, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int from = Math.max(0, mention.firstToken() - WINDOW);
    int to = Math.min(tokens.size(), mention.endToken() + WINDOW);
    double score = 0;
    boolean negated = false;
    for (int i = from; i < to; i++) {
      if (mention.covers(i)) {
        continue;
      }
      String word = tokens.get(i).lemmaOrWord().toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(word)) {
        negated = true;
        continue;
      }
      double weight = 1.0 / (1 + distance(mention, i) / 4.0);
      double cue = GOOD.contains(word) ? weight : BAD.contains(word) ? -weight : 0;
      if (cue != 0) {
        score += negated ? -cue : cue;
        negated = false;
      }
    }
    return Sentiment.ofScore(Math.tanh(score));
  }

  private static int distance(Mention mention, int index) {
    return index < mention.firstToken() ? mention.firstToken() - index : index - mention.endToken() + 1;
  }
}

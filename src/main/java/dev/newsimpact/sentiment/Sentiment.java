package dev.newsimpact.sentiment;

import java.util.Locale;

/**
 * Sentiment for the holders of a security.
 *
 * @param label positive, negative or neutral
 * @param score in [-1, 1], rounded to three decimals so output is deterministic
 */
public record Sentiment(Label label, double score) {

  /** The three labels of the output schema. */
  public enum Label {
    POSITIVE,
    NEGATIVE,
    NEUTRAL;

    public String schemaName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static final Sentiment NEUTRAL = new Sentiment(Label.NEUTRAL, 0.0);

  public Sentiment {
    if (score < -1 || score > 1 || Double.isNaN(score)) {
      throw new IllegalArgumentException("score out of [-1, 1]: " + score);
    }
    score = Math.round(score * 1000) / 1000.0;
  }

  /** Label from score with a neutral band of +-0.15. */
  public static Sentiment ofScore(double score) {
    double clamped = Math.max(-1, Math.min(1, score));
    Label label = clamped > 0.15 ? Label.POSITIVE : clamped < -0.15 ? Label.NEGATIVE : Label.NEUTRAL;
    return new Sentiment(label, clamped);
  }
}

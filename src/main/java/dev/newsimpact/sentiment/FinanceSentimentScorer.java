package dev.newsimpact.sentiment;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Entity-level finance sentiment from a linear classifier trained on FinEntity (see {@code
 * dev.newsimpact.sentiment.train.SentimentTrainer}). A mention is scored from the words around it in
 * its sentence, so "X rose while Y fell" is good for X and bad for Y. A price move's direction
 * decides its claim's sentiment, as in {@link RuleSentimentScorer#forClaim}; any other claim takes
 * the classifier's view of its entity.
 *
 * <p>The label is the most probable class and the score P(positive) - P(negative), in [-1, 1]. Only
 * token words and offsets are read: tagging is not needed. The shipped model (12,800 features, 445
 * KB of text) is read once per JVM, on first use, from {@value #MODEL_RESOURCE} beside this class:
 * about 40 ms of CPU on a cold JVM (80-200 ms wall on a busy shared 2-core machine). A mention
 * then costs well under a millisecond.
 * Thread-safe.
 */
public final class FinanceSentimentScorer implements SentimentScorer {

  /** The shipped model, a resource in this package; the trainer writes it. */
  public static final String MODEL_RESOURCE = "finentity-linear.model";

  private static final double HEADLINE_STRENGTH = 0.5;

  private final Supplier<LinearModel> model;
  private final RuleSentimentScorer moves = new RuleSentimentScorer();

  /** A scorer on the shipped model, loaded on first use. */
  public FinanceSentimentScorer() {
    this.model = Shipped::model;
  }

  /** A scorer on the given model (tests, evaluation of a freshly trained model). */
  public FinanceSentimentScorer(LinearModel model) {
    this.model = () -> model;
  }

  /** Reads the shipped model; fails if the resource is missing or malformed. */
  public static LinearModel shippedModel() {
    return Shipped.model();
  }

  @Override
  public Sentiment forClaim(Claim claim) {
    if (claim.type() == ClaimType.PRICE_MOVE) {
      return moves.forClaim(claim);
    }
    List<Token> tokens = PlainTokenizer.tokenize(claim.text());
    int[] span = find(tokens, claim.entity().text());
    return span == null ? Sentiment.NEUTRAL : score(tokens, span[0], span[1]);
  }

  /**
   * Like {@link #forClaim(Claim)}, but a claim that is not a price move is scored over the whole
   * sentence that makes it when that sentence holds the claim's entity mention.
   */
  public Sentiment forClaim(Claim claim, Sentence sentence) {
    if (claim.type() != ClaimType.PRICE_MOVE && claim.entity().sentence() == sentence.index()) {
      return forMention(claim.entity(), sentence);
    }
    return forClaim(claim);
  }

  @Override
  public Sentiment forMention(Mention mention, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (mention.firstToken() < 0 || mention.endToken() > tokens.size()
        || mention.endToken() <= mention.firstToken()) {
      return Sentiment.NEUTRAL;
    }
    return score(tokens, mention.firstToken(), mention.endToken());
  }

  /**
   * The classifier's sentiment, except in a headline where {@link HeadlineCues} find the target's
   * news: the rule then sets the label, and the score keeps the classifier's strength when it
   * agrees (at least 0.5 either way); or where they find that the target did not move: neutral.
   */
  private Sentiment score(List<Token> tokens, int first, int end) {
    FeatureWords words = FeatureWords.of(tokens, first, end);
    Sentiment model = classify(words);
    boolean headline = HeadlineCues.isHeadline(tokens);
    int rule = headline ? HeadlineCues.polarity(words) : 0;
    if (rule == 0) {
      return headline && HeadlineCues.neutral(words) ? Sentiment.NEUTRAL : model;
    }
    double strength = Math.max(HEADLINE_STRENGTH, rule * model.score());
    return new Sentiment(rule > 0 ? Sentiment.Label.POSITIVE : Sentiment.Label.NEGATIVE,
        rule * strength);
  }

  /** The classifier's sentiment for a target already in feature words. */
  public Sentiment classify(FeatureWords words) {
    double[] p = model.get().probabilities(TargetFeatures.of(words));
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    int positive = LinearModel.LABELS.indexOf(Sentiment.Label.POSITIVE);
    int negative = LinearModel.LABELS.indexOf(Sentiment.Label.NEGATIVE);
    double score = Math.max(-1, Math.min(1, p[positive] - p[negative]));
    return new Sentiment(LinearModel.LABELS.get(best), score);
  }

  // Token span of the first occurrence of the entity's words in the tokens, or null.
  private static int[] find(List<Token> tokens, String entity) {
    List<Token> wanted = PlainTokenizer.tokenize(entity);
    if (wanted.isEmpty()) {
      return null;
    }
    for (int i = 0; i + wanted.size() <= tokens.size(); i++) {
      boolean all = true;
      for (int k = 0; k < wanted.size() && all; k++) {
        all = tokens.get(i + k).word().equals(wanted.get(k).word());
      }
      if (all) {
        return new int[] {i, i + wanted.size()};
      }
    }
    return null;
  }

  /** Holder idiom: the JVM loads the model once, thread-safely, on first access. */
  private static final class Shipped {
    private static final LinearModel MODEL = load();

    static LinearModel model() {
      return MODEL;
    }

    private static LinearModel load() {
      try (InputStream in = FinanceSentimentScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MODEL_RESOURCE);
        }
        return LinearModel.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
      }
    }
  }
}

package dev.newsimpact.sentiment.train;

import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.sentiment.SentimentScorer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How often a scorer's {@code forMention} label equals the gold label, with the confusion counts.
 *
 * @param correct examples labelled right
 * @param total examples scored
 * @param confusion gold label to predicted label to count
 */
public record Accuracy(int correct, int total, Map<Sentiment.Label, Map<Sentiment.Label, Integer>> confusion) {

  /** Scores every example that {@code which} accepts. */
  public static Accuracy of(SentimentScorer scorer, List<Example> examples, Predicate<Example> which) {
    int correct = 0;
    int total = 0;
    Map<Sentiment.Label, Map<Sentiment.Label, Integer>> confusion = new EnumMap<>(Sentiment.Label.class);
    for (Example e : examples) {
      if (!which.test(e)) {
        continue;
      }
      Sentiment.Label predicted = scorer.forMention(e.mention(), e.sentence()).label();
      total++;
      correct += predicted == e.label() ? 1 : 0;
      confusion.computeIfAbsent(e.label(), k -> new EnumMap<>(Sentiment.Label.class))
          .merge(predicted, 1, Integer::sum);
    }
    return new Accuracy(correct, total, confusion);
  }

  public double value() {
    return total == 0 ? 0 : (double) correct / total;
  }

  /** "0.853 (512/600)". */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), correct, total);
  }

  /** The confusion counts, one gold label a line. */
  public String confusionTable() {
    StringBuilder out = new StringBuilder("gold\\predicted");
    for (Sentiment.Label p : Sentiment.Label.values()) {
      out.append('\t').append(p.schemaName());
    }
    for (Sentiment.Label g : Sentiment.Label.values()) {
      out.append('\n').append(g.schemaName());
      for (Sentiment.Label p : Sentiment.Label.values()) {
        out.append('\t').append(confusion.getOrDefault(g, Map.of()).getOrDefault(p, 0));
      }
    }
    return out.toString();
  }
}

package dev.newsimpact.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Result of scoring a linker on gold links.
 *
 * @param correct gold links with an overlapping predicted mention of the gold ticker
 * @param total gold links scored (those with a ticker)
 * @param skipped gold links without a ticker, not scored
 * @param errors every gold link not counted correct
 */
public record LinkScore(int correct, int total, int skipped, List<LinkError> errors) {

  public static final LinkScore EMPTY = new LinkScore(0, 0, 0, List.of());

  public LinkScore {
    if (correct < 0 || correct > total || skipped < 0) {
      throw new IllegalArgumentException("inconsistent counts");
    }
    errors = List.copyOf(errors);
  }

  /** Share of scored gold links linked right; 1.0 when there are none. */
  public double accuracy() {
    return total == 0 ? 1.0 : (double) correct / total;
  }

  public LinkScore plus(LinkScore other) {
    List<LinkError> all = new ArrayList<>(errors);
    all.addAll(other.errors);
    return new LinkScore(correct + other.correct, total + other.total, skipped + other.skipped, all);
  }

  /** A short summary for people. */
  public String summary() {
    return String.format(
        Locale.ROOT, "correct=%d total=%d skipped=%d accuracy=%.3f", correct, total, skipped,
        accuracy());
  }
}

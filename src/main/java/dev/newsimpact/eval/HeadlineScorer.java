package dev.newsimpact.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores mention labels against a headline set: a row is found when a predicted mention overlaps
 * the security's words, and right when the first such mention carries the hand label.
 *
 * <p>Stateless and thread-safe.
 */
public final class HeadlineScorer {

  /**
   * A mention the pipeline found in a headline, with its sentiment label.
   *
   * @param start offset in the headline
   * @param end offset just past the mention
   * @param label positive, negative or neutral
   */
  public record LabelledMention(int start, int end, String label) {}

  private HeadlineScorer() {}

  /** Runs {@code pipeline} on every row's headline and scores the labels it gives. */
  public static HeadlineScore scoreAll(List<HeadlineRow> rows,
      Function<String, List<LabelledMention>> pipeline) {
    int found = 0;
    int right = 0;
    List<HeadlineScore.HeadlineError> errors = new ArrayList<>();
    for (HeadlineRow row : rows) {
      String predicted = null;
      for (LabelledMention m : pipeline.apply(row.headline())) {
        if (m.start() < row.end() && row.begin() < m.end()) {
          predicted = m.label();
          break;
        }
      }
      if (predicted != null) {
        found++;
      }
      if (row.label().equals(predicted)) {
        right++;
      } else {
        errors.add(new HeadlineScore.HeadlineError(row, predicted));
      }
    }
    return new HeadlineScore(rows.size(), found, right, errors);
  }
}

package dev.newsimpact.eval;

import java.util.List;

/**
 * How the pipeline's mention records read a headline set.
 *
 * @param rows headlines scored
 * @param found rows where some mention record covers the security's words
 * @param right rows whose covering mention carries the hand label
 * @param errors the rows not right, in file order
 */
public record HeadlineScore(int rows, int found, int right, List<HeadlineError> errors) {

  public HeadlineScore {
    errors = List.copyOf(errors);
  }

  /** Right over all rows: a security the pipeline does not find counts as wrong. */
  public double accuracy() {
    return rows == 0 ? 0 : right / (double) rows;
  }

  /** Right over the rows whose security was found: the sentiment alone. */
  public double accuracyFound() {
    return found == 0 ? 0 : right / (double) found;
  }

  /**
   * One row not right.
   *
   * @param row the row
   * @param predicted the covering mention's label, or null when no mention covers the security
   */
  public record HeadlineError(HeadlineRow row, String predicted) {
    public String describe() {
      return String.format(java.util.Locale.ROOT, "%-24s expected %-8s got %-8s %s",
          row.security(), row.label(), predicted == null ? "(no mention)" : predicted,
          row.headline());
    }
  }
}

package dev.newsimpact.eval;

import java.util.Locale;

/**
 * One disagreement between the expected and the reported moves of a passage.
 *
 * @param passageId the passage it comes from
 * @param kind what went wrong
 * @param hint for a miss or a spurious move, how it relates to the nearest unmatched move on the
 *     other side (same ticker but sign flipped, other value, other unit; same figure but other
 *     ticker); {@link Hint#NONE} otherwise
 * @param expected the expected move: set for MISSED and the WRONG kinds, for SPURIOUS the hinted
 *     counterpart or null
 * @param actual the reported move: set for SPURIOUS and the WRONG kinds, for MISSED the hinted
 *     counterpart or null
 */
public record ClaimError(
    String passageId, Kind kind, Hint hint, ExpectedMove expected, ActualMove actual) {

  /** What went wrong. MISSED is a false negative and SPURIOUS a false positive. */
  public enum Kind {
    MISSED,
    SPURIOUS,
    WRONG_QUALIFIER,
    WRONG_PERIOD
  }

  /** How a miss or a spurious move relates to the nearest unmatched move on the other side. */
  public enum Hint {
    NONE,
    SIGN,
    VALUE,
    UNIT,
    TICKER
  }

  /** One line for a report. */
  public String describe() {
    StringBuilder s = new StringBuilder(passageId).append(' ').append(kind);
    if (hint != Hint.NONE) {
      s.append('/').append(hint);
    }
    if (expected != null) {
      s.append(" expected ").append(format(expected.ticker(), expected.value(), expected.unit()));
      if (expected.valueTo() != null) {
        s.append("..").append(expected.valueTo());
      }
      s.append(extras(expected.qualifier(), expected.period()));
    }
    if (actual != null) {
      s.append(" got ").append(format(actual.ticker(), actual.value(), actual.unit()));
      s.append(extras(actual.qualifier(), actual.period()));
    }
    return s.toString();
  }

  private static String format(String ticker, double value, String unit) {
    return String.format(Locale.ROOT, "%s %s %s", ticker, value, unit);
  }

  private static String extras(String qualifier, String period) {
    return (qualifier == null ? "" : " [" + qualifier + "]")
        + (period == null ? "" : " (" + period + ")");
  }
}

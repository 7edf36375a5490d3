package dev.newsimpact.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts and errors from comparing reported moves with expected ones, for one passage or summed over
 * many. Ratios whose denominator is zero are 1.0: nothing was there to get wrong.
 *
 * @param truePositives expected moves matched one-to-one by a reported move
 * @param falsePositives reported moves that match no expected move
 * @param falseNegatives expected moves no reported move matches
 * @param qualifiersCorrect matched moves whose qualifier is the expected one (both null counts)
 * @param periodsExpected matched moves whose expected period is not null
 * @param periodsCorrect of those, the ones whose reported period is the same
 * @param errors every miss, spurious move, wrong qualifier and wrong period, in passage order
 */
public record ClaimScore(
    int truePositives,
    int falsePositives,
    int falseNegatives,
    int qualifiersCorrect,
    int periodsExpected,
    int periodsCorrect,
    List<ClaimError> errors) {

  public static final ClaimScore EMPTY = new ClaimScore(0, 0, 0, 0, 0, 0, List.of());

  public ClaimScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0
        || qualifiersCorrect < 0 || qualifiersCorrect > truePositives
        || periodsCorrect < 0 || periodsCorrect > periodsExpected || periodsExpected > truePositives) {
      throw new IllegalArgumentException("inconsistent counts");
    }
    errors = List.copyOf(errors);
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Share of matched moves with the right qualifier. */
  public double qualifierAccuracy() {
    return ratio(qualifiersCorrect, truePositives);
  }

  /** Share of matched moves with an expected period whose reported period is the same. */
  public double periodRecall() {
    return ratio(periodsCorrect, periodsExpected);
  }

  /** The sum of two scores; errors are concatenated. */
  public ClaimScore plus(ClaimScore other) {
    List<ClaimError> all = new ArrayList<>(errors);
    all.addAll(other.errors);
    return new ClaimScore(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives,
        qualifiersCorrect + other.qualifiersCorrect,
        periodsExpected + other.periodsExpected,
        periodsCorrect + other.periodsCorrect,
        all);
  }

  /** How many errors of each kind. */
  public Map<ClaimError.Kind, Integer> errorCounts() {
    Map<ClaimError.Kind, Integer> counts = new EnumMap<>(ClaimError.Kind.class);
    for (ClaimError e : errors) {
      counts.merge(e.kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** A short summary for people: counts, then the five ratios to three decimals. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "tp=%d fp=%d fn=%d precision=%.3f recall=%.3f f1=%.3f qualifier_accuracy=%.3f"
            + " period_recall=%.3f",
        truePositives, falsePositives, falseNegatives, precision(), recall(), f1(),
        qualifierAccuracy(), periodRecall());
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}

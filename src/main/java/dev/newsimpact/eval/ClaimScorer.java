package dev.newsimpact.eval;

import dev.newsimpact.eval.ClaimError.Hint;
import dev.newsimpact.eval.ClaimError.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores reported price moves against expected ones. A reported move matches an expected one when
 * the tickers are equal (ignoring case), the units are equal (ignoring case) and the value lies within
 * {@value #VALUE_TOLERANCE} of the expected value or range. Matching is one-to-one and maximal, so one
 * reported move never counts for two expected ones. Among equally good pairings it prefers the
 * pair with the same qualifier and period, then the closer value.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimScorer {

  /** How far a reported value may be from the expected one: rounding of the last printed digit. */
  public static final double VALUE_TOLERANCE = 0.051;

  // Words that may open a period without changing it: "on Tuesday" = "Tuesday".
  private static final Set<String> LEADING_WORDS =
      Set.of(
          "on", "in", "at", "during", "over", "for", "from", "by", "through", "throughout",
          "within", "the", "a", "an", "its", "their", "his", "her");

  private ClaimScorer() {}

  /** Scores one passage; errors carry an empty passage id. */
  public static ClaimScore score(List<ExpectedMove> expected, List<ActualMove> actual) {
    return score("", expected, actual);
  }

  /**
   * Scores one passage; errors carry {@code passageId}. One pass over the expected moves both counts
   * and lists the errors (hence its length), so the counts and the error list cannot disagree.
   */
  public static ClaimScore score(
      String passageId, List<ExpectedMove> expected, List<ActualMove> actual) {
    int[] partnerOfActual = match(expected, actual);
    int[] partnerOfExpected = new int[expected.size()];
    Arrays.fill(partnerOfExpected, -1);
    for (int a = 0; a < partnerOfActual.length; a++) {
      if (partnerOfActual[a] >= 0) {
        partnerOfExpected[partnerOfActual[a]] = a;
      }
    }
    List<ClaimError> errors = new ArrayList<>();
    int tp = 0;
    int qualifiersCorrect = 0;
    int periodsExpected = 0;
    int periodsCorrect = 0;
    for (int e = 0; e < expected.size(); e++) {
      ExpectedMove exp = expected.get(e);
      if (partnerOfExpected[e] < 0) {
        errors.add(missed(passageId, exp, actual, partnerOfActual));
        continue;
      }
      ActualMove act = actual.get(partnerOfExpected[e]);
      tp++;
      if (sameQualifier(exp.qualifier(), act.qualifier())) {
        qualifiersCorrect++;
      } else {
        errors.add(new ClaimError(passageId, Kind.WRONG_QUALIFIER, Hint.NONE, exp, act));
      }
      if (exp.period() != null) {
        periodsExpected++;
        if (samePeriod(exp.period(), act.period())) {
          periodsCorrect++;
        } else {
          errors.add(new ClaimError(passageId, Kind.WRONG_PERIOD, Hint.NONE, exp, act));
        }
      }
    }
    for (int a = 0; a < actual.size(); a++) {
      if (partnerOfActual[a] < 0) {
        errors.add(spurious(passageId, actual.get(a), expected, partnerOfExpected));
      }
    }
    int fp = actual.size() - tp;
    return new ClaimScore(
        tp, fp, expected.size() - tp, qualifiersCorrect, periodsExpected, periodsCorrect, errors);
  }

  private static ClaimError missed(
      String passageId, ExpectedMove exp, List<ActualMove> actual, int[] partnerOfActual) {
    Hint best = Hint.NONE;
    ActualMove near = null;
    for (int a = 0; a < actual.size(); a++) {
      Hint h = partnerOfActual[a] < 0 ? hint(exp, actual.get(a)) : Hint.NONE;
      if (better(h, best)) {
        best = h;
        near = actual.get(a);
      }
    }
    return new ClaimError(passageId, Kind.MISSED, best, exp, near);
  }

  private static ClaimError spurious(
      String passageId, ActualMove act, List<ExpectedMove> expected, int[] partnerOfExpected) {
    Hint best = Hint.NONE;
    ExpectedMove near = null;
    for (int e = 0; e < expected.size(); e++) {
      Hint h = partnerOfExpected[e] < 0 ? hint(expected.get(e), act) : Hint.NONE;
      if (better(h, best)) {
        best = h;
        near = expected.get(e);
      }
    }
    return new ClaimError(passageId, Kind.SPURIOUS, best, near, act);
  }

  /** Scores every passage with the moves {@code extractor} reports for it, and sums. */
  public static ClaimScore scoreAll(
      List<DevPassage> passages, Function<DevPassage, List<ActualMove>> extractor) {
    ClaimScore total = ClaimScore.EMPTY;
    for (DevPassage p : passages) {
      total = total.plus(score(p.id(), p.moves(), extractor.apply(p)));
    }
    return total;
  }

  /** Whether the reported move counts for the expected one (ticker, unit and value). */
  public static boolean matches(ExpectedMove expected, ActualMove actual) {
    return expected.ticker().equalsIgnoreCase(actual.ticker())
        && expected.unit().equalsIgnoreCase(actual.unit())
        && expected.acceptsValue(actual.value(), VALUE_TOLERANCE);
  }

  /**
   * Whether two periods say the same: case, spacing, hyphens, curly quotes, trailing punctuation
   * and leading prepositions, articles and possessives ("on", "in the", "its") do not count.
   */
  public static boolean samePeriod(String expected, String actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    return normalizePeriod(expected).equals(normalizePeriod(actual));
  }

  static String normalizePeriod(String period) {
    String s =
        period
            .toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('-', ' ')
            .replaceAll("[.,;:]+$", "")
            .strip()
            .replaceAll("\\s+", " ");
    while (true) {
      int space = s.indexOf(' ');
      if (space < 0 || !LEADING_WORDS.contains(s.substring(0, space))) {
        return s;
      }
      s = s.substring(space + 1);
    }
  }

  private static boolean sameQualifier(String expected, String actual) {
    return expected == null ? actual == null : expected.equalsIgnoreCase(actual);
  }

  // Maximum bipartite matching (augmenting paths); returns, per reported move, its expected index or -1.
  private static int[] match(List<ExpectedMove> expected, List<ActualMove> actual) {
    List<List<Integer>> candidates = new ArrayList<>();
    for (ExpectedMove e : expected) {
      List<Integer> fit = new ArrayList<>();
      for (int a = 0; a < actual.size(); a++) {
        if (matches(e, actual.get(a))) {
          fit.add(a);
        }
      }
      fit.sort(Comparator.comparingDouble(a -> preference(e, actual.get(a))));
      candidates.add(fit);
    }
    int[] partnerOfActual = new int[actual.size()];
    Arrays.fill(partnerOfActual, -1);
    for (int e = 0; e < expected.size(); e++) {
      augment(e, candidates, partnerOfActual, new boolean[actual.size()]);
    }
    return partnerOfActual;
  }

  private static boolean augment(
      int e, List<List<Integer>> candidates, int[] partnerOfActual, boolean[] visited) {
    for (int a : candidates.get(e)) {
      if (visited[a]) {
        continue;
      }
      visited[a] = true;
      if (partnerOfActual[a] < 0 || augment(partnerOfActual[a], candidates, partnerOfActual, visited)) {
        partnerOfActual[a] = e;
        return true;
      }
    }
    return false;
  }

  // Lower is better: a wrong qualifier or period costs more than any value difference within tolerance.
  private static double preference(ExpectedMove e, ActualMove a) {
    double distance =
        a.value() < e.low() ? e.low() - a.value() : a.value() > e.high() ? a.value() - e.high() : 0;
    return distance
        + (sameQualifier(e.qualifier(), a.qualifier()) ? 0 : 1)
        + (e.period() == null || samePeriod(e.period(), a.period()) ? 0 : 1);
  }

  // SIGN is the closest relation and TICKER the loosest; NONE is no relation at all.
  private static boolean better(Hint candidate, Hint current) {
    return candidate != Hint.NONE
        && (current == Hint.NONE || candidate.ordinal() < current.ordinal());
  }

  private static Hint hint(ExpectedMove e, ActualMove a) {
    boolean sameTicker = e.ticker().equalsIgnoreCase(a.ticker());
    boolean sameUnit = e.unit().equalsIgnoreCase(a.unit());
    boolean valueFits = e.acceptsValue(a.value(), VALUE_TOLERANCE);
    if (sameTicker && sameUnit && e.value() != 0 && e.acceptsValue(-a.value(), VALUE_TOLERANCE)) {
      return Hint.SIGN;
    }
    if (sameTicker && sameUnit) {
      return Hint.VALUE;
    }
    if (sameTicker && valueFits) {
      return Hint.UNIT;
    }
    if (sameUnit && valueFits) {
      return Hint.TICKER;
    }
    return Hint.NONE;
  }
}

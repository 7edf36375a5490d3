package dev.newsimpact.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimScorerTest {

  private static ExpectedMove exp(String ticker, double value, String unit) {
    return ExpectedMove.of(ticker, value, unit);
  }

  private static ActualMove act(String ticker, double value, String unit) {
    return ActualMove.of(ticker, value, unit);
  }

  @Test
  void everyExpectedMoveFoundScoresOne() {
    ClaimScore s =
        ClaimScorer.score(
            List.of(exp("000660.KS", -14, "percent"), exp("^DJI", -412, "points")),
            List.of(act("^DJI", -412, "points"), act("000660.ks", -14.0, "PERCENT")));

    assertThat(s.truePositives()).isEqualTo(2);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void missesAndSpuriousMovesLowerTheScoreAndAreListed() {
    ClaimScore s =
        ClaimScorer.score(
            "p1",
            List.of(exp("PFE", -3.1, "percent"), exp("MRK", -2, "percent"), exp("CL=F", 1.9, "percent")),
            List.of(act("PFE", -3.1, "percent"), act("MRK", 2, "percent"), act("AAPL", 5, "percent")));

    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falsePositives()).isEqualTo(2);
    assertThat(s.falseNegatives()).isEqualTo(2);
    assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.f1()).isLessThan(1.0).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.errors())
        .extracting(ClaimError::passageId, ClaimError::kind, ClaimError::hint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("p1", ClaimError.Kind.MISSED, ClaimError.Hint.SIGN),
            org.assertj.core.groups.Tuple.tuple("p1", ClaimError.Kind.MISSED, ClaimError.Hint.NONE),
            org.assertj.core.groups.Tuple.tuple("p1", ClaimError.Kind.SPURIOUS, ClaimError.Hint.SIGN),
            org.assertj.core.groups.Tuple.tuple("p1", ClaimError.Kind.SPURIOUS, ClaimError.Hint.NONE));
    assertThat(s.errors().get(0).describe()).contains("MRK -2.0 percent").contains("got MRK 2.0");
  }

  @Test
  void valueMatchesWithinToleranceOnly() {
    assertThat(ClaimScorer.matches(exp("X", 5.2, "percent"), act("X", 5.25, "percent"))).isTrue();
    assertThat(ClaimScorer.matches(exp("X", 5.2, "percent"), act("X", 5.26, "percent"))).isFalse();
    assertThat(ClaimScorer.matches(exp("X", 3.10, "USD"), act("X", 3.1, "percent"))).isFalse();
    assertThat(ClaimScorer.matches(exp("X", 3.10, "USD"), act("Y", 3.1, "USD"))).isFalse();
  }

  @Test
  void rangeAcceptsAnyValueBetweenItsEnds() {
    ExpectedMove between = exp("LVS", -7, "percent").toValue(-11);

    assertThat(ClaimScorer.matches(between, act("LVS", -9, "percent"))).isTrue();
    assertThat(ClaimScorer.matches(between, act("LVS", -7, "percent"))).isTrue();
    assertThat(ClaimScorer.matches(between, act("LVS", -11.05, "percent"))).isTrue();
    assertThat(ClaimScorer.matches(between, act("LVS", -6.9, "percent"))).isFalse();
  }

  @Test
  void oneReportedMoveCountsForOneExpectedMoveOnly() {
    ClaimScore s =
        ClaimScorer.score(
            List.of(exp("SMH", -5, "percent"), exp("SMH", -5, "percent")),
            List.of(act("SMH", -5, "percent")));

    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falseNegatives()).isEqualTo(1);
  }

  @Test
  void matchingIsMaximalWhereGreedyPairingWouldNotBe() {
    // The first expected move accepts both reported ones, the second only the first; greedy pairing
    // of the first with the first would leave one unmatched.
    ClaimScore s =
        ClaimScorer.score(
            List.of(exp("AMD", -0.9, "percent").toValue(-1.3), exp("AMD", -1.0, "percent")),
            List.of(act("AMD", -1.0, "percent"), act("AMD", -1.2, "percent")));

    assertThat(s.truePositives()).isEqualTo(2);
    assertThat(s.errors()).isEmpty();
  }

  @Test
  void qualifierAccuracyCountsMatchedMovesOnly() {
    ClaimScore s =
        ClaimScorer.score(
            List.of(
                exp("^KS11", -8.3, "percent").with("as_much_as", null),
                exp("MU", -10, "percent").with("more_than", null),
                exp("META", 9, "percent")),
            List.of(
                new ActualMove("^KS11", -8.3, "percent", "as_much_as", null),
                new ActualMove("MU", -10, "percent", null, null),
                new ActualMove("META", 9, "percent", null, null),
                new ActualMove("SNDK", -10, "percent", "more_than", null)));

    assertThat(s.qualifiersCorrect()).isEqualTo(2);
    assertThat(s.qualifierAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.errorCounts())
        .containsEntry(ClaimError.Kind.WRONG_QUALIFIER, 1)
        .containsEntry(ClaimError.Kind.SPURIOUS, 1);
  }

  @Test
  void periodRecallIgnoresCaseAndLeadingPrepositions() {
    ClaimScore s =
        ClaimScorer.score(
            List.of(
                exp("SMH", 71, "percent").with(null, "April through June"),
                exp("SMH", -5, "percent").with(null, "first trading day of Q3"),
                exp("HD", 39, "percent").with(null, "year-to-date"),
                exp("TSLA", -3.7, "percent").with(null, "On Thursday"),
                exp("META", 9, "percent")),
            List.of(
                new ActualMove("SMH", 71, "percent", null, "from April through June"),
                new ActualMove("SMH", -5, "percent", null, "on its first trading day of Q3"),
                new ActualMove("HD", 39, "percent", null, "Year to date."),
                new ActualMove("TSLA", -3.7, "percent", null, "on Wednesday"),
                new ActualMove("META", 9, "percent", null, "on the announcement")));

    assertThat(s.periodsExpected()).isEqualTo(4);
    assertThat(s.periodsCorrect()).isEqualTo(3);
    assertThat(s.periodRecall()).isEqualTo(0.75);
    assertThat(s.errors()).singleElement().extracting(ClaimError::kind)
        .isEqualTo(ClaimError.Kind.WRONG_PERIOD);
  }

  @Test
  void periodsThatDifferInMeaningDoNotMatch() {
    assertThat(ClaimScorer.samePeriod("in the first half", "first half")).isTrue();
    assertThat(ClaimScorer.samePeriod("last week", "this week")).isFalse();
    assertThat(ClaimScorer.samePeriod("since its listing", "its listing")).isFalse();
    assertThat(ClaimScorer.samePeriod("Tuesday", null)).isFalse();
  }

  @Test
  void passageWithoutMovesScoresOneWhenNothingIsReportedAndZeroPrecisionOtherwise() {
    assertThat(ClaimScorer.score(List.of(), List.of()).f1()).isEqualTo(1.0);

    ClaimScore wrong = ClaimScorer.score(List.of(), List.of(act("NVDA", 20, "percent")));
    assertThat(wrong.precision()).isZero();
    assertThat(wrong.recall()).isEqualTo(1.0);
  }

  @Test
  void scoreAllSumsPassagesAndKeepsTheirIds() {
    List<DevPassage> passages =
        List.of(
            new DevPassage("a", "sample:x", null, "A rose 1%.", List.of(exp("A", 1, "percent")), null),
            new DevPassage("b", "sample:y", null, "B fell 2%.", List.of(exp("B", -2, "percent")), null));

    ClaimScore s = ClaimScorer.scoreAll(passages, p -> List.of(act("A", 1, "percent")));

    assertThat(s.truePositives()).isEqualTo(1);
    assertThat(s.falsePositives()).isEqualTo(1);
    assertThat(s.falseNegatives()).isEqualTo(1);
    assertThat(s.errors()).extracting(ClaimError::passageId).containsExactly("b", "b");
    assertThat(s.summary()).startsWith("tp=1 fp=1 fn=1 precision=0.500 recall=0.500 f1=0.500");
  }
}

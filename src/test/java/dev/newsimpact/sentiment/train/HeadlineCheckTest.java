package dev.newsimpact.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.sentiment.Sentiment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped scorer on the two hand-labelled sets of real headlines (see
 * src/test/resources/sentiment/README.md). The classifier alone read 0.549 (28/51) of the
 * development set and 0.569 (29/51) of the held-out one: most polar headlines came out neutral. With
 * the headline rules ({@code HeadlineCues}): 0.804 (41/51) on the development set, whose misses they
 * were written against, and 0.667 (34/51) on the held-out set, labelled before the rules (its misses
 * have since been seen, see the README there). The floors sit a little below, to catch a worse
 * scorer, not to pin the figures.
 */
class HeadlineCheckTest {

  private static final double DEVELOPMENT_FLOOR = 0.76;
  private static final double HELD_OUT_FLOOR = 0.62;

  @Test
  void theDevelopmentHeadlines() throws IOException {
    check(HeadlineCheck.FILE, DEVELOPMENT_FLOOR);
  }

  @Test
  void theHeldOutHeadlines() throws IOException {
    check(HeadlineCheck.HELD_OUT, HELD_OUT_FLOOR);
  }

  private static void check(String file, double floor) throws IOException {
    List<HeadlineCheck.Result> results =
        HeadlineCheck.score(Path.of(file), new FinanceSentimentScorer());
    System.err.println(file + ": " + HeadlineCheck.accuracy(results));
    results.stream().filter(r -> !r.right()).forEach(r -> System.err.println("  wrong: "
        + r.security() + " expected " + r.expected() + " got " + r.actual() + ": " + r.headline()));
    assertThat(results).hasSize(51);
    assertThat(results).extracting(HeadlineCheck.Result::expected)
        .contains(Sentiment.Label.POSITIVE, Sentiment.Label.NEGATIVE, Sentiment.Label.NEUTRAL);
    assertThat(results).allSatisfy(r -> assertThat(r.actual().score()).isBetween(-1.0, 1.0));
    assertThat(results.stream().filter(HeadlineCheck.Result::right).count() / (double) results.size())
        .isGreaterThanOrEqualTo(floor);
  }
}

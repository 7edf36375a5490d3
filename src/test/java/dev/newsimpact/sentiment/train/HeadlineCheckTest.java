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
 * have since been seen, see the README there). On the Indian business-press sets (2026-11-28):
 * 0.950 (95/100) on the development set the rules of that day were written against, 0.840 (84/100)
 * on the held-out set, whose misses nobody has read. The floors sit a little below, to catch a worse
 * scorer, not to pin the figures.
 */
class HeadlineCheckTest {

  private static final double DEVELOPMENT_FLOOR = 0.76;
  private static final double HELD_OUT_FLOOR = 0.62;
  private static final double INDIA_DEVELOPMENT_FLOOR = 0.90;
  private static final double INDIA_HELD_OUT_FLOOR = 0.80;

  @Test
  void theDevelopmentHeadlines() throws IOException {
    check(HeadlineCheck.FILE, DEVELOPMENT_FLOOR);
  }

  @Test
  void theHeldOutHeadlines() throws IOException {
    check(HeadlineCheck.HELD_OUT, HELD_OUT_FLOOR);
  }

  @Test
  void theIndianDevelopmentHeadlines() throws IOException {
    check(HeadlineCheck.INDIA_DEV, INDIA_DEVELOPMENT_FLOOR, 100, true);
  }

  /** Only the figure: the misses of the Indian held-out set are never printed. */
  @Test
  void theIndianHeldOutHeadlines() throws IOException {
    check(HeadlineCheck.INDIA_HELD_OUT, INDIA_HELD_OUT_FLOOR, 100, false);
  }

  private static void check(String file, double floor) throws IOException {
    check(file, floor, 51, true);
  }

  private static void check(String file, double floor, int rows, boolean misses)
      throws IOException {
    List<HeadlineCheck.Result> results =
        HeadlineCheck.score(Path.of(file), new FinanceSentimentScorer());
    System.err.println(file + ": " + HeadlineCheck.accuracy(results));
    results.stream().filter(r -> misses && !r.right()).forEach(r -> System.err.println("  wrong: "
        + r.security() + " expected " + r.expected() + " got " + r.actual() + ": " + r.headline()));
    assertThat(results).hasSize(rows);
    assertThat(results).extracting(HeadlineCheck.Result::expected)
        .contains(Sentiment.Label.POSITIVE, Sentiment.Label.NEGATIVE, Sentiment.Label.NEUTRAL);
    assertThat(results).allSatisfy(r -> assertThat(r.actual().score()).isBetween(-1.0, 1.0));
    assertThat(results.stream().filter(HeadlineCheck.Result::right).count() / (double) results.size())
        .isGreaterThanOrEqualTo(floor);
  }
}

package dev.newsimpact.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.sentiment.Sentiment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on the hand-labelled headline check set (real headlines from the extraction
 * benchmark's pages, several markets; see src/test/resources/sentiment/README.md). Measured: 0.549
 * (28/51), far from the 0.80 the issue asks of headlines from another market: 20 of the 23 misses
 * are polar headlines read as neutral, because a short headline without a move word gives the
 * classifier, trained on long Reuters sentences, too little to move it off neutral. The floor only
 * guards against a worse model; the set was never used to choose anything.
 */
class HeadlineCheckTest {

  private static final double FLOOR = 0.50;

  @Test
  void theShippedModelOnHeadlines() throws IOException {
    List<HeadlineCheck.Result> results =
        HeadlineCheck.score(Path.of(HeadlineCheck.FILE), new FinanceSentimentScorer());
    System.out.println("headline check set: " + HeadlineCheck.accuracy(results));
    results.stream().filter(r -> !r.right()).forEach(r -> System.out.println("  wrong: "
        + r.security() + " expected " + r.expected() + " got " + r.actual() + ": " + r.headline()));
    assertThat(results).hasSize(51);
    assertThat(results).extracting(HeadlineCheck.Result::expected)
        .contains(Sentiment.Label.POSITIVE, Sentiment.Label.NEGATIVE, Sentiment.Label.NEUTRAL);
    assertThat(results.stream().filter(HeadlineCheck.Result::right).count() / (double) results.size())
        .isGreaterThanOrEqualTo(FLOOR);
  }
}

package dev.newsimpact.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.sentiment.FinanceSentimentScorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classifier alone agrees with the founding sample's gold sentiment for all seven securities. */
class FoundingSampleTest {

  @Test
  void forMentionAgreesWithTheGoldSentimentOfTheSevenTickers() throws IOException {
    List<FoundingSample.Result> results = FoundingSample.score(
        Path.of("src/test/resources/gold/meta-sells-compute-chip-slump.json"),
        Path.of("src/test/resources/text/meta-sells-compute-chip-slump.txt"),
        new FinanceSentimentScorer(), FoundingSample::plainSentences);
    results.forEach(r -> System.out.println(r.ticker() + " " + r.mention() + ": " + r.actual()));
    assertThat(results).extracting(FoundingSample.Result::ticker)
        .containsExactlyInAnyOrder("^KS11", "000660.KS", "005930.KS", "MU", "SNDK", "SMH", "META");
    assertThat(results).allSatisfy(r -> assertThat(r.right()).as(r.toString()).isTrue());
  }
}

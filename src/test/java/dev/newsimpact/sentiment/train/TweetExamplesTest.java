package dev.newsimpact.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.sentiment.Sentiment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TweetExamplesTest {

  private static String subject(String tweet) {
    Example e = TweetExamples.example(TweetExamples.FIRST_PASSAGE, tweet, Sentiment.Label.NEUTRAL);
    return e == null ? null : e.mention().text();
  }

  @Test
  void theSubjectIsTheHeadlinesLeadingName() {
    assertThat(subject("Netflix downgraded to underperform at Wells Fargo")).isEqualTo("Netflix");
    assertThat(subject("Norwegian Cruise stock price target cut to $48 from $55 at CFRA"))
        .isEqualTo("Norwegian Cruise");
    assertThat(subject("Why Walmart and Target are still winning with consumers"))
        .isEqualTo("Walmart");
    assertThat(subject("Procter & Gamble looks to get well in healthcare"))
        .isEqualTo("Procter & Gamble");
  }

  @Test
  void aLeadingCashtagListIsCutAndALoneCashtagIsTheSubject() {
    assertThat(subject("$DELL $HPE - Dell, HPE targets trimmed on compute headwinds"))
        .isEqualTo("Dell");
    assertThat(subject("$SITC: Compass Point cuts to Sell")).isEqualTo("Compass Point");
    assertThat(subject("$BOXL nice start !!!!")).isEqualTo("BOXL");
  }

  @Test
  void aTweetWithoutACapitalisedNameIsSkipped() {
    assertThat(subject("why macro funds are shutting down left and right")).isNull();
  }

  @Test
  void theRepositoryRowsAreReadWithAllThreeLabels() throws IOException {
    List<Example> tweets = TweetExamples.readAll(Path.of(TweetExamples.DEFAULT_DIR));
    assertThat(tweets).hasSizeBetween(4000, 4443);
    assertThat(tweets).extracting(Example::label).contains(Sentiment.Label.POSITIVE,
        Sentiment.Label.NEGATIVE, Sentiment.Label.NEUTRAL);
    assertThat(tweets).noneMatch(Example::heldOut);
    Set<Integer> passages = new HashSet<>();
    assertThat(tweets).allSatisfy(e -> {
      assertThat(e.passage()).isGreaterThanOrEqualTo(TweetExamples.FIRST_PASSAGE);
      assertThat(passages.add(e.passage())).isTrue();
      assertThat(e.sentence().text()).contains(e.mention().text());
    });
  }
}

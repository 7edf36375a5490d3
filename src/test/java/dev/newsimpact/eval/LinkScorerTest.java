package dev.newsimpact.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkScorerTest {

  private static final String TEXT = "Johnson & Johnson and Natwest rose; Banks gained.";
  private static final GoldLink JNJ = new GoldLink(0, 17, "Johnson & Johnson", "JNJ.N", "JNJ");
  private static final GoldLink NWG = new GoldLink(22, 29, "Natwest", "NWG.L", "NWG.L");
  private static final GoldLink BANKS = new GoldLink(36, 41, "Banks", ".SPXBK", null);

  @Test
  void overlappingMentionWithTheGoldTickerIsCorrect() {
    LinkScore s =
        LinkScorer.score(
            "p", List.of(JNJ, NWG), List.of(new PredictedMention(0, 7, "jnj"), new PredictedMention(22, 29, "NWG.L")));

    assertThat(s.correct()).isEqualTo(2);
    assertThat(s.accuracy()).isEqualTo(1.0);
  }

  @Test
  void wrongAndMissingLinksLowerAccuracy() {
    LinkScore s =
        LinkScorer.score(
            "p",
            List.of(JNJ, NWG, BANKS),
            List.of(new PredictedMention(22, 29, "NWG"), new PredictedMention(30, 34, "ROSE")));

    assertThat(s.total()).isEqualTo(2);
    assertThat(s.skipped()).isEqualTo(1);
    assertThat(s.accuracy()).isZero();
    assertThat(s.errors())
        .extracting(LinkError::kind)
        .containsExactly(LinkError.Kind.MISSED, LinkError.Kind.WRONG_TICKER);
    assertThat(s.errors().get(1).describe()).isEqualTo("p WRONG_TICKER 'Natwest' expected NWG.L got NWG");
  }

  @Test
  void scoreAllSums() {
    List<LinkPassage> set = List.of(new LinkPassage("finentity:1", TEXT, List.of(JNJ, NWG)));

    LinkScore s = LinkScorer.scoreAll(set, p -> List.of(new PredictedMention(0, 17, "JNJ")));

    assertThat(s.summary()).isEqualTo("correct=1 total=2 skipped=0 accuracy=0.500");
  }
}

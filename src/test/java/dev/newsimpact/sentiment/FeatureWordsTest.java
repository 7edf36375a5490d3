package dev.newsimpact.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.Sentence;
import org.junit.jupiter.api.Test;

class FeatureWordsTest {

  private static FeatureWords of(Sentence sentence, String target) {
    var m = TestSentences.mention(sentence, target);
    return FeatureWords.of(sentence.tokens(), m.firstToken(), m.endToken());
  }

  @Test
  void ptbTokensAndPlainTokensGiveTheSameWords() {
    Sentence ptb = TestSentences.ptb(
        "`` Citigroup +'s sell +- +off +, '' -LRB- the < +. +SPX +> -RRB- fell 5 per cent , did n't it ?");
    Sentence plain = TestSentences.plain(
        "\"Citigroup's sell-off,\" (the <.SPX>) fell 5 per cent, didn't it?");
    FeatureWords a = of(ptb, "Citigroup");
    FeatureWords b = of(plain, "Citigroup");
    assertThat(a.words()).isEqualTo(b.words()).containsExactly("\"", "citigroup", "'s",
        "sell-off", ",", "\"", "(", "the", ")", "fell", "<num>", "%", ",", "did", "n't", "it", "?");
    assertThat(a.from()).isEqualTo(b.from()).isEqualTo(1);
    assertThat(a.to()).isEqualTo(b.to()).isEqualTo(2);
  }

  @Test
  void capitalisedWordsOutsideTheTargetLookLikeNamesExceptInTitleCaseHeadlines() {
    FeatureWords sentence = of(TestSentences.plain("Nvidia rose while shares of AMD fell"), "Nvidia");
    assertThat(sentence.isOtherName(0)).isFalse();
    assertThat(sentence.isOtherName(5)).isTrue();
    assertThat(sentence.isOtherName(3)).isFalse();
    FeatureWords headline =
        of(TestSentences.plain("Nvidia Rallies While Shares Of AMD Slide After Downgrade"), "AMD");
    for (int i = 0; i < headline.size(); i++) {
      assertThat(headline.isOtherName(i)).isFalse();
    }
  }
}

package dev.newsimpact.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetFeaturesTest {

  private static List<String> features(String text, String target) {
    Sentence s = TestSentences.plain(text);
    Mention m = TestSentences.mention(s, target);
    return TargetFeatures.of(FeatureWords.of(s.tokens(), m.firstToken(), m.endToken()));
  }

  @Test
  void twoTargetsInOneSentenceSeeDifferentCues() {
    String text = "Siemens rose 6% while Nokia fell 3%.";
    assertThat(features(text, "Siemens")).contains("NR:+:d1", "R1:rose");
    assertThat(features(text, "Nokia")).contains("NR:-:d1", "R1:fell", "NL:+:contrast");
  }

  @Test
  void negationFlipsACueAndPhrasesBeatTheirWords() {
    assertThat(features("Micron did not miss expectations", "Micron"))
        .contains("negated:R+", "phrase:cut_or_miss:R");
    assertThat(features("Adidas cut its earnings target", "Adidas"))
        .contains("phrase:cut_or_miss:R", "NR:-:d1");
    assertThat(features("Tesla hit a record low", "Tesla")).contains("phrase:record_low:R");
  }

  @Test
  void anotherNameBetweenTheCueAndTheTargetIsMarked() {
    assertThat(features("Apple said Samsung shares plunged", "Apple")).contains("NR:-:name");
  }

  @Test
  void theTargetsOwnVerbAndTheNounAPrepositionTiesItToAreMarked() {
    assertThat(features("Wells Fargo shares also fell 2%", "Wells Fargo")).contains("sv:-");
    assertThat(features("A 7.6% rebound in Apple helped the index", "Apple")).contains("pp:+");
    assertThat(features("Apple said Samsung shares plunged", "Apple"))
        .noneMatch(x -> x.startsWith("sv:"));
  }

  @Test
  void aSourceOfTheNewsIsMarked() {
    assertThat(features("Morgan Stanley said growth would slow", "Morgan Stanley")).contains("src:R");
    assertThat(features("Growth will slow, according to Citi", "Citi")).contains("src:L:according");
    assertThat(features("Analysts at Jefferies cut their forecasts", "Jefferies"))
        .contains("src:L:at");
  }

  @Test
  void aTargetThatNamesAnInstitutionIsMarked() {
    assertThat(features("The Federal Reserve raised rates again as stocks fell", "Federal Reserve"))
        .contains("institution");
    assertThat(features("The Labor Department said prices advanced 7.7%", "Labor Department"))
        .contains("institution");
    assertThat(features("Bank of America shares rose 2%", "Bank of America"))
        .doesNotContain("institution");
  }

  @Test
  void aListSharesAPhraseCueBeforeIt() {
    String text = "Susquehanna cut price targets on chip stocks, including Cirrus Logic, Skyworks and Qorvo.";
    assertThat(features(text, "Skyworks")).contains("listed", "listL:-");
  }

  @Test
  void featuresAreSortedAndDistinct() {
    List<String> f = features("Oil rose and rose again", "Oil");
    assertThat(f).isSorted().doesNotHaveDuplicates();
  }
}

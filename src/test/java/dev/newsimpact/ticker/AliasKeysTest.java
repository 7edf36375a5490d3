package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AliasKeysTest {

  @Test
  void keysFoldCasePunctuationAccentsAndPossessives() {
    assertThat(AliasKeys.key("Micron Technology, Inc.")).isEqualTo("micron technology inc");
    assertThat(AliasKeys.key("Meta's")).isEqualTo("meta");
    assertThat(AliasKeys.key("Nestlé")).isEqualTo("nestle");
    assertThat(AliasKeys.key("Coca-Cola")).isEqualTo("coca cola");
    assertThat(AliasKeys.key("AT&T")).isEqualTo("at&t");
    assertThat(AliasKeys.key("S&P/ASX 200")).isEqualTo("s&p asx 200");
    assertThat(AliasKeys.key("U.S. crude")).isEqualTo("u.s crude");
    assertThat(AliasKeys.key("(SMH)")).isEqualTo("smh");
    assertThat(AliasKeys.key("  ")).isEmpty();
  }

  @Test
  void unitsKeepTheirSpans() {
    String text = "Hong Kong-listed";
    List<AliasKeys.Unit> units = AliasKeys.units(text, 10);
    assertThat(units).extracting(AliasKeys.Unit::key).containsExactly("hong", "kong", "listed");
    assertThat(units.get(1).begin()).isEqualTo(15);
    assertThat(units.get(1).end()).isEqualTo(19);
  }

  @Test
  void automatonFindsEveryKeyOnUnitBoundariesAndStopsAtBreaks() {
    AliasAutomaton a = AliasAutomaton.build(List.of("micron", "micron technology", "sk hynix", "technology"));
    List<AliasAutomaton.Match> found = a.find(Arrays.asList("micron", "technology", null, "sk", "hynix", "sk"));
    assertThat(found).containsExactlyInAnyOrder(
        new AliasAutomaton.Match(0, 1, "micron"),
        new AliasAutomaton.Match(0, 2, "micron technology"),
        new AliasAutomaton.Match(1, 2, "technology"),
        new AliasAutomaton.Match(3, 5, "sk hynix"));
    assertThat(a.find(Arrays.asList("sk", null, "hynix"))).isEmpty();
    assertThat(a.find(List.of("microns"))).isEmpty();
  }
}

package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The founding sample: 62 lines of a site's navigation menu (one item is "SK Hynix"), then the
 * article, then a second post. The menu must go entirely; every body paragraph must stay verbatim
 * on a line of its own.
 */
class FoundingSampleTest {
  private static final String NAME = "meta-sells-compute-chip-slump.txt";

  @Test
  void menuIsGoneAndEveryBodyParagraphStaysIntact() throws Exception {
    List<String> source = Arrays.asList(new String(Fixtures.resource(NAME), UTF_8).split("\n"));
    List<String> menu = source.subList(0, 62);
    int articleStart = source.indexOf("#MetaSellsComputeTriggersChipSlump");
    assertThat(articleStart).isEqualTo(62);

    Article article = Fixtures.extract(Fixtures.file("samples/" + NAME, Fixtures.resource(NAME)));
    List<String> lines = Arrays.asList(article.text().split("\n"));

    for (String item : menu) {
      assertThat(lines).as("menu line kept").doesNotContain(item.strip());
    }
    assertThat(article.text()).doesNotContain("Korean Stocks\nSK Hynix").doesNotContain("Real Korean stocks");
    assertThat(lines.get(0)).startsWith("Meta Sells Compute Triggers Chip Slump:");
    for (String line : source.subList(articleStart, source.size())) {
      String s = line.strip();
      if (Words.endsSentence(s) && Words.count(s) >= 20) {
        assertThat(lines).as("body paragraph").contains(s);
      }
    }
    assertThat(lines).contains(
        "South Korea's Kospi index fell as much as 8.3%, with SK Hynix plunging 14% and Samsung"
            + " Electronics dropping 10%, erasing billions in market value within hours. The Korea"
            + " Exchange temporarily suspended program selling following an outsized drop in Kospi"
            + " futures that triggered circuit breaker protocols. In the United States, Micron"
            + " Technology and Sandisk both closed down more than 10%, while the VanEck Semiconductor"
            + " ETF (SMH) fell over 5% on its first trading day of Q3 after recording the fund's best"
            + " quarter ever with a 71% gain from April through June. The selloff effectively wiped"
            + " out a significant portion of the quarter's accumulated gains in a single session.");
    assertThat(lines).noneMatch(l -> l.startsWith("#") || l.startsWith("@"));
    assertThat(lines.get(lines.size() - 1)).startsWith("The next chapter of AI competition");
  }

  @Test
  void titleAndIdentity() throws Exception {
    Article article = Fixtures.extract(Fixtures.file("samples/" + NAME, Fixtures.resource(NAME)));

    assertThat(article.source()).isEqualTo("samples/" + NAME);
    assertThat(article.title()).startsWith("Meta Sells Compute Triggers Chip Slump:");
    assertThat(article.url()).isNull();
    assertThat(article.id()).hasSize(16).isEqualTo(ArticleIds.of(null, article.text()));
  }
}

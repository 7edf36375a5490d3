package dev.newsimpact.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataPartsTest {

  @Test
  void datesBecomeIsoOrNothing() {
    assertThat(Dates.normalize("2026-07-02T08:15:00+0900")).isEqualTo("2026-07-02T08:15:00+09:00");
    assertThat(Dates.normalize("2026-07-02 08:15:00")).isEqualTo("2026-07-02T08:15:00");
    assertThat(Dates.normalize("2026-07-02T08:15Z")).isEqualTo("2026-07-02T08:15:00Z");
    assertThat(Dates.normalize("Thu, 2 Jul 2026 08:15:00 GMT")).isEqualTo("2026-07-02T08:15:00Z");
    assertThat(Dates.normalize("2026-07-02")).isEqualTo("2026-07-02");
    assertThat(Dates.normalize("2026-07-02T25:99")).isEqualTo("2026-07-02");
    assertThat(Dates.normalize("yesterday")).isNull();
    assertThat(Dates.normalize(" ")).isNull();
  }

  @Test
  void jsonReaderHandlesWhatPagesContainAndRefusesTheRest() {
    Object parsed = Json.parse("{\"@type\": [\"NewsArticle\"], \"headline\": \"Caf\\u00e9 \\\"bar\\\"\","
        + " \"n\": 3, \"ok\": true, \"none\": null, \"list\": [1, {\"a\": \"b\"}]}");

    assertThat(parsed).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) parsed;
    assertThat(map.get("headline")).isEqualTo("Caf\u00e9 \"bar\"");
    assertThat(map.get("@type")).isEqualTo(List.of("NewsArticle"));
    assertThat(map.get("n")).isEqualTo("3");
    assertThat(map.get("none")).isNull();
    assertThat(Json.parse("{\"a\": ")).isNull();
    assertThat(Json.parse("[" .repeat(10_000))).isNull();
  }

  @Test
  void idIsAStableSha256Prefix() {
    assertThat(ArticleIds.of("https://example.com/a", "ignored"))
        .isEqualTo(ArticleIds.of("https://example.com/a", "other text"))
        .hasSize(16)
        .matches("[0-9a-f]{16}");
    assertThat(ArticleIds.of(null, "text")).isNotEqualTo(ArticleIds.of(null, "text2"));
  }
}

package dev.newsimpact.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void theSameStoryUnderDifferentSpellingsIsOneUrl() {
    String plain = "https://example.com/markets/story";
    assertThat(Urls.normalize("HTTPS://Example.COM:443/markets/story/#comments")).isEqualTo(plain);
    assertThat(Urls.normalize("https://example.com/markets/story?utm_source=x&utm_medium=y"))
        .isEqualTo(plain);
    assertThat(Urls.normalize(" https://example.com/markets/story?fbclid=1 ")).isEqualTo(plain);
  }

  @Test
  void meaningfulDifferencesStay() {
    assertThat(Urls.normalize("https://example.com/story?id=7&utm_campaign=z"))
        .isEqualTo("https://example.com/story?id=7");
    assertThat(Urls.normalize("http://example.com:8080/Story")).isEqualTo("http://example.com:8080/Story");
    assertThat(Urls.normalize("https://example.com")).isEqualTo("https://example.com/");
  }

  @Test
  void nothingAndJunkPassThrough() {
    assertThat(Urls.normalize(null)).isNull();
    assertThat(Urls.normalize("  ")).isNull();
    assertThat(Urls.normalize("not a url at all")).isEqualTo("not a url at all");
  }
}

package dev.newsimpact.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UrlsTest {

  @Test
  void urlsAsPeopleWriteThemBecomeRequestable() throws FetchFailure {
    assertThat(Urls.parse(" https://example.com/a b?q=ü#top ").toASCIIString())
        .isEqualTo("https://example.com/a%20b?q=%C3%BC");
    assertThat(Urls.parse("https://bücher.example/").getHost()).isEqualTo("xn--bcher-kva.example");
    assertThat(Urls.parse("https://example.com/50%off").toASCIIString())
        .isEqualTo("https://example.com/50%25off");
    assertThat(Urls.parse("https://example.com/a%20b").toASCIIString())
        .isEqualTo("https://example.com/a%20b");
    assertThat(Urls.parse("http://[::1]:8080/x").getHost()).isEqualTo("[::1]");
  }

  @Test
  void locationHeadersResolveAgainstTheUrlThatSentThem() throws FetchFailure {
    URI base = URI.create("https://example.com/news/a");
    assertThat(Urls.resolve(base, "/b")).isEqualTo(URI.create("https://example.com/b"));
    assertThat(Urls.resolve(base, "c?x=1")).isEqualTo(URI.create("https://example.com/news/c?x=1"));
    assertThat(Urls.resolve(base, "//other.example/d")).isEqualTo(URI.create("https://other.example/d"));
    assertThat(Urls.resolve(base, "http://x.example/")).isEqualTo(URI.create("http://x.example/"));
  }

  @Test
  void garbageIsAnError() {
    assertThatThrownBy(() -> Urls.parse("http://exa mple.com:port/")).isInstanceOf(FetchFailure.class);
  }

  @Test
  void retryAfterReadsSecondsAndDates() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    assertThat(Retries.retryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
    assertThat(Retries.retryAfter("Wed, 01 Jan 2025 00:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
    assertThat(Retries.retryAfter("Tue, 31 Dec 2024 00:00:30 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(Retries.retryAfter("soon", now)).isNull();
    assertThat(Retries.retryAfter(null, now)).isNull();
    assertThat(Retries.backoff(Duration.ofSeconds(1), 2)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void contentTypesOfPagesFeedsAndUnknownsPassOthersAreNamed() {
    for (String ok : new String[] {null, "", "text/html; charset=utf-8", "TEXT/PLAIN",
        "application/xhtml+xml", "application/rss+xml", "application/atom+xml", "text/xml",
        "application/octet-stream", "application/x-gzip"}) {
      assertThat(ContentTypes.refusal(ok)).as(ok).isNull();
    }
    assertThat(ContentTypes.refusal("application/pdf")).contains("a PDF document");
    assertThat(ContentTypes.refusal("image/jpeg")).contains("an image");
    assertThat(ContentTypes.refusal("video/mp4")).contains("a video");
    assertThat(ContentTypes.refusal("application/zip")).contains("an archive");
    assertThat(ContentTypes.refusal("application/json")).contains("application/json");
  }
}

package dev.newsimpact.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarcPagesTest {

  private static final byte[] PAGE =
      "<html><head><title>Up</title></head><body><p>Shares rose 5%.</p></body></html>"
          .getBytes(UTF_8);

  private final List<String> bad = new ArrayList<>();

  private List<ArticleInput.WebPage> pages(byte[] warc, long maxBytes) throws IOException {
    List<ArticleInput.WebPage> pages = new ArrayList<>();
    try (WarcPages reader = new WarcPages("crawl.warc.gz", new ByteArrayInputStream(warc),
        maxBytes, bad::add)) {
      reader.forEachRemaining(pages::add);
    }
    return pages;
  }

  private static WarcFixture crawl(boolean gzip) {
    return new WarcFixture(gzip)
        .warcinfo()
        .request("https://news.example/a")
        .response("https://news.example/a", 200, "text/html; charset=ISO-8859-1", PAGE)
        .response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P'})
        .response("https://news.example/gone", 404, "text/html", PAGE)
        .response("https://news.example/b", 200, "application/xhtml+xml", PAGE);
  }

  @Test
  void onlySuccessfulHtmlResponsesArePagesNamedByTheirRecordOffset() throws IOException {
    for (boolean gzip : new boolean[] {true, false}) {
      WarcFixture warc = crawl(gzip);
      List<ArticleInput.WebPage> pages = pages(warc.bytes(), 1_000_000);
      assertThat(pages).extracting(ArticleInput.WebPage::url)
          .containsExactly("https://news.example/a", "https://news.example/b");
      assertThat(pages).extracting(ArticleInput.WebPage::source).containsExactly(
          "crawl.warc.gz@" + warc.offsets().get(2), "crawl.warc.gz@" + warc.offsets().get(5));
      ArticleInput.WebPage first = pages.get(0);
      assertThat(first.body()).isEqualTo(PAGE);
      assertThat(first.contentType()).isEqualTo("text/html");
      assertThat(first.charset()).isEqualTo("ISO-8859-1");
      assertThat(first.truncated()).isFalse();
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void aResponseWithADamagedHttpMessageIsReportedAndTheFileGoesOn() throws IOException {
    WarcFixture warc = new WarcFixture(true)
        .raw("https://news.example/broken", "this is no HTTP message\r\n\r\n".getBytes(UTF_8))
        .response("https://news.example/a", 200, "text/html", PAGE);
    assertThat(pages(warc.bytes(), 1_000_000)).extracting(ArticleInput.WebPage::url)
        .containsExactly("https://news.example/a");
    assertThat(bad).singleElement().asString()
        .startsWith("crawl.warc.gz@" + warc.offsets().get(0) + ": unreadable HTTP response");
  }

  @Test
  void bodiesAreCutAtTheCap() throws IOException {
    List<ArticleInput.WebPage> pages = pages(crawl(true).bytes(), 10);
    assertThat(pages.get(0).body()).isEqualTo(Arrays.copyOf(PAGE, 10));
    assertThat(pages.get(0).truncated()).isTrue();
  }

  @Test
  void aBrokenRecordEndsTheFileWithAnErrorNamingIt() {
    byte[] whole = crawl(false).bytes();
    byte[] broken = Arrays.copyOf(whole, whole.length + 20);
    System.arraycopy("WARC/1.1\r\nnonsense\r\n".getBytes(UTF_8), 0, broken, whole.length, 20);
    assertThatThrownBy(() -> pages(broken, 1_000_000))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("crawl.warc.gz: unreadable WARC record");
  }
}

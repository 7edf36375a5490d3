package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsimpact.source.InputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BadInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"%PDF-1.7\n%\u00e2\u00e3\n1 0 obj", "PK\u0003\u0004rest-of-zip", "\u0089PNG\r\n\u001a\n",
      "GIF89a....", "\u00ff\u00d8\u00ff\u00e0JFIF", "\u007fELF\u0002\u0001"})
  void magicNumbersAreRefused(String start) {
    byte[] bytes = start.getBytes(StandardCharsets.ISO_8859_1);
    assertBinary(bytes);
  }

  @Test
  void nulBytesAreRefused() {
    assertBinary("Looks like text\0but is not".getBytes(UTF_8));
  }

  @Test
  void randomBytesAreRefused() {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[0] = 'x'; // no magic, so the control-character share decides (or a NUL does)
    assertBinary(bytes);
  }

  @Test
  void controlCharacterSoupIsRefused() {
    byte[] bytes = new byte[1000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertBinary(bytes);
  }

  @Test
  void emptyInputIsAnEmptyArticleNotAnError() throws Exception {
    Article empty = Fixtures.extract(Fixtures.file("empty.txt", new byte[0]));
    Article blank = Fixtures.extract(Fixtures.file("blank.txt", " \n\t\r\n"));

    assertThat(empty.text()).isEmpty();
    assertThat(empty.title()).isNull();
    assertThat(empty.source()).isEqualTo("empty.txt");
    assertThat(empty.id()).isEqualTo(ArticleIds.of(null, ""));
    assertThat(blank.text()).isEmpty();
  }

  @Test
  void emptyHtmlPageIsAnEmptyArticle() throws Exception {
    assertThat(Fixtures.extract(Fixtures.file("e.html", "<html><body></body></html>")).text()).isEmpty();
  }

  @Test
  void utf16WithByteOrderMarkIsText() throws Exception {
    String text = "Kospi fell 8.3% on Tuesday.";
    ByteBuffer utf16 = StandardCharsets.UTF_16LE.encode("\uFEFF" + text);
    byte[] bytes = new byte[utf16.remaining()];
    utf16.get(bytes);

    assertThat(Fixtures.extract(Fixtures.file("u16.txt", bytes)).text()).isEqualTo(text);
  }

  @Test
  void truncationIsCarriedIntoTheArticle() throws Exception {
    var doc = new dev.newsimpact.source.RawDocument(dev.newsimpact.source.Input.of("big.txt"),
        "Micron fell 10%.".getBytes(UTF_8), null, null, null, true);

    assertThat(Fixtures.extract(doc).truncated()).isTrue();
  }

  @Test
  void aPdfIsNamedAsOne() {
    assertThatThrownBy(() -> Fixtures.extract(Fixtures.fetched("https://example.com/r.html",
            "%PDF-1.4\n1 0 obj".getBytes(UTF_8), "utf-8")))
        .hasMessage("https://example.com/r.html: not a text or HTML document (a PDF document)");
  }

  @Test
  void feedsAreReportedAsFeeds() {
    String rss = "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"s.xsl\"?>\n"
        + "<rss version=\"2.0\"><channel><title>News</title></channel></rss>";
    String atom = "\uFEFF<!-- generated -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>";
    assertThatThrownBy(() -> Fixtures.extract(Fixtures.file("news.xml", rss)))
        .hasMessage("news.xml: an RSS feed, not an article page; pass it with --feed to read the"
            + " articles it lists");
    assertThatThrownBy(() -> Fixtures.extract(Fixtures.file("news.atom", atom)))
        .hasMessageStartingWith("news.atom: an Atom feed, not an article page");
  }

  @Test
  void aDateTheInputBringsFillsInOnlyWhenThePageHasNone() throws Exception {
    var fromFeed = new dev.newsimpact.source.Input("https://example.com/a",
        dev.newsimpact.source.Input.Kind.URL, "2025-03-04T05:06:07Z");
    var bare = new dev.newsimpact.source.RawDocument(fromFeed,
        "<html><body><p>Micron fell 10%.</p></body></html>".getBytes(UTF_8), "text/html", null,
        "https://example.com/a", false);
    var dated = new dev.newsimpact.source.RawDocument(fromFeed, ("<html><head><meta"
        + " property=\"article:published_time\" content=\"2025-03-01\"></head><body><p>Micron fell"
        + " 10%.</p></body></html>").getBytes(UTF_8), "text/html", null, "https://example.com/a", false);

    assertThat(Fixtures.extract(bare).published()).isEqualTo("2025-03-04T05:06:07Z");
    assertThat(Fixtures.extract(dated).published()).isEqualTo("2025-03-01");
  }

  private static void assertBinary(byte[] bytes) {
    assertThatThrownBy(() -> Fixtures.extract(Fixtures.file("junk.bin", bytes)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("junk.bin: not a text or HTML document (");
  }
}

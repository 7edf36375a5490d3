package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {
  private static final String URL = "https://news.example.com/markets/chipmakers-slide?utm=x";

  @Test
  void keepsOnlyTheArticleParagraphsAndHeadings() throws Exception {
    Article article = Fixtures.extract(Fixtures.fetched(URL, Fixtures.resource("furnished-article.html"), null));

    assertThat(article.text()).isEqualTo(String.join("\n",
        "South Korea's Kospi index fell as much as 8.3% on Tuesday, with SK Hynix plunging 14% and"
            + " Samsung Electronics dropping 10%.",
        "The selloff followed a report that Meta Platforms plans to sell spare computing power, which"
            + " investors read as a sign of overcapacity in artificial intelligence hardware.",
        "What analysts say",
        "Analysts at several brokerages said the reaction was overdone and that demand for memory"
            + " chips remains strong.",
        "Shares recovered some ground.",
        "In the United States, Micron Technology and Sandisk both closed down more than 10% in New"
            + " York trading."));
  }

  @Test
  void readsMetadataFromOpenGraphJsonLdAndCanonicalLink() throws Exception {
    Article article = Fixtures.extract(Fixtures.fetched(URL, Fixtures.resource("furnished-article.html"), null));

    assertThat(article.title()).isEqualTo("Chipmakers slide as Meta sells compute");
    assertThat(article.url()).isEqualTo("https://news.example.com/markets/chipmakers-slide");
    assertThat(article.published()).isEqualTo("2026-07-02T08:15:00+09:00");
    assertThat(article.site()).isEqualTo("Example News");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.source()).isEqualTo(URL);
    assertThat(article.id()).isEqualTo(ArticleIds.of("https://news.example.com/markets/chipmakers-slide", ""));
  }

  @Test
  void fallsBackToMetaTimeAndFetchedUrlAndHost() throws Exception {
    String html = "<html><head><title>Plain page</title>"
        + "<meta property=\"article:published_time\" content=\"2026-07-01T21:00:00Z\"></head>"
        + "<body><p>Meta shares rose 9% on the announcement, while chipmakers fell across Asia.</p></body></html>";

    Article article = Fixtures.extract(Fixtures.fetched("https://www.example.org/x", html.getBytes(UTF_8), null));

    assertThat(article.title()).isEqualTo("Plain page");
    assertThat(article.published()).isEqualTo("2026-07-01T21:00:00Z");
    assertThat(article.url()).isEqualTo("https://www.example.org/x");
    assertThat(article.site()).isEqualTo("example.org");
  }

  @Test
  void timeElementIsTheLastResortForTheDate() throws Exception {
    String html = "<html><body><article><h1>Headline here</h1><time datetime=\"2026-07-01\">July 1</time>"
        + "<p>Micron fell 10% in New York as investors worried about too much memory capacity.</p>"
        + "</article></body></html>";

    Article article = Fixtures.extract(Fixtures.file("page.html", html));

    assertThat(article.published()).isEqualTo("2026-07-01");
    assertThat(article.title()).isEqualTo("Headline here");
    assertThat(article.url()).isNull();
    assertThat(article.text()).isEqualTo(
        "Micron fell 10% in New York as investors worried about too much memory capacity.");
  }

  @Test
  void metaCharsetDecodesWindows1252() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "</head><body><p>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale fell 4% \u2013 the \u201cworst\u201d day since March.</p></body></html>";

    Article article = Fixtures.extract(Fixtures.file("sg.html", html.getBytes(Charset.forName("windows-1252"))));

    assertThat(article.text()).isEqualTo(
        "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale fell 4% \u2013 the \u201cworst\u201d day since March.");
  }

  @Test
  void undeclaredWindows1252BytesFallBackFromUtf8() throws Exception {
    String text = "Cr\u00e9dit Agricole shares slipped 2% on Friday after the bank\u2019s results.";

    Article article = Fixtures.extract(Fixtures.file("ca.txt", text.getBytes(Charset.forName("windows-1252"))));

    assertThat(article.text()).isEqualTo(text);
  }

  @Test
  void utf8PageMislabelledAsLatin1IsReadAsUtf8() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body>"
        + "<p>Nestl\u00e9 gained 3% in Z\u00fcrich \u2014 its best day this year.</p></body></html>";

    Article article = Fixtures.extract(Fixtures.fetched("https://example.ch/n", html.getBytes(UTF_8), "iso-8859-1"));

    assertThat(article.text()).isEqualTo("Nestl\u00e9 gained 3% in Z\u00fcrich \u2014 its best day this year.");
  }

  @Test
  void brAfterASentenceEndsTheLineButNotInsideOne() throws Exception {
    String html = "<div>Stocks fell sharply on Monday across the whole region.<br>Bonds rallied as investors"
        + "<br>sought safety in government debt.</div>";

    Article article = Fixtures.extract(Fixtures.file("br.html", html));

    assertThat(article.text()).isEqualTo("Stocks fell sharply on Monday across the whole region.\n"
        + "Bonds rallied as investors sought safety in government debt.");
  }

  @Test
  void htmlIsRecognisedByContentNotByName() throws Exception {
    String html = "<p>Samsung Electronics dropped 10% in Seoul.</p><p>SK Hynix plunged 14%.</p>";

    Article article = Fixtures.extract(Fixtures.file("notes.txt", html));

    assertThat(article.text()).isEqualTo("Samsung Electronics dropped 10% in Seoul.\nSK Hynix plunged 14%.");
  }
}

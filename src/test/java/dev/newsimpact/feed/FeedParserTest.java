package dev.newsimpact.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
           xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"
           xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
          <title>Markets &amp; Money</title>
          <link>https://news.example/</link>
          <atom:link href="https://news.example/rss" rel="self" type="application/rss+xml"/>
          <item>
            <title>Micron falls 10%</title>
            <link>https://news.example/micron</link>
            <pubDate>Tue, 04 Mar 2025 14:30:00 GMT</pubDate>
          </item>
          <item>
            <title>Relative link</title>
            <link>/markets/kospi</link>
            <pubDate>4 Mar 2025 09:05 -0500</pubDate>
          </item>
          <item>
            <title>Only a guid</title>
            <guid>https://news.example/guid-only</guid>
            <dc:date>2025-03-03T08:00:00+09:00</dc:date>
          </item>
          <item>
            <title>Proxied</title>
            <link>https://feedproxy.example/~r/x/123</link>
            <feedburner:origLink>https://news.example/original</feedburner:origLink>
          </item>
          <item><title>No link</title><guid isPermaLink="false">tag:1234</guid></item>
          <item><title>Mail</title><link>mailto:desk@news.example</link></item>
          <item><title>Again</title><link>https://news.example/micron</link></item>
        </channel>
      </rss>
      """;

  static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/posts/">
        <title type="text">Example blog</title>
        <link rel="self" href="https://blog.example/atom.xml"/>
        <entry>
          <title>Nvidia record</title>
          <link rel="alternate" type="text/html" href="nvidia-record"/>
          <link rel="enclosure" type="audio/mpeg" href="https://cdn.example/a.mp3"/>
          <published>2025-03-04T10:00:00Z</published>
          <updated>2025-03-05T10:00:00Z</updated>
        </entry>
        <entry>
          <title>Updated only</title>
          <link href="https://blog.example/other"/>
          <updated>2025-03-02</updated>
        </entry>
      </feed>
      """;

  static final String RDF = """
      <?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
               xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link></channel>
        <item rdf:about="https://old.example/1"><title>One</title><link>https://old.example/1</link>
          <dc:date>2003-06-10</dc:date></item>
      </rdf:RDF>
      """;

  @Test
  void rssItemsBecomeAbsoluteLinksWithDates() {
    Feed feed = FeedParser.parse(RSS.getBytes(UTF_8), null, "https://news.example/rss");

    assertThat(feed.format()).isEqualTo("RSS");
    assertThat(feed.title()).isEqualTo("Markets & Money");
    assertThat(feed.items()).extracting(FeedItem::url).containsExactly(
        "https://news.example/micron", "https://news.example/markets/kospi",
        "https://news.example/guid-only", "https://news.example/original");
    assertThat(feed.items()).extracting(FeedItem::published).containsExactly(
        "2025-03-04T14:30:00Z", "2025-03-04T09:05:00-05:00", "2025-03-03T08:00:00+09:00", null);
    assertThat(feed.items().get(0).title()).isEqualTo("Micron falls 10%");
    assertThat(feed.skipped()).isEqualTo(2);
  }

  @Test
  void aFeedReadFromAFileResolvesAgainstItsSiteLink() {
    Feed feed = FeedParser.parse(RSS.getBytes(UTF_8), null, null);
    assertThat(feed.items().get(1).url()).isEqualTo("https://news.example/markets/kospi");
  }

  @Test
  void atomEntriesUseTheirAlternateLinkAndXmlBase() {
    Feed feed = FeedParser.parse(ATOM.getBytes(UTF_8), null, "https://blog.example/atom.xml");

    assertThat(feed.format()).isEqualTo("Atom");
    assertThat(feed.title()).isEqualTo("Example blog");
    assertThat(feed.items()).extracting(FeedItem::url)
        .containsExactly("https://blog.example/posts/nvidia-record", "https://blog.example/other");
    assertThat(feed.items()).extracting(FeedItem::published)
        .containsExactly("2025-03-04T10:00:00Z", "2025-03-02");
  }

  @Test
  void rss1IsReadToo() {
    Feed feed = FeedParser.parse(RDF.getBytes(UTF_8), null, null);
    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.url()).isEqualTo("https://old.example/1");
      assertThat(item.published()).isEqualTo("2003-06-10");
    });
  }

  @Test
  void theXmlDeclarationDecidesTheCharset() {
    String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Börse</title>"
        + "<item><link>https://x.example/a</link></item></channel></rss>";
    Feed feed = FeedParser.parse(latin.getBytes(Charset.forName("ISO-8859-1")), "utf-8", null);
    assertThat(feed.title()).isEqualTo("Börse");
  }

  @Test
  void htmlAndJunkAreNotFeeds() {
    assertThat(FeedParser.parse("<html><body><p>Hi</p></body></html>".getBytes(UTF_8), null, null)).isNull();
    assertThat(FeedParser.parse("just text".getBytes(UTF_8), null, null)).isNull();
    assertThat(FeedParser.parse(new byte[0], null, null)).isNull();
  }

  @Test
  void looseRssDatesAreRead() {
    assertThat(FeedDates.normalize("Mon, 3 Mar 25 07:00 EST")).isEqualTo("2025-03-03T07:00:00-05:00");
    assertThat(FeedDates.normalize("Monday, 03 March 2025 07:00:00 +0100")).isEqualTo("2025-03-03T07:00:00+01:00");
    assertThat(FeedDates.normalize("03 Mar 2025 07:00:00 XYZ")).isEqualTo("2025-03-03T07:00:00");
    assertThat(FeedDates.normalize("2025-03-03 07:00:00")).isEqualTo("2025-03-03T07:00:00");
    assertThat(FeedDates.normalize("31 Feb 2025 07:00:00 GMT")).isNull();
    assertThat(FeedDates.normalize("yesterday")).isNull();
  }
}

package dev.newsimpact.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom with Jsoup's lenient XML parser. An item's link is, in
 * order: FeedBurner's original link, {@code <link>} (RSS) or the alternate {@code <link href>}
 * (Atom), else a permalink {@code <guid>}. Relative links resolve against {@code xml:base}, the
 * URL the feed came from, or the feed's own site link. Items whose link is not http(s) are
 * skipped and counted; repeated links are kept once. Stateless and thread-safe.
 */
public final class FeedParser {
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=", Pattern.CASE_INSENSITIVE);

  private FeedParser() {}

  /**
   * The feed in {@code bytes}, or null when they are not RSS or Atom.
   *
   * @param charset the charset a server declared, or null; an XML declaration overrides it
   * @param url where the feed was read from (for relative links), or null for a file
   */
  public static Feed parse(byte[] bytes, String charset, String url) {
    Document xml = read(bytes, charset, url);
    Element root = xml.children().first();
    if (root == null) {
      return null;
    }
    String name = root.normalName();
    if (name.equals("feed")) {
      return atom(root, url);
    }
    if (name.equals("rss") || name.equals("rdf:rdf")) {
      return rss(root, url);
    }
    return null;
  }

  private static Document read(byte[] bytes, String charset, String url) {
    String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
    String declared = XML_ENCODING.matcher(head).find() ? null : charset;
    try {
      return Jsoup.parse(new ByteArrayInputStream(bytes), declared, url == null ? "" : url,
          Parser.xmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory does not fail
    }
  }

  private static Feed rss(Element root, String url) {
    Element channel = root.selectFirst("channel");
    String base = base(root, url, channel == null ? null : text(channel.selectFirst("> link")));
    List<FeedItem> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int skipped = 0;
    for (Element item : root.select("item")) {
      String link = first(text(item.selectFirst("> feedburner|origLink")), text(item.selectFirst("> link")),
          permalink(item.selectFirst("> guid")));
      String date = first(text(item.selectFirst("> pubDate")), text(item.selectFirst("> dc|date")),
          text(item.selectFirst("> published")), text(item.selectFirst("> updated")));
      skipped += add(items, seen, link, base, text(item.selectFirst("> title")), date) ? 0 : 1;
    }
    return new Feed("RSS", channel == null ? null : text(channel.selectFirst("> title")), items, skipped);
  }

  private static Feed atom(Element root, String url) {
    String base = base(root, url, alternate(root.select("> link")));
    List<FeedItem> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    int skipped = 0;
    for (Element entry : root.select("> entry")) {
      String entryBase = entry.hasAttr("xml:base") ? resolve(base, entry.attr("xml:base")) : base;
      String link = first(text(entry.selectFirst("> feedburner|origLink")),
          alternate(entry.select("> link")));
      String date = first(text(entry.selectFirst("> published")), text(entry.selectFirst("> updated")),
          text(entry.selectFirst("> dc|date")));
      skipped += add(items, seen, link, entryBase, text(entry.selectFirst("> title")), date) ? 0 : 1;
    }
    return new Feed("Atom", text(root.selectFirst("> title")), items, skipped);
  }

  private static boolean add(List<FeedItem> items, Set<String> seen, String link, String base,
      String title, String date) {
    String absolute = link == null ? null : resolve(base, link);
    if (absolute == null || !isHttp(absolute)) {
      return false;
    }
    if (seen.add(absolute)) {
      items.add(new FeedItem(absolute, title, FeedDates.normalize(date)));
    }
    return true;
  }

  /** Atom's link for an entry: rel="alternate" or no rel, HTML preferred. */
  private static String alternate(Elements links) {
    String fallback = null;
    for (Element link : links) {
      String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
      String href = link.attr("href").strip();
      if (href.isEmpty()) {
        href = link.text().strip(); // RSS-style <link>url</link> inside an Atom-ish feed
      }
      if (href.isEmpty() || !(rel.isEmpty() || rel.equals("alternate"))) {
        continue;
      }
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (type.isEmpty() || type.contains("html")) {
        return href;
      }
      fallback = fallback == null ? href : fallback;
    }
    return fallback;
  }

  private static String permalink(Element guid) {
    if (guid == null || guid.attr("isPermaLink").strip().equalsIgnoreCase("false")) {
      return null;
    }
    String text = text(guid);
    return text != null && isHttp(text) ? text : null;
  }

  private static String base(Element root, String url, String siteLink) {
    String base = url != null && isHttp(url) ? url : siteLink != null && isHttp(siteLink) ? siteLink : null;
    return root.hasAttr("xml:base") ? resolve(base, root.attr("xml:base")) : base;
  }

  private static String resolve(String base, String link) {
    String trimmed = link.strip();
    try {
      URI target = new URI(trimmed.replace(" ", "%20"));
      if (target.isAbsolute()) {
        return target.toString();
      }
      return base == null ? null : URI.create(base).resolve(target).toString();
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return isHttp(trimmed) ? trimmed : null; // let the fetcher judge an odd but absolute URL
    }
  }

  private static boolean isHttp(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.text().strip();
    return text.isEmpty() ? null : text;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}

package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML to article text: metadata from the intact page, then furniture removed ({@link
 * Boilerplate}), the article's container chosen ({@link MainContent}), its lines laid out ({@link
 * HtmlLines}) and cleaned of junk ({@link ZoneFilter#withinContainer}). The headline is metadata,
 * not text: {@code <h1>} lines and a leading heading equal to the title are dropped.
 */
final class HtmlArticle {
  private HtmlArticle() {}

  /** The parsed parts of one page. */
  record Parts(HtmlMetadata metadata, List<String> lines) {}

  static Parts extract(String html, String fetchedUrl) {
    Document page = Jsoup.parse(html, fetchedUrl == null ? "" : fetchedUrl);
    HtmlMetadata metadata = HtmlMetadata.of(page, fetchedUrl);
    Boilerplate.strip(page);
    Element body = page.body();
    List<Line> lines = new ArrayList<>();
    for (Element container : MainContent.find(body, HtmlLines.of(body))) {
      for (Block block : HtmlLines.of(container)) {
        if (!block.owner().normalName().equals("h1")) {
          lines.add(block.line());
        }
      }
    }
    List<String> text = new ArrayList<>();
    for (Line line : ZoneFilter.withinContainer(lines)) {
      if (!(text.isEmpty() && line.role() == Line.Role.HEADING && sameText(line.text(), metadata.title()))) {
        text.add(line.text());
      }
    }
    return new Parts(metadata, text);
  }

  private static boolean sameText(String a, String b) {
    return b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}

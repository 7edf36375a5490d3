package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text to article lines: {@link PlainTextLines} then {@link ZoneFilter}. The title is the
 * first kept line when it is a heading (no sentence punctuation) followed by more text; it stays in
 * the text too, since plain text gives no other place for it.
 */
final class PlainTextArticle {
  private PlainTextArticle() {}

  /** The kept lines and the title found among them, or null. */
  record Parts(String title, List<String> lines) {}

  static Parts extract(String text) {
    List<String> lines = new ArrayList<>();
    for (Line line : ZoneFilter.apply(PlainTextLines.of(text))) {
      lines.add(line.text());
    }
    String title = null;
    if (lines.size() > 1 && ZoneFilter.classify(Line.plain(lines.get(0))) == ZoneFilter.Kind.SHORT) {
      title = lines.get(0);
    }
    return new Parts(title, lines);
  }
}

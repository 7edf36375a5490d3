package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into candidate lines. Most inputs already hold one paragraph per line (text
 * copied from a page, a dump of one); a hard-wrapped text (an e-mail, a wire story at 72 columns)
 * is first rejoined into paragraphs, because downstream a line break ends a sentence.
 */
final class PlainTextLines {
  private static final Pattern NEWLINE = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");
  private static final Pattern BULLET = Pattern.compile("^([\u2022\u00B7*\u2013\u2014-]|\\d{1,2}[.)])\\s.*");
  /** Wrapped lines are at least this long; shorter lines are headings, list items, sign-offs. */
  private static final int WRAPPED_MIN = 40;
  private static final int WRAPPED_MAX = 100;

  private PlainTextLines() {}

  static List<Line> of(String text) {
    String[] raw = NEWLINE.split(text, -1);
    List<Line> lines = new ArrayList<>();
    if (looksHardWrapped(raw)) {
      StringBuilder paragraph = new StringBuilder();
      for (String line : raw) {
        String s = line.strip();
        if (s.isEmpty() || BULLET.matcher(s).matches()) {
          flush(paragraph, lines);
        }
        if (!s.isEmpty()) {
          paragraph.append(paragraph.length() == 0 ? "" : " ").append(s);
        }
      }
      flush(paragraph, lines);
    } else {
      for (String line : raw) {
        String s = line.strip();
        if (!s.isEmpty()) {
          lines.add(Line.plain(s));
        }
      }
    }
    return lines;
  }

  /**
   * Hard-wrapped text has blank lines between paragraphs, no line much longer than a terminal, and
   * most of its long lines stop mid-sentence.
   */
  static boolean looksHardWrapped(String[] raw) {
    int blank = 0;
    int longLines = 0;
    int midSentence = 0;
    for (String line : raw) {
      String s = line.strip();
      if (s.isEmpty()) {
        blank++;
      } else if (s.length() > WRAPPED_MAX + 20) {
        return false;
      } else if (s.length() >= WRAPPED_MIN) {
        longLines++;
        if (!Words.endsSentence(s)) {
          midSentence++;
        }
      }
    }
    return blank > 0 && longLines >= 4 && midSentence * 2 >= longLines;
  }

  private static void flush(StringBuilder paragraph, List<Line> lines) {
    if (paragraph.length() > 0) {
      lines.add(Line.plain(paragraph.toString()));
      paragraph.setLength(0);
    }
  }
}

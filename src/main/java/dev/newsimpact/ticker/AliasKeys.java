package dev.newsimpact.ticker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalisation shared by the universe builder, {@link Universe#lookup} and the linker, so
 * that an alias written by the builder and a name read in an article meet on the same key.
 *
 * <p>A text is cut into <em>units</em>: whitespace-separated pieces with surrounding punctuation,
 * a trailing full stop and a possessive {@code 's} removed, split again at hyphens and slashes
 * ("Coca-Cola" gives two units, "Hong Kong-listed" three), accents folded and lower-cased in
 * {@link Locale#ROOT}. Inner punctuation that belongs to a name stays ("at&amp;t", "amazon.com",
 * "u.s"). A key is the units joined by single spaces.
 */
public final class AliasKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String EDGE_PUNCTUATION = "()[]{}\"'`,;:!?*<>\u00ab\u00bb|#@$%";

  /** One unit with its character span in the text it was cut from. */
  public record Unit(String key, int begin, int end) {}

  private AliasKeys() {}

  /** The key of a whole alias or query, e.g. "Micron Technology, Inc." gives "micron technology inc". */
  public static String key(String text) {
    List<Unit> units = units(text, 0);
    StringBuilder sb = new StringBuilder();
    for (Unit u : units) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(u.key());
    }
    return sb.toString();
  }

  /** Units of {@code text}; spans are offsets into {@code text} plus {@code base}. */
  public static List<Unit> units(String text, int base) {
    List<Unit> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        piece(text, start, i, base, out);
      }
    }
    return out;
  }

  private static void piece(String text, int start, int end, int base, List<Unit> out) {
    int b = start;
    int e = end;
    while (b < e && isEdge(text.charAt(b))) {
      b++;
    }
    int before;
    do {
      before = e;
      while (e > b && (isEdge(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
        e--;
      }
      if (e - b > 2
          && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
          && isApostrophe(text.charAt(e - 2))) {
        e -= 2;
      }
    } while (e != before);
    int partStart = b;
    for (int k = b; k <= e; k++) {
      if (k == e || isSplit(text.charAt(k))) {
        if (k > partStart) {
          String key = normalize(text.substring(partStart, k));
          if (!key.isEmpty()) {
            out.add(new Unit(key, base + partStart, base + k));
          }
        }
        partStart = k + 1;
      }
    }
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isEdge(char c) {
    return EDGE_PUNCTUATION.indexOf(c) >= 0 || c == '\u201c' || c == '\u201d' || c == '\u2018'
        || c == '\u2019';
  }

  private static boolean isSplit(char c) {
    return c == '-' || c == '/' || c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011';
  }

  /** Folds accents and case of one unit; also drops a trailing full stop. */
  public static String normalize(String unit) {
    String s = unit;
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
      s = s.replace('\u2019', '\'');
    }
    s = s.toLowerCase(Locale.ROOT);
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}

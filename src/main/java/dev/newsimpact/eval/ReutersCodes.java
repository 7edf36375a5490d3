package dev.newsimpact.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and removes the instrument codes Reuters writes in angle brackets after names ("Johnson &
 * Johnson &lt;JNJ.N&gt; shares") and maps offsets of the original text to the text without them.
 */
final class ReutersCodes {

  // One space or tab before the code goes with it, so "Apple <AAPL.O> rose" becomes "Apple rose".
  // A code has no spaces: "<.BELEX  840.26 ...>" in a pasted quote table is not one.
  private static final Pattern CODE = Pattern.compile("[ \\t]?<([^<>\\s]{1,40})>");

  /**
   * A code found in the original text.
   *
   * @param open offset of '&lt;' in the original text
   * @param removeFrom offset where the removed stretch starts (the space before the code, if any)
   * @param removeTo offset just past '&gt;'
   * @param ric the code between the brackets
   */
  record Code(int open, int removeFrom, int removeTo, String ric) {}

  /** The text without codes, and the codes with their places in the original. */
  record Stripped(String original, String text, List<Code> codes) {

    /** The offset in {@link #text} of original offset {@code offset}; inside a code, its start. */
    int map(int offset) {
      int removed = 0;
      for (Code c : codes) {
        if (c.removeTo() <= offset) {
          removed += c.removeTo() - c.removeFrom();
        } else if (c.removeFrom() < offset) {
          return c.removeFrom() - removed;
        }
      }
      return offset - removed;
    }

    /** The code whose '&lt;' is at original offset {@code open}, or null. */
    Code codeOpeningAt(int open) {
      for (Code c : codes) {
        if (c.open() == open) {
          return c;
        }
      }
      return null;
    }
  }

  private ReutersCodes() {}

  static Stripped strip(String original) {
    List<Code> codes = new ArrayList<>();
    StringBuilder text = new StringBuilder(original.length());
    Matcher m = CODE.matcher(original);
    int kept = 0;
    while (m.find()) {
      codes.add(new Code(m.start(1) - 1, m.start(), m.end(), m.group(1)));
      text.append(original, kept, m.start());
      kept = m.end();
    }
    text.append(original, kept, original.length());
    return new Stripped(original, text.toString(), List.copyOf(codes));
  }
}

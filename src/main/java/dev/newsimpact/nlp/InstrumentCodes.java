package dev.newsimpact.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters writes an index's instrument code right after its name: "the Dow Jones Industrial Average
 * .DJI fell 102.2 points". To CoreNLP the leading dot ends a sentence, so the name and its move land
 * in two sentences and the claim is lost. The tokenizer gets the text with such codes blanked out,
 * character for character, so every offset (and the evidence quoted from the original text) stays
 * as it was.
 */
final class InstrumentCodes {

  /**
   * A dot and a code in capitals and digits, alone between spaces or before punctuation, as in
   * ".DJI", ".SPX", ".N225", ".STOXX50E", also inside angle brackets ("<.DJI>").
   */
  private static final Pattern CODE =
      Pattern.compile("(?<=[\\s<(])\\.[A-Z][A-Z0-9]{1,11}(?=[\\s>),;:]|$)");

  private InstrumentCodes() {}

  /** {@code text} with every index code replaced by as many spaces; the same string if none. */
  static String blank(String text) {
    if (text.indexOf('.') < 0) {
      return text;
    }
    Matcher m = CODE.matcher(text);
    if (!m.find()) {
      return text;
    }
    char[] chars = text.toCharArray();
    do {
      for (int i = m.start(); i < m.end(); i++) {
        chars[i] = ' ';
      }
    } while (m.find());
    return new String(chars);
  }
}

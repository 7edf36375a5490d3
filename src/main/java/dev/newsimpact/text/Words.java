package dev.newsimpact.text;

/**
 * Measures of a line that do not depend on one language: a word count that also works for scripts
 * written without spaces, and whether a line ends the way a sentence ends.
 */
final class Words {
  private Words() {}

  /**
   * Runs of letters or digits; in Han, Hiragana and Katakana, which have no spaces, every two
   * characters count as one word (about the length of a word there).
   */
  static double count(String text) {
    double words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpaceless(cp)) {
        words += 0.5;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (!(inWord && isJoiner(cp))) {
        inWord = false;
      }
    }
    return words;
  }

  /** True when the line ends with sentence punctuation, looking past closing quotes and brackets. */
  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && isCloser(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    return switch (text.charAt(i)) {
      case '.', '!', '?', ':', ';', '\u2026', '\u3002', '\uFF01', '\uFF1F', '\uFF1A', '\u0964', '\u061F' -> true;
      default -> false;
    };
  }

  /** True when the line ends in an ellipsis, the mark of an excerpt cut short by a teaser. */
  static boolean endsTruncated(String text) {
    String s = text.stripTrailing();
    return s.endsWith("...") || s.endsWith("\u2026") || s.endsWith("[\u2026]");
  }

  /** True when there is sentence punctuation inside the line, not only at its end. */
  static boolean hasInnerSentenceBreak(String text) {
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
        return true;
      }
      if (c == '\u3002') {
        return true;
      }
    }
    return false;
  }

  /** Apostrophes, hyphens and number separators keep a word together: "don't", "5,000". */
  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.' || cp == ',';
  }

  private static boolean isCloser(char c) {
    return Character.isWhitespace(c)
        || c == '"'
        || c == '\''
        || c == ')'
        || c == ']'
        || c == '\u201D'
        || c == '\u2019'
        || c == '\u00BB'
        || c == '\u300D'
        || c == '\u300F';
  }

  private static boolean isSpaceless(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.THAI;
  }
}

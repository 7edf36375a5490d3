package dev.newsimpact.text;

/**
 * Measures of a line that do not depend on one language: a word count that also works for scripts
 * written without spaces, and whether a line ends the way a sentence ends.
 */
final class Words {
  private Words() {}

  /**
   * Runs of letters or digits; in Han, Hiragana, Katakana, Thai, Lao, Khmer and Myanmar, which
   * have no spaces between words, every two characters count as one word.
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
      case '.', '!', '?', ':', ';', '\u2026', '\u3002', '\uFF01', '\uFF1F', '\uFF1A', '\uFF0E',
          '\uFF1B', '\u0964', '\u0965', '\u061F', '\u06D4', '\u1362', '\u104B', '\u17D4',
          '\u0589' -> true;
      default -> false;
    };
  }

  /**
   * True when most letters of the text are Thai or Lao, scripts that end sentences with a space, not
   * a mark: there a long line is a paragraph however it ends.
   */
  static boolean isUnpunctuatedScript(String text) {
    int letters = 0;
    int unpunctuated = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO) {
          unpunctuated++;
        }
      }
    }
    return letters > 0 && unpunctuated * 2 > letters;
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
        || script == Character.UnicodeScript.THAI
        || script == Character.UnicodeScript.LAO
        || script == Character.UnicodeScript.KHMER
        || script == Character.UnicodeScript.MYANMAR;
  }
}

package dev.newsimpact.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells HTML from plain text by content, since file names and Content-Types are unreliable: a
 * document that opens with a doctype, an {@code <html>}, {@code <head>} or {@code <body>} tag, or
 * a known element, or plain text that nonetheless carries several paired HTML tags near its start
 * (a fragment), is HTML. A text that merely mentions one tag is not.
 */
final class HtmlSniffer {
  private static final int HEAD = 4096;
  private static final Pattern OPENING =
      Pattern.compile(
          "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
              + "<(!doctype\\s+html|html|head|body|meta|title|link|script|style|div|p|article|section"
              + "|main|header|table|span|a|h[1-6]|ul|ol|br|img|figure|center|font|b|i|strong)[\\s/>]",
          Pattern.DOTALL);
  private static final Pattern TAG =
      Pattern.compile("</(p|div|span|a|li|td|h[1-6]|b|i|strong|em|article|section|body|html)>");

  private HtmlSniffer() {}

  static boolean isHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD)).stripLeading().toLowerCase(Locale.ROOT);
    if (OPENING.matcher(head).find()) {
      return true;
    }
    Matcher closing = TAG.matcher(head);
    int count = 0;
    while (closing.find()) {
      if (++count >= 3) {
        return true;
      }
    }
    return false;
  }
}

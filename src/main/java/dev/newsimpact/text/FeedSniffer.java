package dev.newsimpact.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an RSS or Atom feed by its root element, so that a feed given where an article was
 * expected is reported as what it is instead of being "extracted" as a page of headlines.
 */
final class FeedSniffer {
  private static final int HEAD = 4096;
  private static final Pattern ROOT = Pattern.compile(
      "^(?:<\\?xml[^>]*\\?>\\s*|<!--.*?-->\\s*|<\\?[^>]*\\?>\\s*|<!doctype[^>]*>\\s*)*"
          + "<(rss|feed|rdf:rdf)[\\s>]",
      Pattern.DOTALL);

  private FeedSniffer() {}

  /** "an RSS feed", "an Atom feed", or null when the text is not a feed. */
  static String kind(String text) {
    String head = text.substring(0, Math.min(text.length(), HEAD)).stripLeading()
        .toLowerCase(Locale.ROOT);
    Matcher root = ROOT.matcher(head);
    if (!root.find()) {
      return null;
    }
    return root.group(1).equals("feed") ? "an Atom feed" : "an RSS feed";
  }
}

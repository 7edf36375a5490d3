package dev.newsimpact.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises lines that are page furniture whatever their surroundings: hashtags, handles, button
 * and link labels, share and follow prompts, counters, copyright and cookie notices, bylines,
 * timestamps, photo credits, breadcrumb and menu strips. These are dropped outright; lines that are
 * furniture only by where they stand (a menu item, a tagline) are left to {@link ZoneFilter}.
 *
 * <p>The word lists are interface vocabulary, not words about any one page or topic.
 */
final class Furniture {
  private static final Set<String> LABELS =
      Set.of(
          "share", "share this", "share this article", "share this story", "share this post",
          "share article", "shares", "tweet", "tweet this", "follow", "follow us", "following",
          "unfollow", "like", "likes", "reply", "replies", "comment", "comments", "leave a comment",
          "add a comment", "view comments", "show comments", "subscribe", "subscribe now",
          "sign in", "sign up", "sign out", "log in", "login", "log out", "register", "join",
          "join now", "read more", "read next", "see more", "show more", "load more", "view more",
          "more", "see all", "view all", "advertisement", "advertising", "ad", "ads", "sponsored",
          "sponsored content", "print", "email", "e-mail", "copy link", "copy", "link copied",
          "embed", "back to top", "skip to content", "skip to main content", "skip navigation",
          "menu", "search", "close", "open", "next", "previous", "prev", "home", "related",
          "related articles", "related stories", "related posts", "recommended", "trending",
          "most popular", "most read", "popular", "listen", "listen to this article", "save",
          "saved", "bookmark", "download", "gift this article", "facebook", "twitter", "x",
          "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "instagram", "youtube",
          "tiktok", "translate", "toggle navigation", "top", "hot", "new", "tags", "topics",
          "accept", "accept all", "reject all", "got it", "ok", "cancel", "continue reading",
          "watch", "play", "video", "audio", "loading", "newsletter", "contact us", "about us");

  private static final Pattern SOCIAL_PROMPT =
      Pattern.compile(
          "(share|follow|like|find|join|connect with)( us| me| this( article| story| post)?)?"
              + " (on|via|with) (facebook|twitter|x|linkedin|whatsapp|instagram|telegram|reddit"
              + "|email|youtube|tiktok|threads|bluesky|mastodon|line|wechat|weibo)");
  private static final Pattern CONSENT = Pattern.compile("\\b(accept|consent|agree|privacy|preferences)\\b");
  private static final Pattern TAGS = Pattern.compile("(?:#[\\p{L}\\p{N}_]+[\\s,]*)+");
  private static final Pattern HANDLES = Pattern.compile("(?:@[\\p{L}\\p{N}_.]+[\\s,]*)+");
  private static final Pattern COUNTER =
      Pattern.compile(
          "[\\d.,]+\\s*[km]?\\s*(comments?|shares?|likes?|views?|reads?|replies|followers"
              + "|min(ute)?s?( read)?|hours? ago|days? ago)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT =
      Pattern.compile("(©|\\(c\\)\\s|copyright\\b|all rights reserved)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(published|updated|posted|last updated|first published|modified)\\b.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CREDIT =
      Pattern.compile(
          "(photo|image|picture|photograph|credit|illustration|video|graphic)s?\\s*(:|by\\b).*",
          Pattern.CASE_INSENSITIVE);
  /** Words a dateline is made of besides numbers (English; other languages fall to other rules). */
  private static final Pattern DATE_WORD =
      Pattern.compile(
          "(?i)(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?"
              + "|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|a\\.m|p\\.m|utc|gmt|[ecmp][sd]?t"
              + "|bst|cet|cest|ist|jst|kst|hkt|sgt|aest|at|on|updated|published|posted|st|nd|rd|th)");
  private static final Pattern MONTH_OR_DAY =
      Pattern.compile(
          "(?i)(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?"
              + "|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?"
              + "|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?)");
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
  private static final Pattern MONEY = Pattern.compile("[$\u20ac\u00a3\u00a5%]|\\d[.,]\\d");
  private static final Pattern DATE_TOKEN = Pattern.compile("[\\p{L}.]+|\\d+(st|nd|rd|th)?|[^\\p{L}\\d]");
  private static final String NAME = "\\p{Lu}[\\p{L}.'\u2019-]*";
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i:by|written by|von|par|por|door|di|av)\\s+" + NAME
              + "(\\s*(,|&|and|und|et|y|" + NAME + "|de|van|von|da|del|der|la|le))*");
  private static final Pattern NAME_CHECK = Pattern.compile("\\S+\\s+\\p{Lu}.*");
  private static final Pattern STRIP_SEPARATORS = Pattern.compile("[|\u2022\u00B7>\u203A\u00BB]");

  private Furniture() {}

  /** Cheap tests first: this runs several times on every line of every page. */
  static boolean isJunk(String line) {
    String text = line.strip();
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return true;
    }
    double words = Words.count(text);
    if (words > 80) {
      return false;
    }
    if (words > 25) {
      return isCookieNotice(text);
    }
    char first = text.charAt(0);
    if ((first == '#' && TAGS.matcher(text).matches())
        || (first == '@' && HANDLES.matcher(text).matches())) {
      return true;
    }
    if (words <= 6) {
      String label = label(text);
      if (LABELS.contains(label) || SOCIAL_PROMPT.matcher(label).matches()
          || COUNTER.matcher(text).matches()) {
        return true;
      }
    }
    if (COPYRIGHT.matcher(text).find() || isCookieNotice(text)) {
      return true;
    }
    if (words <= 12 && !Words.endsSentence(text)
        && (TIMESTAMP.matcher(text).matches() || CREDIT.matcher(text).matches())) {
      return true;
    }
    if (words <= 10 && isDateline(text)) {
      return true;
    }
    if (words <= 8 && BYLINE.matcher(text).matches() && NAME_CHECK.matcher(text).matches()) {
      return true;
    }
    return isMenuStrip(text, words);
  }

  private static boolean isCookieNotice(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("cookie") && CONSENT.matcher(lower).find();
  }

  /** "July 1", "Nov. 19, 2019 5:30 PM ET", "15:23 2019": numbers and date words only. */
  private static boolean isDateline(String text) {
    if (text.chars().noneMatch(Character::isDigit) || MONEY.matcher(text).find()) {
      return false; // "$164.99" and "5%" are figures, the very thing this tool reads
    }
    boolean dated = CLOCK.matcher(text).find();
    var tokens = DATE_TOKEN.matcher(text);
    while (tokens.find()) {
      String token = tokens.group();
      if (!Character.isLetter(token.charAt(0))) {
        continue;
      }
      String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
      if (!DATE_WORD.matcher(word).matches()) {
        return false;
      }
      dated |= MONTH_OR_DAY.matcher(word).matches();
    }
    return dated;
  }

  /** "Home | News | Markets" or "Home > World > Asia": three or more short segments. */
  private static boolean isMenuStrip(String text, double words) {
    if (text.indexOf('|') < 0 && text.indexOf('>') < 0 && text.indexOf('\u2022') < 0
        && text.indexOf('\u00B7') < 0 && text.indexOf('\u203A') < 0 && text.indexOf('\u00BB') < 0) {
      return false;
    }
    String[] segments = STRIP_SEPARATORS.split(text);
    if (segments.length < 3) {
      return false;
    }
    int filled = 0;
    for (String segment : segments) {
      if (!segment.isBlank()) {
        filled++;
      }
    }
    return filled >= 3 && words / filled <= 3 && !Words.endsSentence(text);
  }

  /** Lower case, accents kept, surrounding symbols and inner runs of spaces removed. */
  private static String label(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    return s.replaceAll("\\s+", " ");
  }
}

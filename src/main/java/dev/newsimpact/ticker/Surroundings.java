package dev.newsimpact.ticker;

import java.util.Set;

/**
 * What the words around a span say about it, as yes-or-no questions the scorer asks: is it a share
 * button, a byline's handle label, a surname, the start of a longer name, a spelled-out
 * abbreviation, a company with shares? Stateless.
 */
final class Surroundings {

  /** Words that open a sentence as an adverb before a comma ("Also, Exxon Mobil posted ..."). */
  private static final Set<String> OPENING_ADVERBS = Set.of(
      "also", "however", "still", "meanwhile", "moreover", "instead", "overall", "separately",
      "elsewhere", "again", "yet", "so", "now", "then", "further", "finally", "additionally",
      "likewise", "indeed", "besides", "nonetheless", "nevertheless", "otherwise", "similarly");
  /** Words that make "S&P" the ratings agency rather than the index. */
  private static final Set<String> RATING_WORDS = Set.of(
      "rating", "ratings", "rated", "downgraded", "downgrade", "downgrades", "upgraded", "upgrade",
      "upgrades", "affirmed", "credit", "agency", "agencies", "outlook", "creditworthiness");

  private Surroundings() {}

  /** "Also, ...", "Meanwhile, ...": a sentence adverb, not ALSO Holding. */
  static boolean isOpeningAdverb(SentenceView view, int first, int end) {
    return end == first + 1 && view.isSentenceInitial(first) && ",".equals(view.tokenText(
        Math.min(end, view.tokenCount() - 1))) && OPENING_ADVERBS.contains(view.tokenKey(first));
  }

  /** "a credit rating of BBB": a grade, not the ticker BBB. */
  /** "The Evolution of AI": an everyday word after an article is the word, not the company. */
  static boolean afterArticle(SentenceView view, int first) {
    String before = view.tokenKey(first - 1);
    return before.equals("the") || before.equals("a") || before.equals("an");
  }

  static boolean isCreditGrade(SentenceView view, int first, int end) {
    return end == first + 1 && view.tokenText(first).matches("(AAA|AA|A|BBB|BB|B|CCC|CC|C)[+-]?")
        && view.window(first, end, 8).stream().anyMatch(RATING_WORDS::contains);
  }

  /** "S&P downgraded the bank", "ratings agency S&P": S&P Global's ratings arm, not the index. */
  static boolean isRatingAgency(SentenceView view, int first, int end) {
    return "s&p".equals(view.tokenKey(first)) && end == first + 1
        && view.window(first, end, 4).stream().anyMatch(RATING_WORDS::contains);
  }

  /** "Twitter: @RodNickel_Rtrs" in a byline: the network labels a handle. */
  static boolean isHandleLabel(SentenceView view, int end) {
    return end < view.tokenCount() && ":".equals(view.tokenText(end))
        && (end + 1 == view.tokenCount() || view.tokenText(end + 1).startsWith("@"));
  }

  /** "Kellogg's shares", "shares of Kellogg", "Kellogg stock": only a company has shares. */
  static boolean sharesOf(SentenceView view, int first, int end) {
    int after = end;
    String written = after < view.tokenCount() ? view.tokenText(after) : "";
    if (written.equals("'s") || written.equals("\u2019s") || written.equals("'")
        || written.equals("\u2019")) {
      after++;
    }
    String next = view.tokenKey(after);
    if (SHARE_WORDS.contains(next)) {
      return true;
    }
    String before = view.tokenKey(first - 1);
    return ("of".equals(before) || "in".equals(before))
        && SHARE_WORDS.contains(view.tokenKey(first - 2));
  }

  private static final Set<String> SHARE_WORDS = Set.of("shares", "stock", "stocks", "share");

  /** "Harrison Ford", "Michael Dell": a capitalised word right before makes the name a surname. */
  static boolean partOfLongerName(SentenceView view, int first) {
    int prev = first - 1;
    if (prev < 0 || view.isSentenceInitial(prev)) {
      return false;
    }
    String t = view.tokenText(prev);
    return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(Character::isLetter)
        && !CaseRules.isUpperCase(t) && !"ORGANIZATION".equals(view.token(prev).ner())
        && !"LOCATION".equals(view.token(prev).ner());
  }

  /** "Share this story on Facebook", "follow us on LinkedIn": a button or a byline link. */
  static boolean isShareButton(SentenceView view, int first) {
    String before = view.tokenKey(first - 1);
    if (!Cues.SOCIAL_PREPOSITIONS.contains(before)) {
      return false;
    }
    for (int i = Math.max(0, first - 6); i < first - 1; i++) {
      if (Cues.SOCIAL_VERBS.contains(view.tokenKey(i))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TITLE_CASE_LINKS = Set.of("at", "in", "on", "to", "for", "as",
      "after", "amid", "with", "from", "by", "up", "down", "near", "above", "below", "is", "are",
      "was", "will", "may", "hits", "gets");

  /** "Credit Suisse", "United States", "Delta Air": an everyday word that opens a longer name. */
  static boolean startsLongerName(SentenceView view, int end) {
    if (end >= view.tokenCount()) {
      return false;
    }
    String t = view.tokenText(end);
    String key = view.tokenKey(end);
    if (view.titleCase && TITLE_CASE_LINKS.contains(key)) {
      return false; // "Nifty At 21,654", "Gold Up On Weak Dollar": title case capitalises these
    }
    return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && t.chars().allMatch(Character::isLetter)
        && !Cues.LEGAL_SUFFIX.contains(key) && !Cues.KIND_AFTER.containsKey(key)
        && !Cues.ACTOR_VERBS.contains(key);
  }

  /** "artificial intelligence (AI)": the words before the parenthesis spell the abbreviation. */
  static boolean spelledOutBefore(SentenceView view, int paren, String abbreviation) {
    StringBuilder initials = new StringBuilder();
    for (int i = paren - 1; i >= 0 && initials.length() < abbreviation.length(); i--) {
      String t = view.tokenText(i);
      if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
        initials.insert(0, Character.toUpperCase(t.charAt(0)));
      }
    }
    return initials.toString().equals(abbreviation.toUpperCase(java.util.Locale.ROOT));
  }

  static boolean mostlyCapitals(SentenceView view) {
    int words = 0;
    int caps = 0;
    for (int i = 0; i < view.tokenCount(); i++) {
      String t = view.tokenText(i);
      if (t.length() > 2 && t.chars().allMatch(Character::isLetter)) {
        words++;
        if (CaseRules.isUpperCase(t)) {
          caps++;
        }
      }
    }
    return words > 0 && caps * 2 > words;
  }
}

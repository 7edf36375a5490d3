package dev.newsimpact.ticker;

import java.util.List;
import java.util.Set;

/**
 * Whether text written in a given case can be a given alias. News capitalises names, so "Apple" can
 * be the company and "apple" cannot; an abbreviation such as "BMW" must be in capitals; common
 * nouns the universe marks any-case ("gold", "bitcoin") match however written. Stylised lower-case
 * names ("eBay", "SK hynix") allow the text's capital letters too.
 */
final class CaseRules {

  private static final Set<String> FUNCTION_WORDS = Set.of(
      "of", "and", "the", "for", "de", "du", "la", "le", "des", "der", "und", "di", "del", "da",
      "&", "in", "on", "at", "to", "a", "an");

  private CaseRules() {}

  /** True when the units [start, end) of the sentence may be written forms of the alias. */
  static boolean accepts(Alias alias, SentenceView view, int start, int end) {
    if (alias.has(UniverseFormat.ANY_CASE)) {
      return true;
    }
    if (alias.has(UniverseFormat.ACRONYM)) {
      for (int u = start; u < end; u++) {
        if (!isUpperCase(view.surface(u))) {
          return false;
        }
      }
      return true;
    }
    List<AliasKeys.Unit> aliasUnits = AliasKeys.units(alias.text(), 0);
    int misses = 0;
    for (int i = 0; i < end - start; i++) {
      String written = view.surface(start + i);
      String canonical = i < aliasUnits.size()
          ? alias.text().substring(aliasUnits.get(i).begin(), aliasUnits.get(i).end()) : written;
      if (!unitAccepts(canonical, written)) {
        if (i == 0) {
          return false;
        }
        misses++;
      }
    }
    // "VanEck semiconductor ETF", "Philadelphia semiconductor index": one later word in lower case
    // is how news often writes a long name, unless the name is two everyday words ("Premier Foods").
    return misses == 0 || (misses == 1 && (end - start >= 3 || !alias.has(UniverseFormat.COMMON_WORD)));
  }

  private static boolean unitAccepts(String canonical, String written) {
    char w = firstLetter(written);
    if (w == 0 || Character.isUpperCase(w) || !written.equals(written.toLowerCase(java.util.Locale.ROOT))) {
      return true; // capitalised, or a stylised name with inner capitals ("eBay", "iShares")
    }
    if (FUNCTION_WORDS.contains(canonical.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    char c = firstLetter(canonical);
    return c != 0 && Character.isLowerCase(c);
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return c;
      }
      if (Character.isDigit(c)) {
        return 0;
      }
    }
    return 0;
  }

  /** True when every letter is upper case and there is at least one. */
  static boolean isUpperCase(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }
}

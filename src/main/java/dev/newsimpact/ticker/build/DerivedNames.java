package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.AliasKeys;
import dev.newsimpact.ticker.SecurityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Short names news forms from the first word of a company name: "Micron" for Micron Technology,
 * "Samsung" for Samsung Electronics, "Toyota" for Toyota Motor. A first word becomes an alias only
 * when one company clearly dominates the companies whose names start with it, the word is not an
 * everyday English word, and fund families (iShares, Vanguard) are not behind it.
 */
final class DerivedNames {

  private static final int MAX_GROUP = 20;
  /** Words that open company names in many languages without naming one ("Groupe", "Banco"). */
  private static final Set<String> GENERIC = Set.of("groupe", "grupo", "gruppo", "banco", "banca",
      "compania", "compagnie", "societe", "sociedad", "societa", "companhia", "cia", "cie", "pjsc",
      "china", "korea", "japan", "india", "asia", "euro", "global", "first", "united", "national",
      "american", "british", "canadian", "australian", "german", "french", "swiss", "dutch",
      "italian", "spanish", "chinese", "japanese", "korean", "indian", "european", "asian", "african",
      "international", "general", "royal", "great", "southern", "northern", "eastern", "western",
      "central", "pacific", "atlantic", "hong", "kong", "saudi", "emirates", "qatar");
  private static final double MIN_SIZE = 0.6;
  private static final double MIN_LEAD = 0.19;

  private DerivedNames() {}

  static void add(Map<String, Draft> drafts, WordLists words) {
    Map<String, List<Draft>> groups = new TreeMap<>();
    Map<String, String> surfaces = new HashMap<>();
    Map<String, Integer> fundFamilies = new HashMap<>();
    for (Draft d : drafts.values()) {
      Set<String> firsts = new HashSet<>();
      for (Draft.AliasDraft a : d.aliases.values()) {
        String[] words0 = a.text().split(" ");
        if (words0.length < 2) {
          continue;
        }
        String first = words0[0].replaceAll("[,.]+$", "");
        String key = AliasKeys.key(first);
        if (key.length() >= 4 && !key.contains(" ") && key.chars().anyMatch(Character::isLetter)
            && !words.isCommon(key) && !GENERIC.contains(key)) {
          if (firsts.add(key)) {
            surfaces.putIfAbsent(key, first);
          }
        }
      }
      for (String key : firsts) {
        if (d.kind == SecurityKind.ETF || d.kind == SecurityKind.FUND) {
          fundFamilies.merge(key, 1, Integer::sum);
        } else if (d.kind == SecurityKind.EQUITY && !d.secondary && !d.delisted) {
          groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
      }
    }
    for (Map.Entry<String, List<Draft>> e : groups.entrySet()) {
      String key = e.getKey();
      List<Draft> group = e.getValue();
      if (group.size() > MAX_GROUP) {
        continue;
      }
      group.sort(Comparator.comparingDouble((Draft d) -> -d.size).thenComparing(d -> d.ticker));
      Draft best = group.get(0);
      if (sharedSecondWord(group, best, key)) {
        continue; // "Hong" of "Hong Kong ...": the first word of a longer shared name
      }
      if (words.isCapitalisedWord(key) || (words.isName(key) && best.size < 0.9)) {
        continue; // a place or given name always; a surname or brand only for a giant (Toyota)
      }
      if (fundFamilies.getOrDefault(key, 0) >= 3 && best.size < 0.9) {
        continue; // "iShares", "Vanguard": a fund family, unless a giant bears the name (Goldman)
      }
      double second = group.size() > 1 ? group.get(1).size : 0.0;
      if (best.size >= MIN_SIZE && best.size - second >= MIN_LEAD) {
        String surface = surfaces.get(key);
        if (surface.equals(surface.toUpperCase(Locale.ROOT)) && !Names.isAcronym(surface)) {
          surface = Names.titleCase(surface);
        }
        best.addAlias(surface, Draft.Origin.DERIVED, false);
      }
    }
  }

  /** True when three companies of the group, the best among them, go on with the same word. */
  private static boolean sharedSecondWord(List<Draft> group, Draft best, String first) {
    Set<String> bestSeconds = seconds(best, first);
    Map<String, Integer> counts = new HashMap<>();
    for (Draft d : group) {
      for (String s : seconds(d, first)) {
        if (bestSeconds.contains(s) && counts.merge(s, 1, Integer::sum) >= 3) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> seconds(Draft d, String first) {
    Set<String> out = new HashSet<>();
    for (Draft.AliasDraft a : d.aliases.values()) {
      String[] units = AliasKeys.key(a.text()).split(" ");
      if (units.length >= 2 && units[0].equals(first)) {
        out.add(units[1]);
      }
    }
    return out;
  }
}

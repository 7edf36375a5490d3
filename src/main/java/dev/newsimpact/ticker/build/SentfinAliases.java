package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.AliasKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names Indian financial news uses for NSE companies, from the SEntFiN entity list: each row is an
 * NSE symbol and the comma-separated forms of its name. Rows whose symbol is not an NSE listing of
 * the universe (sector phrases such as "PHARMA") are skipped, and so are lower-case forms.
 *
 * <p>Two forms the list holds only as the symbol are names the press writes too: an abbreviation
 * ("BPCL", "PNB") or a name with an ampersand ("M&amp;M") is how headlines name the company, while a
 * symbol that spells words ("RELIANCE", "BRITANNIA") is not written so. And a company whose symbol
 * is the first word of its name ("Maruti Suzuki India" listed as MARUTI) goes by that word in the
 * press ("Maruti"), unless the word is an everyday word, a given name or surname, or already names
 * another company ("Reliance", "Sanofi", "Siemens"), where it would take the wrong company's news.
 */
final class SentfinAliases {

  /** Size a company needs before one word of its name is taken for it (a small one's rarely is). */
  private static final double MIN_FIRST_WORD_SIZE = 0.6;

  private SentfinAliases() {}

  static void read(Path sources, Map<String, Draft> drafts, WordLists words) throws IOException {
    Map<Draft, String> symbolForms = new LinkedHashMap<>();
    Map<Draft, String> firstWords = new LinkedHashMap<>();
    Map<String, Draft> indianByName = indianByName(drafts);
    for (Map<String, String> row : Csv.read(sources.resolve("sentfin_aliases/entity_list_comprehensive.csv"))) {
      String symbol = row.get("Symbol") == null ? null : row.get("Symbol").strip();
      Draft d = symbol == null ? null : drafts.get(symbol + ".NS");
      if (d == null && symbol != null) {
        // renamed symbols ("PHOENXINTL" is PHOENIXLTD.NS now): the row's full name finds the line,
        // which takes only its longer forms ("Max" of Max India would take "737 Max jets")
        Draft byName = indianByName.get(nameKey(row.get("Entity").split(",")[0]));
        if (byName != null) {
          gatherLongForms(byName, row.get("Entity"));
        }
        continue;
      }
      if (d == null) {
        continue;
      }
      gather(d, symbol, row.get("Entity"), symbolForms, firstWords);
    }
    // after every form is in, so that a name another company goes by is known whichever row has it
    Map<String, Set<String>> holders = new HashMap<>();
    Map<String, Map<String, Double>> starting = new HashMap<>();
    indexAliases(drafts, holders, starting);
    for (Map.Entry<Draft, String> e : symbolForms.entrySet()) {
      // "PNC", "SCI": another market's symbol too, which its bare capitals must still reach
      if (!drafts.containsKey(e.getValue())) {
        addUnlessTaken(e.getKey(), e.getValue(), holders, starting, words);
      }
    }
    for (Map.Entry<Draft, String> e : firstWords.entrySet()) {
      if (!words.properNames.contains(AliasKeys.key(e.getValue()))) {
        addUnlessTaken(e.getKey(), e.getValue(), holders, starting, words);
      }
    }
  }

  /**
   * Indian listings by their name without legal words ("The Phoenix Mills Ltd." and "Phoenix
   * Mills" meet), the NSE line before the BSE one; a name two companies share maps to neither.
   */
  private static Map<String, Draft> indianByName(Map<String, Draft> drafts) {
    Map<String, Draft> byName = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (String suffix : new String[] {".NS", ".BO"}) {
      Map<String, Draft> line = new HashMap<>();
      for (Map.Entry<String, Draft> e : drafts.entrySet()) {
        if (!e.getKey().endsWith(suffix) || e.getValue().name == null) {
          continue;
        }
        String key = nameKey(e.getValue().name);
        if (line.putIfAbsent(key, e.getValue()) != null) {
          shared.add(key);
        }
      }
      line.forEach(byName::putIfAbsent);
    }
    shared.forEach(byName::remove);
    byName.remove("");
    return byName;
  }

  /** A company name without case, punctuation, a leading "The" and legal words. */
  static String nameKey(String name) {
    String key = AliasKeys.key(name.replaceAll("\\(India\\)|\\(I\\)", " "));
    key = key.replaceAll("^the ", "");
    key = key.replaceAll("( (ltd|limited|co|company|corp|corporation|inc|pvt|private))+$", "");
    return key.strip();
  }

  /**
   * Adds, as written, the forms of two words or more of a row found by name, legal words cut
   * ("Max India Ltd." gives "Max India"; "Max group" gives nothing, as "Max" alone would be all).
   */
  static void gatherLongForms(Draft d, String entity) {
    for (String form : entity.split(",")) {
      String f = form.strip().replaceAll("(\\s+(Ltd\\.?|Limited|Co\\.?|Group|group))+$", "");
      if (f.indexOf(' ') > 0 && Character.isUpperCase(f.charAt(0)) && !f.endsWith("- Old")
          && !Names.isShouting(f)) {
        d.addAlias(f, Draft.Origin.AKA, false);
      }
    }
  }

  /**
   * Adds the forms of one row's {@code entity} list to {@code d}; puts the form equal to the symbol
   * and the first word the symbol spells aside, to be added once every row's forms are known.
   */
  private static void gather(Draft d, String symbol, String entity, Map<Draft, String> symbolForms,
      Map<Draft, String> firstWords) {
    for (String form : entity.split(",")) {
      String f = form.strip();
      if (f.isEmpty() || !Character.isUpperCase(f.charAt(0)) || f.endsWith("- Old") || f.length() < 3) {
        continue;
      }
      if (f.equals(symbol)) {
        if (keepsSymbolForm(f)) {
          symbolForms.put(d, f);
        }
        continue;
      }
      if (Names.isShouting(f) || (f.equals(f.toUpperCase(Locale.ROOT)) && !Names.isAcronym(f))) {
        continue;
      }
      d.addNameAliases(f, Draft.Origin.AKA);
      String word = firstWordAlias(symbol, f);
      if (word != null && d.size >= MIN_FIRST_WORD_SIZE) {
        firstWords.putIfAbsent(d, word);
      }
    }
  }

  /**
   * Adds the alias unless it is an everyday word, another company's name already, or the first word
   * of a company at least as big ("HDFC" of HDFC Bank is the group's name, not HDFC Ltd's).
   */
  private static void addUnlessTaken(Draft d, String alias, Map<String, Set<String>> holders,
      Map<String, Map<String, Double>> starting, WordLists words) {
    String key = AliasKeys.key(alias);
    String self = issuer(d.name);
    boolean taken = holders.getOrDefault(key, Set.of()).stream().anyMatch(i -> !i.equals(self));
    boolean bigger = starting.getOrDefault(key, Map.of()).entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(self) && e.getValue() >= d.size);
    if (!words.isCommon(key) && !taken && !bigger) {
      d.addAlias(alias, Draft.Origin.AKA, false);
    }
  }

  /**
   * True when a form equal to the NSE symbol is a name the press writes: an abbreviation ("BPCL",
   * "PNB") or a name with an ampersand ("M&amp;M").
   */
  static boolean keepsSymbolForm(String form) {
    return Names.isAcronym(form) || form.indexOf('&') > 0;
  }

  /**
   * The first word of {@code form} when the symbol spells exactly that word and more words follow
   * ("Maruti Suzuki India Ltd." listed as MARUTI gives "Maruti"), else null. An abbreviation
   * ("DLF Ltd.") gives null: {@link #keepsSymbolForm} decides those.
   */
  static String firstWordAlias(String symbol, String form) {
    String[] words = form.strip().split("\\s+");
    if (words.length < 2) {
      return null;
    }
    String first = words[0].replaceAll("[,.]+$", "");
    boolean word = first.length() >= 3 && Character.isUpperCase(first.charAt(0))
        && first.chars().anyMatch(Character::isLowerCase) && first.chars().allMatch(Character::isLetter);
    return word && first.equalsIgnoreCase(symbol) ? first : null;
  }

  /**
   * Fills {@code holders} with the issuers (by name) that hold each alias key, and {@code starting}
   * with the issuers whose longer aliases start with a unit ("hdfc" of "HDFC Bank"), and their sizes.
   */
  private static void indexAliases(Map<String, Draft> drafts, Map<String, Set<String>> holders,
      Map<String, Map<String, Double>> starting) {
    for (Draft d : drafts.values()) {
      for (Draft.AliasDraft a : d.aliases.values()) {
        String key = AliasKeys.key(a.text());
        holders.computeIfAbsent(key, k -> new HashSet<>()).add(issuer(d.name));
        int space = key.indexOf(' ');
        if (space > 0) {
          starting.computeIfAbsent(key.substring(0, space), k -> new HashMap<>())
              .merge(issuer(d.name), d.size, Math::max);
        }
      }
    }
  }

  private static String issuer(String name) {
    return name == null ? "" : name.toLowerCase(Locale.ROOT);
  }
}

package dev.newsimpact.ticker.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists in {@code src/main/universe}: everyday English words, capitalised words (places,
 * given names) and the abbreviations news uses in their ordinary sense. The builder uses them to
 * flag names and tickers that need context before the linker believes them.
 */
final class WordLists {

  final Set<String> common;
  final Set<String> capitalised;
  final Set<String> properNames;
  final Set<String> abbreviations;

  private WordLists(Set<String> common, Set<String> capitalised, Set<String> properNames,
      Set<String> abbreviations) {
    this.common = common;
    this.capitalised = capitalised;
    this.properNames = properNames;
    this.abbreviations = abbreviations;
  }

  static WordLists read(Path dir) throws IOException {
    Set<String> common = new HashSet<>();
    common.addAll(lines(dir.resolve("english-words.txt")));
    Set<String> terms = lines(dir.resolve("everyday-terms.txt"));
    common.addAll(terms);
    Set<String> capitalised = new HashSet<>(lines(dir.resolve("english-capitalised.txt")));
    Set<String> names = lines(dir.resolve("english-names.txt"));
    return new WordLists(common, capitalised, names, terms);
  }

  private static Set<String> lines(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(s.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** True when every unit of the key is an everyday word ("target", "general motors" is not). */
  boolean isCommon(String key) {
    for (String unit : key.split(" ")) {
      if (!common.contains(unit)) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  /** True for a capitalised English word such as a place or a given name ("china", "michael"). */
  boolean isCapitalisedWord(String unit) {
    return capitalised.contains(unit);
  }

  /** True for a capitalised word or a proper name: surnames and brands too ("simpson", "toyota"). */
  boolean isName(String unit) {
    return capitalised.contains(unit) || properNames.contains(unit);
  }
}

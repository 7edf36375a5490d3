package dev.newsimpact.ticker.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns registrant and listing names into the names news uses: "MICRON TECHNOLOGY INC" and "Micron
 * Technology, Inc. - Common Stock" both become "Micron Technology"; "Alibaba Group Holding Limited"
 * also gives "Alibaba". Rules only, no per-company exceptions (those live in overrides.tsv).
 */
final class Names {

  /** Words that end a company name without being part of what people call it. */
  private static final Set<String> LEGAL = Set.of(
      "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "ltd", "limited", "llc",
      "lp", "l.p", "plc", "ag", "se", "sa", "s.a", "nv", "n.v", "spa", "s.p.a", "ab", "asa", "as",
      "a/s", "oyj", "kgaa", "gmbh", "bhd", "berhad", "tbk", "pcl", "jsc", "pjsc", "sab", "de", "cv",
      "c.v", "s.a.b", "ltda", "publ", "nl", "bv", "b.v", "sarl", "s.e", "ad", "dd", "d.d", "holdco",
      "sponsored", "unsponsored", "adr", "gdr", "regs", "reg", "ads", "ord", "shs", "the", "&",
      "and", "cl", "class", "a", "b", "c", "new", "k.k", "kk", "p.l.c", "s.p.a.", "sca", "oy", "hf",
      "ltd.-old", "pt", "soc");
  /** Words that, at the end, mark a group holding rather than the brand ("Sony Group"). */
  private static final Set<String> HOLDING = Set.of(
      "holding", "holdings", "group", "grp", "hldgs", "hldg");
  /** Words that, at the end, describe the business rather than name it ("Take-Two Interactive"). */
  private static final Set<String> DESCRIPTOR = Set.of("interactive", "entertainment");
  /** "Petroleo Brasileiro S.A. - Petrobras": a legal form, then the everyday name after a dash. */
  private static final Pattern DASHED_BRAND = Pattern.compile(
      "(?i).*\\b(s\\.a\\.?|sa|ltd\\.?|inc\\.?|plc|ag|nv|n\\.v\\.|spa|s\\.p\\.a\\.?) - .+");
  private static final Pattern PARENS = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern SEC_TAIL = Pattern.compile("\\s*/[A-Za-z]{0,4}/?\\s*$");
  private static final Pattern SECURITY_DESCRIPTION = Pattern.compile(
      "(?i)\\s*[-,]?\\s*(\\b(new |series [a-z0-9]+ |class [a-z] )?(common stock|common shares|"
          + "ordinary shares|american depositary shares|american depositary receipts|depositary "
          + "shares|subordinate voting shares|shares of beneficial interest|limited partnership "
          + "units|common units|units representing).*)$");
  private static final Set<String> LOWER_WORDS = Set.of("of", "and", "the", "for", "de", "du", "la",
      "le", "des", "der", "und", "di", "del", "da", "&", "in", "on", "at", "to");

  private Names() {}

  /** The name without security descriptions, parentheses, SEC state tags and odd spacing. */
  static String tidy(String raw) {
    String s = raw.replace('\u00a0', ' ').strip();
    s = SECURITY_DESCRIPTION.matcher(s).replaceFirst("");
    s = PARENS.matcher(s).replaceAll("");
    s = SEC_TAIL.matcher(s).replaceFirst("");
    s = s.replaceAll("\\s+", " ").strip();
    if (s.endsWith(",") || s.endsWith("-")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.regionMatches(true, 0, "The ", 0, 4) && s.length() > 8) {
      s = s.substring(4);
    }
    if (isShouting(s)) {
      s = titleCase(s);
    }
    return s;
  }

  /** True for registrant names written in capitals ("MICRON TECHNOLOGY INC"). */
  static boolean isShouting(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters > 5 && s.indexOf(' ') > 0;
  }

  /** "MICRON TECHNOLOGY INC" to "Micron Technology Inc"; words of three letters or fewer stay. */
  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" ")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (LOWER_WORDS.contains(lower)) {
        sb.append(lower);
      } else if (w.length() <= 3 || !hasVowel(w)) {
        sb.append(w);
      } else {
        sb.append(w.charAt(0)).append(lower.substring(1));
      }
    }
    return sb.toString();
  }

  private static boolean hasVowel(String w) {
    for (char c : w.toLowerCase(Locale.ROOT).toCharArray()) {
      if ("aeiouy".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Everyday names for a tidied company name, longest first: without legal suffixes, then also
   * without a trailing "Group"/"Holdings". Never empty words only; may return nothing.
   */
  static List<String> everydayNames(String tidy) {
    Set<String> out = new LinkedHashSet<>();
    if (DASHED_BRAND.matcher(tidy).matches()) {
      // "Petroleo Brasileiro S.A. - Petrobras": each side is a name news uses
      for (String part : tidy.split(" - ")) {
        if (!part.isBlank() && !part.equals(tidy)) {
          out.addAll(everydayNames(part.strip()));
        }
      }
    }
    List<String> words = new ArrayList<>(Arrays.asList(tidy.split(" ")));
    stripTail(words, LEGAL);
    if (!words.isEmpty()) {
      out.add(String.join(" ", words));
      List<String> shorter = new ArrayList<>(words);
      stripTail(shorter, HOLDING);
      stripTail(shorter, LEGAL);
      if (!shorter.isEmpty()) {
        out.add(String.join(" ", shorter));
      }
      // "Melco Resorts & Entertainment" is "Melco Resorts", "Peloton Interactive" "Peloton"
      stripTail(shorter, DESCRIPTOR);
      stripTail(shorter, LEGAL);
      stripTail(shorter, HOLDING);
      if (!shorter.isEmpty() && Character.isLetter(shorter.get(0).charAt(0))) {
        out.add(String.join(" ", shorter));
      }
    }
    out.removeIf(n -> n.length() < 2 || !n.chars().anyMatch(Character::isLetter));
    return new ArrayList<>(out);
  }

  private static void stripTail(List<String> words, Set<String> tail) {
    while (words.size() > 1) {
      String last = words.get(words.size() - 1);
      String key = last.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "").replaceAll("^[,(]+", "");
      if (tail.contains(key) || key.isEmpty()) {
        words.remove(words.size() - 1);
        if (!words.isEmpty()) {
          int i = words.size() - 1;
          words.set(i, words.get(i).replaceAll("[,]+$", ""));
        }
      } else {
        return;
      }
    }
  }

  /** Initials of the significant words: "Advanced Micro Devices" gives "AMD". */
  static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || LOWER_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      char c = w.charAt(0);
      if (!Character.isLetter(c)) {
        return "";
      }
      sb.append(Character.toUpperCase(c));
    }
    return sb.toString();
  }

  /**
   * True when the alias is an abbreviation written in capitals, e.g. "TSMC", "BMW", "HSBC", "AIA":
   * three letters or fewer, or at most one vowel. "NVIDIA" and "SONY" are names in capitals.
   */
  static boolean isAcronym(String alias) {
    if (alias.length() < 2 || alias.length() > 6) {
      return false;
    }
    int vowels = 0;
    for (int i = 0; i < alias.length(); i++) {
      if ("AEIOUY".indexOf(alias.charAt(i)) >= 0) {
        vowels++;
      }
    }
    if (alias.length() > 3 && vowels > 1) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (Character.isLowerCase(c) || Character.isWhitespace(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}

package dev.newsimpact.sentiment;

import dev.newsimpact.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence as the classifier sees it: lower-cased words in one spelling whichever tokenizer cut
 * them, the target's span, and a flag per word for "looks like a name". Train and run time both go
 * through here, so CoreNLP's PTB tokens ("Citigroup", "'s", "-LRB-", "``", "sell", "-", "off") and
 * {@link PlainTokenizer}'s give the same words.
 *
 * <p>Hyphen-glued parts become one word ("sell-off"), numbers {@code <num>}, "percent", "pct" and
 * "per cent" "%"; possessives and "n't" are split off; the final period of an abbreviation is
 * dropped; Reuters codes ("&lt;JNJ.N&gt;", whole or in PTB's pieces) are skipped. Only {@link Token#word()} and the offsets
 * are read, so untagged sentences work. Immutable.
 *
 * @param words normalised words
 * @param nameLike true where the word was capitalised in the text, is not the sentence's first and
 *     is not a common word: a cheap stand-in for "another entity" that needs no NER; never in a
 *     title-case headline, where capitals mark every word
 * @param from first word of the target
 * @param to just past the last word of the target
 */
public record FeatureWords(List<String> words, List<Boolean> nameLike, int from, int to) {

  private static final int MAX_CODE_TOKENS = 8;
  private static final Pattern LOST_APOSTROPHE = Pattern.compile("\uFFFD+");
  private static final Pattern SPACE = Pattern.compile("[\\s\u00A0\u2007\u202F]");
  private static final int TITLE_MIN_WORDS = 4;
  private static final double TITLE_SHARE = 0.9;

  // Split off as PTB does ("company's" -> "company" "'s", "we're" -> "we" "'re").
  private static final List<String> CLITICS = List.of("'s", "'re", "'ve", "'ll", "'d", "'m");

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\.?\\d[\\d,.:]*(?:bn|mln|m|k|b)?");

  // Capitalised words that start or fill sentences without naming an entity.
  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "while", "its", "it",
          "their", "shares", "stocks", "stock", "this", "that", "these", "those", "he", "she", "we",
          "they", "i", "his", "her", "our", "as", "after", "before", "with", "by", "from", "to",
          "meanwhile", "however", "also", "still", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
          "july", "august", "september", "october", "november", "december", "ceo", "chief",
          "inc", "corp", "co", "ltd", "plc", "group", "holdings", "despite", "although",
          "analysts", "investors");

  public FeatureWords {
    words = List.copyOf(words);
    nameLike = List.copyOf(nameLike);
    if (words.size() != nameLike.size() || from < 0 || to <= from || to > words.size()) {
      throw new IllegalArgumentException("bad target " + from + ".." + to + " of " + words.size());
    }
  }

  /**
   * Normalises the tokens of one sentence and maps the target given in token indices.
   *
   * @param tokens the sentence's tokens, in order
   * @param first first token of the target
   * @param end just past the last token of the target
   */
  public static FeatureWords of(List<Token> tokens, int first, int end) {
    if (first < 0 || end <= first || end > tokens.size()) {
      throw new IllegalArgumentException("bad target " + first + ".." + end);
    }
    boolean titleCase = titleCase(tokens);
    List<String> words = new ArrayList<>(tokens.size() + 4);
    List<Boolean> names = new ArrayList<>(tokens.size() + 4);
    int from = -1;
    int to = -1;
    int i = 0;
    while (i < tokens.size()) {
      int code = codeEnd(tokens, i);
      if (code > i && (code <= first || i >= end)) {
        i = code;
        continue;
      }
      int groupEnd = hyphenGroupEnd(tokens, i);
      if (from < 0 && groupEnd > first) {
        from = words.size();
      }
      List<String> parts = groupWords(tokens, i, groupEnd);
      boolean name = i > 0 && !titleCase && looksLikeName(tokens.get(i).word());
      for (String part : parts) {
        if (part.equals("cent") && !words.isEmpty() && words.get(words.size() - 1).equals("per")) {
          words.set(words.size() - 1, "%");
          continue;
        }
        words.add(part);
        names.add(name && !part.equals("'s"));
      }
      i = groupEnd;
      if (to < 0 && i >= end) {
        to = Math.max(words.size(), from + 1);
      }
    }
    if (words.isEmpty() || from >= words.size()) {
      words.add(".");
      names.add(false);
      from = Math.min(from, words.size() - 1);
    }
    to = Math.min(to, words.size());
    if (to - from > 1 && words.get(to - 1).equals("'s")) {
      to--; // "Apple's" cut as one token: the possessive follows the target, as with PTB's tokens
    }
    return new FeatureWords(words, names, from, to);
  }

  /**
   * True for a headline in title case ("Micron Shares Tumble After Weak Guidance"): it capitalises
   * every word, so capitals then say nothing about names.
   */
  public static boolean titleCase(List<Token> tokens) {
    int words = 0;
    int capitalised = 0;
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= TITLE_MIN_WORDS && capitalised >= TITLE_SHARE * words;
  }

  // Past a Reuters code that PTB cut into glued pieces ("<", ".", "SPX", ">") starting at i, else i.
  private static int codeEnd(List<Token> tokens, int i) {
    if (!tokens.get(i).word().equals("<")) {
      return i;
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + MAX_CODE_TOKENS); j++) {
      if (tokens.get(j).begin() != tokens.get(j - 1).end()) {
        return i;
      }
      if (tokens.get(j).word().equals(">")) {
        return j + 1;
      }
    }
    return i;
  }

  // Tokens i.. glued by hyphens with no space ("sell" "-" "off") form one group.
  private static int hyphenGroupEnd(List<Token> tokens, int i) {
    int j = i + 1;
    while (j + 1 < tokens.size()
        && tokens.get(j).word().equals("-")
        && tokens.get(j - 1).end() == tokens.get(j).begin()
        && tokens.get(j).end() == tokens.get(j + 1).begin()
        && Character.isLetterOrDigit(tokens.get(j + 1).word().charAt(0))) {
      j += 2;
    }
    return j;
  }

  private static List<String> groupWords(List<Token> tokens, int from, int to) {
    if (to == from + 1) {
      return normalise(tokens.get(from).word());
    }
    StringBuilder joined = new StringBuilder();
    String clitic = null;
    for (int k = from; k < to; k += 2) {
      List<String> parts = normalise(tokens.get(k).word());
      joined.append(k > from ? "-" : "").append(parts.isEmpty() ? "" : parts.get(0));
      clitic = parts.size() > 1 ? parts.get(1) : null;
    }
    return clitic == null ? List.of(joined.toString()) : List.of(joined.toString(), clitic);
  }

  /** One raw token as zero, one or two feature words. */
  static List<String> normalise(String raw) {
    if (raw.length() > 2 && raw.startsWith("<") && raw.endsWith(">")) {
      return List.of();
    }
    String w = bracket(raw).replace('\u2019', '\'').replace('\u2018', '\'');
    if (w.indexOf('\uFFFD') >= 0) {
      w = LOST_APOSTROPHE.matcher(w).replaceAll("'");
    }
    w = SPACE.matcher(w).replaceAll("_").toLowerCase(Locale.ROOT);
    if (w.equals("``") || w.equals("''") || w.equals("\u201c") || w.equals("\u201d")) {
      return List.of("\"");
    }
    if (w.length() > 1 && w.endsWith(".") && Character.isLetter(w.charAt(w.length() - 2))) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.equals("percent") || w.equals("pct")) {
      return List.of("%");
    }
    if (NUMBER.matcher(w).matches()) {
      return List.of("<num>");
    }
    if (w.equals("s")) {
      return List.of("'s"); // PTB drops the U+FFFD of a lost apostrophe: "Carlyle", "s"
    }
    for (String clitic : CLITICS) {
      if (w.length() > clitic.length() && w.endsWith(clitic)) {
        return List.of(w.substring(0, w.length() - clitic.length()), clitic);
      }
    }
    if (w.length() > 3 && w.endsWith("n't")) {
      return List.of(w.substring(0, w.length() - 3), "n't");
    }
    return List.of(w);
  }

  private static String bracket(String raw) {
    return switch (raw) {
      case "-LRB-", "-lrb-" -> "(";
      case "-RRB-", "-rrb-" -> ")";
      case "-LSB-", "-lsb-" -> "[";
      case "-RSB-", "-rsb-" -> "]";
      case "-LCB-", "-lcb-" -> "{";
      case "-RCB-", "-rcb-" -> "}";
      default -> raw;
    };
  }

  private static boolean looksLikeName(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    int apostrophe = lower.indexOf('\'');
    String stem = apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
    return !NOT_NAMES.contains(stem.endsWith(".") ? stem.substring(0, stem.length() - 1) : stem);
  }

  public int size() {
    return words.size();
  }

  public String word(int i) {
    return words.get(i);
  }

  /** True when word {@code i} looks like a name and is not part of the target. */
  public boolean isOtherName(int i) {
    return nameLike.get(i) && (i < from || i >= to);
  }
}

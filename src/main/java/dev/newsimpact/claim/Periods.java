package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the period a move covers, as written: the time phrase attached to the move word ("on
 * Tuesday", "from April through June", "on its first trading day of Q3"), without its leading
 * preposition and article.
 */
final class Periods {

  private static final Set<String> TIME_WORDS =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years", "quarter",
          "quarters", "half", "session", "sessions", "trade", "trading", "morning", "afternoon",
          "evening", "today", "yesterday", "tonight", "overnight", "midday", "open", "close",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
          "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "q1", "q2", "q3", "q4", "h1", "h2",
          "ytd", "year-to-date", "listing", "debut", "ipo", "hours", "hour", "minutes", "decade",
          "period", "stretch", "streak", "date", "weekend", "2020s");

  /** What a move is measured from: "from its record high", "since its listing". */
  private static final Set<String> REFERENCE_POINTS =
      Set.of("high", "low", "peak", "close", "finish", "record", "level", "listing", "debut",
          "ipo", "bottom", "top", "trough");

  private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

  private static final Set<String> KEPT_PREPOSITIONS = Set.of("since", "until", "before", "after");

  private static final int MAX_PHRASE = 6;
  private static final Set<String> PHRASE_PREPOSITIONS =
      Set.of("in", "on", "for", "over", "during", "since");
  /** Words inside a time phrase before its time word: "the past five years", "its first half". */
  private static final Set<String> MODIFIERS =
      Set.of("the", "this", "last", "past", "its", "their", "first", "second", "third", "fourth",
          "previous", "prior", "latest", "same", "whole", "entire", "full", "straight",
          "consecutive", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "trading", "calendar", "fiscal", "a", "an", "one", "early", "late");

  private Periods() {}

  /** The period attached to any of {@code anchors}, or null. */
  static String find(DependencyTree tree, List<Integer> anchors, BitSet exclude) {
    List<Token> tokens = tree.sentence().tokens();
    for (int anchor : anchors) {
      for (Dependency child : tree.children(anchor)) {
        String relation = child.relation();
        boolean attachment = relation.startsWith("obl") || relation.startsWith("nmod")
            || relation.equals("advmod") || relation.equals("advcl:since");
        if (!attachment || relation.equals("nmod:poss") || exclude.get(child.dependent())) {
          continue;
        }
        Token head = tokens.get(child.dependent());
        boolean reference = relation.endsWith(":from") || relation.endsWith(":since")
            || relation.endsWith(":off") || relation.endsWith(":below")
            || relation.endsWith(":above") || relation.equals("advcl:since");
        if (!isTimeWord(head.word())
            && !(reference && REFERENCE_POINTS.contains(head.word().toLowerCase(Locale.ROOT)))
            && !relation.equals("advcl:since")) {
          continue;
        }
        BitSet span = tree.subtree(child.dependent(), exclude);
        return phrase(tree, span);
      }
    }
    return null;
  }

  /**
   * The period of a move read from the words: a time phrase right after the figure or the move word
   * that follows it ("up 2.4% this week", "more than 680% in 2021 thanks to ...", "39 percent
   * year-to-date", "2% lower on the day", "4% on the day, 17.7% for the year-to-date"); null when
   * none follows. The parse often hangs such phrases elsewhere or splits them.
   */
  static String afterFigure(Sentence sentence, Figure figure, int cue) {
    List<Token> tokens = sentence.tokens();
    int start = figure.last() + 1;
    if (cue == start) {
      start++; // "2% lower on the day"
    }
    start = afterLevel(tokens, start);
    return phraseAt(sentence, start, tokens.size());
  }

  /** True when the words from {@code start} to {@code end} are one time phrase ("on the day"). */
  static boolean spans(Sentence sentence, int start, int end) {
    return endOf(sentence.tokens(), start, end) == end;
  }

  /**
   * Past "to $67,450" or "at 38,120.5" after a figure ("climbed 4.2% to $67,450 over the weekend"),
   * where the period comes after the level the move reached.
   */
  private static int afterLevel(List<Token> tokens, int start) {
    if (start + 1 >= tokens.size()) {
      return start;
    }
    String word = tokens.get(start).word().toLowerCase(Locale.ROOT);
    if (!word.equals("to") && !word.equals("at")) {
      return start;
    }
    int i = start + 1;
    boolean number = false;
    while (i < tokens.size() && i <= start + 4) {
      Token t = tokens.get(i);
      if ("CD".equals(t.pos()) || FigureScanner.parseNumber(t.word()) != null) {
        number = true;
        i++;
      } else if (!number && t.word().matches("\\p{Sc}|[A-Z]{1,3}\\$|US\\$")) {
        i++; // the currency sign before the number
      } else {
        break;
      }
    }
    return number ? i : start;
  }

  /**
   * "On Monday, ...", "Over the last five years, ...": a time phrase and a comma opening the
   * sentence, which covers every move in it; null when the sentence opens otherwise.
   */
  static String fronted(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    for (int comma = 1; comma < tokens.size() && comma <= MAX_PHRASE; comma++) {
      if (tokens.get(comma).word().equals(",")) {
        String phrase = phraseAt(sentence, 0, comma);
        return phrase != null && endOf(tokens, 0, comma) == comma ? phrase : null;
      }
    }
    return null;
  }

  /**
   * A time phrase starting at {@code start}: an optional preposition ("in", "on", "for", "over",
   * "since", "so far"), determiners and modifiers, and time words or years, ending before {@code
   * limit}; null when the words there are no time phrase.
   */
  private static String phraseAt(Sentence sentence, int start, int limit) {
    List<Token> tokens = sentence.tokens();
    int end = endOf(tokens, start, limit);
    if (end <= start) {
      return null;
    }
    int first = start;
    while (first < end && isLeadingFunctionWord(tokens.get(first))) {
      first++;
    }
    if (first >= end) {
      return null;
    }
    return sentence.text().substring(tokens.get(first).begin() - sentence.begin(),
        tokens.get(end - 1).end() - sentence.begin());
  }

  /** Where the time phrase starting at {@code start} ends (exclusive), or {@code start} if none. */
  private static int endOf(List<Token> tokens, int start, int limit) {
    int i = start;
    if (i + 1 < limit && tokens.get(i).word().equalsIgnoreCase("so")
        && tokens.get(i + 1).word().equalsIgnoreCase("far")) {
      i += 2; // "so far this year"
    }
    if (i < limit && PHRASE_PREPOSITIONS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    int end = start;
    for (int j = i; j < limit && j < i + MAX_PHRASE; j++) {
      Token t = tokens.get(j);
      String lower = t.word().toLowerCase(Locale.ROOT);
      if (isTimeWord(lower)
          || end == j && end > start && t.pos() != null && t.pos().equals("CD")) {
        end = j + 1; // a time word, or the day after a month ("Jan. 4")
      } else if (end == j && leadsToDate(tokens, j, limit)) {
        while (!tokens.get(j).word().equalsIgnoreCase("date")) {
          j++; // "year-to-date", "year to date"
        }
        end = j + 1;
      } else if (end == j && lower.equals("of") && j + 1 < limit) {
        continue; // "first trading day of Q3", "the first half of 2026": the phrase goes on
      } else if (!(MODIFIERS.contains(lower) || t.pos() != null && t.pos().equals("CD"))) {
        break;
      }
    }
    return end;
  }

  /** True for the "to" and hyphens of "year-to-date" or "year to date" after "year". */
  private static boolean leadsToDate(List<Token> tokens, int at, int limit) {
    for (int j = at; j < limit && j < at + 4; j++) {
      String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
      if (w.equals("date")) {
        return j > at;
      }
      if (!w.equals("to") && !w.equals("-")) {
        return false;
      }
    }
    return false;
  }

  static boolean isTimeWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return TIME_WORDS.contains(lower) || YEAR.matcher(lower).matches();
  }

  private static String phrase(DependencyTree tree, BitSet span) {
    List<Token> tokens = tree.sentence().tokens();
    int first = span.nextSetBit(0);
    int last = span.length() - 1;
    while (first < last && isLeadingFunctionWord(tokens.get(first))) {
      first++;
    }
    for (int i = first + 1; i < last; i++) {
      String word = tokens.get(i).word();
      if (word.equalsIgnoreCase("as") && tokens.get(i + 1).word().equalsIgnoreCase("of")
          || word.equalsIgnoreCase("at") && "CD".equals(tokens.get(i + 1).pos())) {
        // "year-to-date as of Wednesday": the date of the reading; "from Friday at 38,160.51":
        // the level reached; neither is part of the period
        last = i - 1;
        break;
      }
    }
    while (last > first && isTrailingNoise(tokens.get(last))) {
      last--;
    }
    if (leadsToDate(tokens, last + 1, tokens.size())) {
      while (!tokens.get(last).word().equalsIgnoreCase("date")) {
        last++; // the parse keeps "year" of "year-to-date" apart from the rest
      }
    }
    String text = tree.sentence().text();
    int offset = tree.sentence().begin();
    return text.substring(tokens.get(first).begin() - offset, tokens.get(last).end() - offset);
  }

  /** Punctuation and adverbs such as "alone" that end a time phrase without belonging to it. */
  private static boolean isTrailingNoise(Token token) {
    String pos = token.pos() == null ? "" : token.pos();
    return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("RB");
  }

  private static boolean isLeadingFunctionWord(Token token) {
    String lower = token.word().toLowerCase(Locale.ROOT);
    if (KEPT_PREPOSITIONS.contains(lower)) {
      return false;
    }
    String pos = token.pos() == null ? "" : token.pos();
    return pos.equals("IN") || pos.equals("TO") || pos.equals("PRP$") || lower.equals("the")
        || lower.equals("a") || lower.equals("an");
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
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
            || relation.equals("advcl:since");
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
    while (last > first && isTrailingNoise(tokens.get(last))) {
      last--;
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

package dev.newsimpact.claim;

import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name written right before a move word, read from the words alone: "with Tata Motors up 2.5%",
 * "S&amp;P 500 e-minis were down 2.25 points", "Longfor Group, up by 7.98%", "Tower Semiconductor,
 * which agreed to sell itself to Intel, were down 4%". The parser often hangs such a clause off the
 * sentence's first verb, which gives it the first clause's subject; a name directly before the move
 * word, with nothing but auxiliaries, "shares" and the like between, is the better witness then.
 */
final class AdjacentSubjects {

  private static final int MAX_RELATIVE_CLAUSE = 25;
  /** Words that may stand between a name and its move word: "Apple shares were last up 2%". */
  private static final Set<String> BETWEEN =
      Set.of("shares", "share", "stock", "stocks", "'s", "\u2019s", "also", "last", "still", "now",
          "all", "both", "each", "further", "just", "already", "was", "were", "is", "are", "has",
          "have", "had", "been", "be", "closed", "ended", "finished", "traded", "trading", "settled",
          "opened", "which", "who", "that", "group", "holdings", "holding", "inc", "inc.", "corp",
          "corp.", "co", "co.", "ltd", "ltd.", "plc", "ag", "se", "sa", "nv", "limited", "company");
  private static final Set<String> COMPANY_SUFFIXES =
      Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "ag", "se", "sa",
          "nv", "group", "holdings");
  private static final Set<String> LEVEL_WORDS =
      Set.of("a", "an", "per", "barrel", "ounce", "tonne", "ton", "metric", "share", "yen", "won",
          "cents", "points", "pence", "rupees", "yuan");
  private static final Set<String> RELATIVE = Set.of("which", "who", "whose");
  /** Words that end one clause of a list of moves and start the next. */
  private static final Set<String> CLAUSE_JOINTS =
      Set.of(",", ";", "while", "whereas", "with", "but", "as", "after", "and");

  private AdjacentSubjects() {}

  /**
   * The mention ending right before the cue (or the figure, when the cue follows it), or null. A
   * comma may come right before a cue that describes ("JD.com, up 3.86%"), and a relative clause
   * between commas may come between ("X, which ..., fell 4%").
   */
  static Mention before(Sentence sentence, List<Mention> mentions, Cue cue, Figure figure) {
    List<Token> tokens = sentence.tokens();
    int limit = Math.min(cue.token(), figure.first());
    int i = limit - 1;
    if (i >= 0 && tokens.get(i).word().equals(",") && describes(tokens.get(limit))) {
      i = skipLevel(tokens, i - 1); // "Brent was last at $60.73, down 2.74%"
    }
    while (i >= 0) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      Mention ending = endingAt(sentence, mentions, i);
      if (ending == null && isProperNoun(tokens.get(i))) {
        // "Anta Sports up 2.5%" with only "Anta" linked: the name's unlinked last word
        ending = endingAt(sentence, mentions, i - 1);
      }
      if (ending != null) {
        return ending;
      }
      if (word.equals(",")) {
        int opening = relativeClauseStart(tokens, i);
        if (opening < 0) {
          return null;
        }
        i = opening - 1;
      } else if (BETWEEN.contains(word) || isInstrumentCode(tokens.get(i).word())) {
        i--;
      } else {
        return null;
      }
    }
    return null;
  }

  /**
   * The names listed right before {@code last}, joined to it by commas and "and" only: "GM and" in
   * "GM and Stellantis gained more than 1%", which the parse may hang elsewhere.
   */
  static List<Mention> listedBefore(Sentence sentence, List<Mention> mentions, Mention last) {
    List<Token> tokens = sentence.tokens();
    List<Mention> listed = new java.util.ArrayList<>();
    int i = last.firstToken() - 1;
    boolean joined = false;
    while (i >= 0) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      Mention ending = endingAt(sentence, mentions, i);
      if (ending != null && joined) {
        listed.add(0, ending);
        joined = false;
        i = ending.firstToken() - 1;
      } else if (word.equals(",") || word.equals("and")) {
        joined = true;
        i--;
      } else if (joined && COMPANY_SUFFIXES.contains(word)) {
        i--; // "Dollar General Corp and Dollar Tree"
      } else {
        break;
      }
    }
    return listed;
  }

  /**
   * True when {@code adjacent} should replace the subjects the parse found: there were none, or the
   * name stands in a "with" clause of its own, or every parsed subject lies after the figure, in an
   * earlier clause of the sentence ("the Nifty 50 rose 1.1%, with Tata Motors up 2.5%") or in a
   * relative clause between the name and its move word.
   */
  static boolean overrides(Sentence sentence, List<Mention> parsed, Mention adjacent,
      Figure figure) {
    if (parsed.isEmpty()) {
      return true;
    }
    List<Token> tokens = sentence.tokens();
    if (adjacent.firstToken() > 0
        && tokens.get(adjacent.firstToken() - 1).word().equalsIgnoreCase("with")) {
      return true;
    }
    for (Mention m : parsed) {
      if (m.sentence() != sentence.index()) {
        return false;
      }
      boolean after = m.firstToken() > figure.last();
      boolean earlierClause = m.endToken() <= adjacent.firstToken()
          && jointBetween(tokens, m.endToken(), adjacent.firstToken());
      // between the name and its move word only a relative clause can stand: "X, which agreed to
      // sell itself to Intel, were down 4%"
      boolean inserted = m.firstToken() >= adjacent.endToken() && m.endToken() <= figure.first();
      if (!after && !earlierClause && !inserted) {
        return false;
      }
    }
    return true;
  }

  private static boolean jointBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (CLAUSE_JOINTS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index before "at $60.73 a barrel" or "to 7,683.0" when {@code i} ends such a level, else
   * {@code i}.
   */
  private static int skipLevel(List<Token> tokens, int i) {
    int j = i;
    boolean number = false;
    while (j >= 0 && i - j < 6) {
      String word = tokens.get(j).word().toLowerCase(Locale.ROOT);
      if (word.equals("at") || word.equals("to")) {
        return number ? j - 1 : i;
      }
      if (FigureScanner.parseNumber(word) != null) {
        number = true;
      } else if (!LEVEL_WORDS.contains(word) && !word.matches("\\p{Sc}|[a-z]{0,3}\\$")) {
        return i;
      }
      j--;
    }
    return i;
  }

  /**
   * Reuters instrument codes left in a page's text: "Brent LCOc1", "the Dow .DJI", "spot gold
   * XAU=". They stand between a name and its move word without being either.
   */
  static boolean isInstrumentCode(String word) {
    return word.matches("\\.[A-Z0-9]{2,}|[A-Z0-9]{2,}c[0-9]|[A-Z0-9]*=[A-Z]*");
  }

  /** "up", "down", "higher" and participles describe the name before them, after a comma. */
  private static boolean describes(Token cue) {
    String word = cue.word().toLowerCase(Locale.ROOT);
    String pos = cue.pos() == null ? "" : cue.pos();
    return word.equals("up") || word.equals("down") || pos.equals("VBG")
        || RELATIVE.contains(word);
  }

  /** The index of the comma opening ", which ..." when {@code comma} closes it, else -1. */
  private static int relativeClauseStart(List<Token> tokens, int comma) {
    for (int i = comma - 1; i > 0 && i >= comma - MAX_RELATIVE_CLAUSE; i--) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (word.equals(",")) {
        return RELATIVE.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT)) ? i : -1;
      }
    }
    return -1;
  }

  private static boolean isProperNoun(Token token) {
    return token.pos() != null && token.pos().startsWith("NNP");
  }

  private static Mention endingAt(Sentence sentence, List<Mention> mentions, int token) {
    for (Mention mention : mentions) {
      if (mention.sentence() == sentence.index() && mention.endToken() == token + 1) {
        return mention;
      }
    }
    return null;
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.nlp.Token;
import java.util.List;
import java.util.Locale;

/** Reads the hedge written just before a figure: "as much as", "more than", "nearly", ... */
final class Hedges {

  private static final String[][] PHRASES = {
    {"as much as", "AS_MUCH_AS"}, {"as many as", "AS_MUCH_AS"}, {"up to", "AS_MUCH_AS"},
    {"at least", "AT_LEAST"}, {"more than", "MORE_THAN"}, {"in excess of", "MORE_THAN"},
    {"upwards of", "MORE_THAN"}, {"over", "MORE_THAN"}, {"above", "MORE_THAN"},
    {"exceeding", "MORE_THAN"}, {"north of", "MORE_THAN"}, {"less than", "LESS_THAN"},
    {"fewer than", "LESS_THAN"}, {"under", "LESS_THAN"}, {"below", "LESS_THAN"},
    {"just under", "NEARLY"}, {"close to", "NEARLY"}, {"nearly", "NEARLY"}, {"almost", "NEARLY"},
    {"just shy of", "NEARLY"}, {"about", "ABOUT"}, {"around", "ABOUT"}, {"roughly", "ABOUT"},
    {"approximately", "ABOUT"}, {"some", "ABOUT"}, {"an estimated", "ABOUT"}, {"circa", "ABOUT"},
    {"approx.", "ABOUT"}, {"c.", "ABOUT"}
  };

  private Hedges() {}

  /** The qualifier of the figure starting at token {@code first}, or null. */
  static Qualifier before(List<Token> tokens, int first) {
    StringBuilder window = new StringBuilder();
    for (int i = Math.max(0, first - 4); i < first; i++) {
      window.append(' ').append(tokens.get(i).word().toLowerCase(Locale.ROOT));
    }
    String text = window.toString();
    Qualifier best = null;
    int bestLength = 0;
    for (String[] phrase : PHRASES) {
      if (text.endsWith(" " + phrase[0]) && phrase[0].length() > bestLength) {
        best = Qualifier.valueOf(phrase[1]);
        bestLength = phrase[0].length();
      }
    }
    return best;
  }
}

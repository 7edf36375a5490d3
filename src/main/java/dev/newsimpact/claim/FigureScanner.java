package dev.newsimpact.claim;

import dev.newsimpact.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in a sentence from its words alone, so it can run before any tagging and decide which
 * sentences are worth parsing. Knows percent signs and words, index points, currency signs and codes,
 * scale words (billion, bn) and number words up to twenty.
 */
public final class FigureScanner {

  public static final String PERCENT = "percent";
  public static final String POINTS = "points";
  /** A bare number after "at" or "to": a level whose unit the security decides (index points). */
  public static final String LEVEL = "level";

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?");
  private static final Pattern GLUED_UNIT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([A-Za-z]{1,3})");

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
          Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
          Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20));

  /** Fractions of a whole, in percent: "a third", "a quarter", "half". */
  private static final Map<String, Double> FRACTIONS =
      Map.of("half", 50.0, "third", 100.0 / 3, "thirds", 100.0 / 3, "quarter", 25.0,
          "quarters", 25.0, "fifth", 20.0, "fifths", 20.0, "tenth", 10.0);

  private static final Map<String, Double> SCALES =
      Map.of(
          "thousand", 1e3, "million", 1e6, "mln", 1e6, "mn", 1e6, "m", 1e6, "billion", 1e9,
          "bln", 1e9, "bn", 1e9, "trillion", 1e12, "tn", 1e12);

  private static final Map<String, String> CURRENCY_SIGNS =
      Map.ofEntries(
          Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("€", "EUR"),
          Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("₩", "KRW"),
          Map.entry("HK$", "HKD"), Map.entry("A$", "AUD"), Map.entry("C$", "CAD"),
          Map.entry("S$", "SGD"), Map.entry("NT$", "TWD"), Map.entry("₹", "INR"),
          Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"), Map.entry("yen", "JPY"),
          Map.entry("won", "KRW"), Map.entry("euros", "EUR"), Map.entry("dollars", "USD"),
          Map.entry("pence", "GBX"), Map.entry("p", "GBX"), Map.entry("cents", "USD"),
          Map.entry("rupees", "INR"), Map.entry("yuan", "CNY"), Map.entry("paise", "INR"),
          Map.entry("paisa", "INR"));

  private static final List<String> CODES =
      List.of("USD", "EUR", "GBP", "JPY", "KRW", "HKD", "CNY", "TWD", "INR", "AUD", "CAD", "CHF",
          "SGD", "SEK", "NOK", "DKK", "BRL");

  private FigureScanner() {}

  /**
   * Every figure in the sentence, in token order, without overlaps. A range ("between 3.54% and
   * 4.37%", "20% to 27%", "7-11%") is one figure whose {@link Figure#to()} is its other end.
   */
  public static List<Figure> scan(List<Token> tokens) {
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Figure figure = figureAt(tokens, i);
      if (figure != null) {
        figures.add(figure);
        i = figure.last();
      }
    }
    return mergeRanges(tokens, figures);
  }

  private static List<Figure> mergeRanges(List<Token> tokens, List<Figure> figures) {
    List<Figure> merged = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      Figure figure = figures.get(i);
      if (i + 1 < figures.size()) {
        Figure next = figures.get(i + 1);
        String joint = next.first() == figure.last() + 2
            ? tokens.get(figure.last() + 1).word().toLowerCase(Locale.ROOT) : "";
        boolean between = figure.first() > 0
            && tokens.get(figure.first() - 1).word().equalsIgnoreCase("between") && joint.equals("and");
        boolean span = joint.equals("to") || joint.equals("-") || joint.equals("–");
        if ((between || span) && next.unit().equals(figure.unit()) && !figure.isLevel()
            && next.value() >= figure.value()) {
          merged.add(figure.toRange(next, next.last()));
          i++;
          continue;
        }
      }
      merged.add(figure);
    }
    return merged;
  }

  /** True when the sentence holds a figure with a unit that can carry a price move or level. */
  public static boolean hasFigure(List<Token> tokens) {
    return !scan(tokens).isEmpty();
  }

  private static Figure figureAt(List<Token> tokens, int i) {
    Figure fraction = fractionOfValue(tokens, i);
    if (fraction != null) {
      return fraction;
    }
    String word = tokens.get(i).word();
    Double number = parseNumber(word);
    String currency = null;
    int first = i;
    if (number == null && CURRENCY_SIGNS.containsKey(word) && !isWordCurrency(word)
        && i + 1 < tokens.size()) {
      number = parseNumber(tokens.get(i + 1).word());
      if (number == null) {
        return null;
      }
      currency = CURRENCY_SIGNS.get(word);
      i++;
    } else if (number == null && CODES.contains(word) && i + 1 < tokens.size()) {
      number = parseNumber(tokens.get(i + 1).word());
      if (number == null) {
        return null;
      }
      currency = word;
      i++;
    }
    if (number == null) {
      Matcher glued = GLUED_UNIT.matcher(word);
      if (glued.matches() && !isOrdinalOrQuarter(glued.group(2))) {
        double value = Double.parseDouble(glued.group(1));
        String unit = glued.group(2);
        Double scale = SCALES.get(unit.toLowerCase(Locale.ROOT));
        if (scale != null) {
          return currency == null ? null : new Figure(value * scale, currency, first, i, i, null, true);
        }
        if (unit.equalsIgnoreCase("pc") || unit.equalsIgnoreCase("pct")) {
          unit = PERCENT; // "rose 3.4pc", as British papers write it
        }
        return new Figure(value, unit, first, i, i);
      }
      return null;
    }
    int numberIndex = i;
    int last = i;
    double value = number;
    if (last + 1 < tokens.size()) {
      Double scale = SCALES.get(tokens.get(last + 1).word().toLowerCase(Locale.ROOT));
      if (scale != null && !(scale == 1e6 && tokens.get(last + 1).word().equals("m") && currency == null)) {
        value *= scale;
        last++;
      }
    }
    if (currency != null) {
      return new Figure(value, currency, first, last, numberIndex, null, last > numberIndex);
    }
    Figure unitless = bareLevel(tokens, first, last, numberIndex, value);
    if (last + 1 < tokens.size()) {
      String next = tokens.get(last + 1).word();
      String lower = next.toLowerCase(Locale.ROOT);
      if (next.equals("%") || lower.equals("percent") || lower.equals("pct") || lower.equals("pc")) {
        return new Figure(value, PERCENT, first, last + 1, numberIndex);
      }
      if (lower.equals("per") && last + 2 < tokens.size()
          && tokens.get(last + 2).word().equalsIgnoreCase("cent")) {
        return new Figure(value, PERCENT, first, last + 2, numberIndex);
      }
      if (lower.equals("points") || lower.equals("point") || lower.equals("pts")) {
        return new Figure(value, POINTS, first, last + 1, numberIndex);
      }
      if (CODES.contains(next)) {
        return new Figure(value, next, first, last + 1, numberIndex);
      }
      String trailing = CURRENCY_SIGNS.get(lower);
      if (trailing != null && isWordCurrency(lower)) {
        // hundredths: "62 cents" is 0.62 USD, "12 paise" 0.12 INR (pence keep their own code, GBX)
        double scaled = lower.equals("cents") || lower.equals("pence") || lower.equals("p")
            || lower.equals("paise") || lower.equals("paisa") ? value / 100 : value;
        String unit = lower.equals("cents") ? "USD" : trailing;
        if (lower.equals("pence") || lower.equals("p")) {
          return new Figure(value, "GBX", first, last + 1, numberIndex);
        }
        return new Figure(scaled, unit, first, last + 1, numberIndex);
      }
    }
    return unitless;
  }

  /**
   * "a third of its value", "half its market value", "two-thirds of their worth": a fraction of what
   * a security is worth, as a percentage (a third is 33.33%). Only of value, worth or market
   * capitalisation: "a third of revenue" is no move.
   */
  private static Figure fractionOfValue(List<Token> tokens, int i) {
    String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
    int at = i;
    double count = 1;
    if (word.equals("a") || word.equals("one")) {
      at++;
    } else if (NUMBER_WORDS.containsKey(word) && NUMBER_WORDS.get(word) <= 4) {
      count = NUMBER_WORDS.get(word);
      at++;
    } else if (word.contains("-")) {
      String[] parts = word.split("-", 2); // "two-thirds"
      Integer n = NUMBER_WORDS.get(parts[0]);
      Double part = FRACTIONS.get(parts[1]);
      return n == null || part == null || !ofValue(tokens, i + 1) ? null
          : new Figure(round2(n * part), PERCENT, i, i, i);
    }
    if (at + 1 < tokens.size() && at > i && tokens.get(at).word().equals("-")) {
      at++; // "two - thirds" as the tokenizer may split it
    }
    if (at >= tokens.size()) {
      return null;
    }
    Double part = FRACTIONS.get(tokens.get(at).word().toLowerCase(Locale.ROOT));
    if (part == null || at == i && !word.equals("half")) {
      return null;
    }
    if (at == i + 1 && tokens.get(at).word().equalsIgnoreCase("half") && !word.equals("a")) {
      return null; // "one half" is rare; "first half" is a period
    }
    return ofValue(tokens, at + 1) ? new Figure(round2(count * part), PERCENT, i, at, at) : null;
  }

  /** True when the words from {@code at} read "of its value", "its market value", "of their worth". */
  private static boolean ofValue(List<Token> tokens, int at) {
    int j = at;
    if (j < tokens.size() && tokens.get(j).word().equalsIgnoreCase("of")) {
      j++;
    }
    for (int k = j; k < tokens.size() && k <= j + 3; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("value") || w.equals("worth") || w.equals("capitalization")
          || w.equals("capitalisation") || w.equals("cap")) {
        return true;
      }
      if (!(w.equals("its") || w.equals("their") || w.equals("the") || w.equals("market")
          || w.equals("company's") || w.equals("'s") || w.equals("stock") || w.equals("share"))) {
        return false;
      }
    }
    return false;
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /**
   * A level written as a bare number after "at" or "to" ("closed at 38,120.5"): only numbers that
   * look like levels (a thousands comma, a decimal point, or at least 100) count.
   */
  private static Figure bareLevel(List<Token> tokens, int first, int last, int number, double value) {
    if (first == 0 || last != number) {
      return null;
    }
    String before = tokens.get(first - 1).word().toLowerCase(Locale.ROOT);
    String word = tokens.get(number).word();
    boolean levelLike = word.contains(",") || word.contains(".") || value >= 100;
    boolean year = word.length() == 4 && value >= 1900 && value <= 2100;
    if ((before.equals("at") || before.equals("to")) && levelLike && !year) {
      return new Figure(value, LEVEL, first, last, number);
    }
    return null;
  }

  private static boolean isWordCurrency(String word) {
    return Character.isLetter(word.charAt(0)) && !word.startsWith("Rs");
  }

  private static boolean isOrdinalOrQuarter(String suffix) {
    String lower = suffix.toLowerCase(Locale.ROOT);
    return lower.equals("st") || lower.equals("nd") || lower.equals("rd") || lower.equals("th")
        || lower.equals("s") || lower.equals("am") || lower.equals("pm") || lower.equals("d")
        || lower.equals("x") || lower.equals("k");
  }

  /** The number a token spells, or null: "8.3", "38,120.5", "two". */
  static Double parseNumber(String word) {
    if (NUMBER.matcher(word).matches()) {
      return Double.parseDouble(word.replace(",", ""));
    }
    Integer spelled = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
    return spelled == null ? null : spelled.doubleValue();
  }
}

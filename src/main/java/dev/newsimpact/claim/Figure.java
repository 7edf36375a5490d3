package dev.newsimpact.claim;

/**
 * A number with its unit as written in one sentence: "8.3%", "412 points", "$3.10", "$130 billion",
 * "5GW".
 *
 * @param value the magnitude, unsigned, with multipliers applied (130 billion = 1.3E11)
 * @param unit percent, points, an ISO 4217 code, or a unit word glued to the number (GW)
 * @param first index of the figure's first token (a currency sign, or the number)
 * @param last index of its last token (the % sign, "points", "billion", the number)
 * @param number index of the token holding the digits
 * @param to the other end of a range ("between 3.54% and 4.37%", "20% to 27%"), or null
 * @param scaled true when a scale word multiplied the number ("$130 billion"): such amounts are
 *     values of companies or budgets, never share prices
 */
public record Figure(double value, String unit, int first, int last, int number, Double to,
    boolean scaled) {

  public Figure(double value, String unit, int first, int last, int number) {
    this(value, unit, first, last, number, null, false);
  }

  /** This figure extended to the end of a range written up to token {@code last}. */
  Figure toRange(Figure end, int lastToken) {
    return new Figure(value, unit, first, lastToken, number, end.value(), scaled);
  }

  public boolean isPercent() {
    return unit.equals(FigureScanner.PERCENT);
  }

  /** A bare number after "at" or "to", in the unit of whatever it is a level of. */
  public boolean isLevel() {
    return unit.equals(FigureScanner.LEVEL);
  }



  public boolean contains(int index) {
    return index >= first && index <= last;
  }
}

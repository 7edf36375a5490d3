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
 */
public record Figure(double value, String unit, int first, int last, int number) {

  public boolean isPercent() {
    return unit.equals(FigureScanner.PERCENT);
  }

  /** A bare number after "at" or "to", in the unit of whatever it is a level of. */
  public boolean isLevel() {
    return unit.equals(FigureScanner.LEVEL);
  }

  public boolean isPoints() {
    return unit.equals(FigureScanner.POINTS);
  }

  /** True for a currency amount (ISO 4217 code). */
  public boolean isCurrency() {
    return unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
  }

  public boolean contains(int index) {
    return index >= first && index <= last;
  }
}

package dev.newsimpact.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Set;

/**
 * One price move an annotator found in a development passage.
 *
 * @param entity the security as written ("Shares of the chipmaker" names it "the chipmaker"), for
 *     people reading errors; never scored
 * @param ticker Yahoo-style symbol (000660.KS, ^GSPC, BZ=F)
 * @param value the signed figure as written (-14 for "plunging 14%")
 * @param valueTo the other end when the text gives a range shared by several names ("fell between 7%
 *     and 11%": value -7, valueTo -11); null otherwise. Any value inside the range is right.
 * @param unit percent, points, or an ISO 4217 code (USD)
 * @param qualifier as_much_as, more_than, less_than, about, nearly, at_least, or null
 * @param period the time the move covers as written ("on Tuesday"), or null
 * @param note the annotator's remark, or null
 */
public record ExpectedMove(
    String entity,
    String ticker,
    double value,
    Double valueTo,
    String unit,
    String qualifier,
    String period,
    String note) {

  /** The qualifier names the schema allows. */
  public static final Set<String> QUALIFIERS =
      Set.of("as_much_as", "more_than", "less_than", "about", "nearly", "at_least");

  public ExpectedMove {
    ticker = requireText(ticker, "ticker");
    unit = requireText(unit, "unit");
    if (!Double.isFinite(value) || (valueTo != null && !Double.isFinite(valueTo))) {
      throw new IllegalArgumentException("value must be finite: " + ticker);
    }
    if (qualifier != null && !QUALIFIERS.contains(qualifier)) {
      throw new IllegalArgumentException("unknown qualifier '" + qualifier + "' for " + ticker);
    }
  }

  /** A move with only the scored fields. */
  public static ExpectedMove of(String ticker, double value, String unit) {
    return new ExpectedMove(null, ticker, value, null, unit, null, null, null);
  }

  /** Returns a copy with the given qualifier and period. */
  public ExpectedMove with(String newQualifier, String newPeriod) {
    return new ExpectedMove(entity, ticker, value, valueTo, unit, newQualifier, newPeriod, note);
  }

  /** Returns a copy that accepts any value from {@code value} to {@code to}. */
  public ExpectedMove toValue(double to) {
    return new ExpectedMove(entity, ticker, value, to, unit, qualifier, period, note);
  }

  /** The lower end of the accepted values, before tolerance. */
  public double low() {
    return valueTo == null ? value : Math.min(value, valueTo);
  }

  /** The upper end of the accepted values, before tolerance. */
  public double high() {
    return valueTo == null ? value : Math.max(value, valueTo);
  }

  /** Whether {@code candidate} lies within {@code tolerance} of the value or the range. */
  public boolean acceptsValue(double candidate, double tolerance) {
    return candidate >= low() - tolerance && candidate <= high() + tolerance;
  }

  // Jackson goes through this factory so that a missing "value" fails instead of reading as 0.
  @JsonCreator
  static ExpectedMove fromJson(
      @JsonProperty("entity") String entity,
      @JsonProperty("ticker") String ticker,
      @JsonProperty("value") Double value,
      @JsonProperty("value_to") Double valueTo,
      @JsonProperty("unit") String unit,
      @JsonProperty("qualifier") String qualifier,
      @JsonProperty("period") String period,
      @JsonProperty("note") String note) {
    Objects.requireNonNull(value, () -> "value is missing for " + ticker);
    return new ExpectedMove(entity, ticker, value, valueTo, unit, qualifier, period, note);
  }

  static String requireText(String s, String name) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(name + " is missing");
    }
    return s.strip();
  }
}

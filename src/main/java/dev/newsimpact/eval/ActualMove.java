package dev.newsimpact.eval;

/**
 * One price move the pipeline reported, reduced to what the claim scorer compares.
 *
 * @param ticker Yahoo-style symbol
 * @param value the signed figure
 * @param unit percent, points, or an ISO 4217 code
 * @param qualifier the schema's qualifier name, or null
 * @param period the period as the pipeline wrote it, or null
 */
public record ActualMove(String ticker, double value, String unit, String qualifier, String period) {

  public ActualMove {
    ticker = ExpectedMove.requireText(ticker, "ticker");
    unit = ExpectedMove.requireText(unit, "unit");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + ticker);
    }
  }

  /** A move without qualifier or period. */
  public static ActualMove of(String ticker, double value, String unit) {
    return new ActualMove(ticker, value, unit, null, null);
  }
}

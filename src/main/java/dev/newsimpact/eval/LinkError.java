package dev.newsimpact.eval;

import java.util.List;

/**
 * A gold link the linker got wrong.
 *
 * @param passageId the passage it comes from
 * @param gold the gold link
 * @param kind MISSED when no predicted mention overlaps the gold span, WRONG_TICKER when some do but
 *     none has the gold ticker
 * @param predictedTickers the tickers of the overlapping predicted mentions, in their order
 */
public record LinkError(String passageId, GoldLink gold, Kind kind, List<String> predictedTickers) {

  /** What went wrong. */
  public enum Kind {
    MISSED,
    WRONG_TICKER
  }

  public LinkError {
    predictedTickers = List.copyOf(predictedTickers);
  }

  /** One line for a report. */
  public String describe() {
    return passageId + " " + kind + " '" + gold.text() + "' expected " + gold.ticker()
        + (predictedTickers.isEmpty() ? "" : " got " + String.join(",", predictedTickers));
  }
}

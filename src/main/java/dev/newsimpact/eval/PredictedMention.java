package dev.newsimpact.eval;

/**
 * One mention the linker found, reduced to what the link scorer compares.
 *
 * @param start offset in the passage text (UTF-16 units)
 * @param end offset just past the mention
 * @param ticker the Yahoo-style symbol it was linked to
 */
public record PredictedMention(int start, int end, String ticker) {

  public PredictedMention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    ticker = ExpectedMove.requireText(ticker, "ticker");
  }

  boolean overlaps(GoldLink link) {
    return start < link.end() && link.start() < end;
  }
}

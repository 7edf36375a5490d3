package dev.newsimpact.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entity mention of the linking set and the security it names.
 *
 * @param start offset of the mention in the passage text (UTF-16 units, as Java strings count)
 * @param end offset just past the mention
 * @param text the mention as written
 * @param ric the Reuters instrument code that followed the mention in the source
 * @param ticker the Yahoo-style symbol for that code, or null when it has none (not scored)
 */
@JsonPropertyOrder({"start", "end", "text", "ric", "ticker"})
public record GoldLink(int start, int end, String text, String ric, String ticker) {

  public GoldLink {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    text = ExpectedMove.requireText(text, "text");
    ric = ExpectedMove.requireText(ric, "ric");
  }
}

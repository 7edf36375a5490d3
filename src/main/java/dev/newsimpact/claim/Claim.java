package dev.newsimpact.claim;

import dev.newsimpact.ticker.Mention;
import java.util.Objects;

/**
 * One figure the article claims about one security.
 *
 * @param type price_move, price_level or figure
 * @param metric what the figure measures: price for moves and levels, revenue, capital_expenditure...
 *     for figures
 * @param value the figure, signed for moves (-14 for a 14% fall); for a range, its first end
 * @param valueTo the other end of a range ("fell between 3.54% and 4.37%"), signed, or null
 * @param unit percent, points, an ISO 4217 code, or another unit word (GW)
 * @param direction up, down or flat for moves; null for figures
 * @param qualifier the hedge, or null
 * @param period the time the figure covers as written, or null
 * @param text the words of the claim, from the subject to the figure
 * @param entity the mention the claim is about; for "the fund" or "it", the antecedent's mention
 * @param sentence index of the sentence that makes the claim
 * @param group claims that come from one figure phrase ("fell $3.10, or 5.2%") share a group id
 */
public record Claim(
    ClaimType type,
    String metric,
    double value,
    Double valueTo,
    String unit,
    Direction direction,
    Qualifier qualifier,
    String period,
    String text,
    Mention entity,
    int sentence,
    int group) {

  /** A claim whose figure is a single value, not a range. */
  public Claim(ClaimType type, String metric, double value, String unit, Direction direction,
      Qualifier qualifier, String period, String text, Mention entity, int sentence, int group) {
    this(type, metric, value, null, unit, direction, qualifier, period, text, entity, sentence,
        group);
  }

  public Claim {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entity, "entity");
  }
}

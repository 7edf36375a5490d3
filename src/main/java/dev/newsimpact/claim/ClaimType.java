package dev.newsimpact.claim;

import java.util.Locale;

/** What a claim's figure is: a change of price, a price level, or another figure about the entity. */
public enum ClaimType {
  PRICE_MOVE,
  PRICE_LEVEL,
  FIGURE;

  public String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.newsimpact.ticker;

import java.util.Locale;

/** What kind of instrument a security is; the names match the output schema's {@code entity.kind}. */
public enum SecurityKind {
  EQUITY,
  ETF,
  FUND,
  INDEX,
  CRYPTO,
  COMMODITY,
  CURRENCY,
  BOND,
  OTHER;

  /** The schema name, e.g. {@code etf}. */
  public String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

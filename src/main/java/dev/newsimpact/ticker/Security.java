package dev.newsimpact.ticker;

import java.util.Objects;

/**
 * One security of the ticker universe.
 *
 * @param ticker Yahoo Finance style symbol: MU, 000660.KS, 7203.T, ^KS11, BTC-USD, GC=F
 * @param name the security's everyday name, e.g. "Micron Technology"
 * @param kind equity, etf, index, ...
 * @param mic ISO 10383 MIC of the primary listing, or null for indices, coins and futures
 * @param country issuer country, or null
 */
public record Security(String ticker, String name, SecurityKind kind, String mic, String country) {

  public Security {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}

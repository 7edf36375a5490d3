package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Non-US equities from FinanceDatabase's equity table, with Yahoo-style symbols. Keeps rows on the
 * primary venues of {@link Markets}; a company listed outside its home market keeps its symbol but
 * its names weigh half, so "Samsung Electronics" finds 005930.KS rather than a London GDR.
 */
final class FinanceDatabaseListings {

  private static final Map<String, Double> SIZE = Map.of(
      "Mega Cap", 1.0, "Large Cap", 0.8, "Mid Cap", 0.6, "Small Cap", 0.4, "Micro Cap", 0.25,
      "Nano Cap", 0.15);

  private FinanceDatabaseListings() {}

  /**
   * KRX codes end in 0 for common shares; 5, 7 or 9 mark preferred shares of the company whose
   * code ends in 0 (005935 is Samsung Electronics' preferred share, 005930 its common share).
   */
  static boolean isKoreanPreferred(String symbol, Map<String, Draft> drafts) {
    if (!symbol.matches("\\d{5}[1-9]\\.K[SQ]")) {
      return false;
    }
    String common = symbol.substring(0, 5) + "0" + symbol.substring(6);
    return drafts.containsKey(common) || drafts.containsKey(common.replace(".KS", ".KQ"));
  }

  /** Reads the table; returns ISIN to ticker for the home listings, for joining other sources. */
  static Map<String, String> read(Path sources, Map<String, Draft> drafts) throws IOException {
    Map<String, String> byIsin = new HashMap<>();
    for (Map<String, String> row : Csv.read(sources.resolve("financedatabase/equities_nosummary.csv"))) {
      String symbol = row.get("symbol");
      Markets.Market market = Markets.ofSymbol(symbol);
      String name = row.get("name");
      if (market == null || "True".equals(row.get("delisted")) || name == null || name.isBlank()
          || (row.get("sector").isBlank() && row.get("market_cap").isBlank())
          || drafts.containsKey(symbol)) {
        continue;
      }
      Draft d = new Draft(symbol, SecurityKind.EQUITY);
      String country = row.get("country");
      d.mic = market.mic();
      d.country = country.isBlank() ? market.country() : country;
      d.size = SIZE.getOrDefault(row.get("market_cap"), 0.2);
      d.secondary = !Markets.isHome(market, country);
      if (d.secondary && Markets.isCoveredCountry(country)) {
        continue;
      }
      if (d.secondary) {
        d.aliasWeight = 0.5;
      } else if ("XBOM".equals(market.mic())) {
        d.aliasWeight = 0.7;
      } else if (isKoreanPreferred(symbol, drafts)) {
        d.secondary = true;
        d.aliasWeight = 0.3;
      }
      d.offerCompanyName(name, 3);
      d.addNameAliases(name, Draft.Origin.NAME);
      drafts.put(symbol, d);
      String isin = row.get("isin");
      if (!isin.isBlank() && !d.secondary) {
        byIsin.merge(isin, symbol, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    return byIsin;
  }
}

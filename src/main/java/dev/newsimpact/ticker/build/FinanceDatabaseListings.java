package dev.newsimpact.ticker.build;

import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.file.Path;
import dev.newsimpact.ticker.AliasKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Non-US equities from FinanceDatabase's equity table, with Yahoo-style symbols. Keeps rows on the
 * primary venues of {@link Markets}. A listing outside the issuer's home market is dropped when the
 * home listing is present and otherwise kept with half weight, so "Samsung Electronics" finds
 * 005930.KS rather than a London GDR while Rio Tinto's Sydney line stays.
 */
final class FinanceDatabaseListings {

  /** London "0ABC" codes are its international order book, ".TO" "-PF" symbols preferreds,
   * symbols made of an ISIN (FR0000140022.PA) duplicates of the real line, and ASX codes longer
   * than the three characters of an ordinary share hybrids and notes (CBAPD.AX, WBCPE.AX), which
   * carry the bank's full name and would tie with its shares. */
  private static final Pattern NOT_SHARES =
      Pattern.compile("0[A-Z0-9]{3}\\.L|.*-P[A-Z]?[A-Z]?\\.(TO|V)|[A-Z]{2}[A-Z0-9]{9}[0-9]\\..*"
          + "|[A-Z0-9]{5,}\\.AX");
  /** Preferred shares by name; "Pref" alone is not trusted (the source labels BMW.DE so). */
  private static final Pattern PREFERRED_NAME = Pattern.compile("(?i).*\\b(preferred|pfd)\\b.*");

  /** Delisted companies this big stay: news of their time names them. */
  private static final Set<String> BIG = Set.of("Mega Cap", "Large Cap", "Mid Cap");

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

  /**
   * Reads the table; returns ISIN to ticker for the home listings, for joining other sources. One
   * pass over 69,000 rows with the row filters inline, hence its length; listings abroad wait for
   * the pass to end because only then is it known whether their home listing exists.
   */
  static Map<String, String> read(Path sources, Map<String, Draft> drafts) throws IOException {
    Map<String, String> byIsin = new HashMap<>();
    List<Draft> abroad = new ArrayList<>();
    Set<String> homeNames = new HashSet<>();
    for (Map<String, String> row : Csv.read(sources.resolve("financedatabase/equities_nosummary.csv"))) {
      String symbol = row.get("symbol");
      Markets.Market market = Markets.ofSymbol(symbol);
      String name = row.get("name");
      boolean delisted = "True".equals(row.get("delisted"));
      if (market == null || (delisted && !BIG.contains(row.get("market_cap"))) || name == null
          || name.isBlank()
          || (row.get("sector").isBlank() && row.get("market_cap").isBlank())
          || drafts.containsKey(symbol) || NOT_SHARES.matcher(symbol).matches()
          || PREFERRED_NAME.matcher(name).matches()) {
        continue;
      }
      Draft d = new Draft(symbol, SecurityKind.EQUITY);
      String country = row.get("country");
      d.mic = market.mic();
      d.country = country.isBlank() ? market.country() : country;
      d.size = SIZE.getOrDefault(row.get("market_cap"), 0.2);
      d.secondary = !Markets.isHome(market, country);
      if (delisted) {
        // news archives still name Credit Suisse and Deliveroo; a live namesake outweighs them
        d.aliasWeight = 0.5;
        d.delisted = true;
      }
      d.offerCompanyName(name, 3);
      d.addNameAliases(name, Draft.Origin.NAME);
      if (d.secondary) {
        d.aliasWeight *= 0.5;
        abroad.add(d);
        continue;
      }
      if ("XBOM".equals(market.mic())) {
        d.aliasWeight *= 0.7;
      } else if (isKoreanPreferred(symbol, drafts)) {
        d.secondary = true;
        d.aliasWeight = 0.3;
      }
      drafts.put(symbol, d);
      homeNames.add(AliasKeys.key(d.name));
      String isin = row.get("isin");
      if (!isin.isBlank()) {
        byIsin.merge(isin, symbol, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    for (Draft d : abroad) {
      // A listing outside the issuer's home market adds nothing when the home listing is here
      // (Apple in Mexico City); it stays when it is the company's main market (Rio Tinto in Sydney).
      if (!homeNames.contains(AliasKeys.key(d.name)) && !"United States".equals(d.country)) {
        drafts.put(d.ticker, d);
      }
    }
    return byIsin;
  }

}

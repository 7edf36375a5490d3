package dev.newsimpact.ticker.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsimpact.ticker.AliasKeys;
import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * US exchange listings: the SEC's company tickers (registrant names, ordered roughly by market value,
 * which gives the size prior), NASDAQ Trader's symbol directories (current names, ETF flag, every
 * exchange-listed ETF) and the S&amp;P 500 list (the short names news uses). OTC symbols are left
 * out: they are not exchange listings and their names are mostly shells and foreign duplicates.
 */
final class UsListings {

  private static final Pattern NOT_COMMON = Pattern.compile(
      "(?i).*\\b(warrants?|rights?|units?|preferred|notes due|debentures?|subordinated|"
          + "%|depositary shares representing|trust preferred|cumulative|when issued|contingent)\\b.*");
  private static final Pattern DEPOSITARY = Pattern.compile(
      "(?i).*\\b(american depositary|depositary shares|depositary receipts?|ADS|ADR)\\b.*");

  private UsListings() {}

  static void read(Path sources, Map<String, Draft> drafts) throws IOException {
    Set<String> rejected = new HashSet<>();
    readNasdaq(sources.resolve("nasdaqtrader/nasdaq-listed-symbols.csv"), drafts, true, rejected);
    readNasdaq(sources.resolve("nasdaqtrader/other-listed.csv"), drafts, false, rejected);
    readSec(sources.resolve("sec_company_tickers/company_tickers_exchange.json"), drafts, rejected);
    readSp500(sources.resolve("sp500/constituents.csv"), drafts);
  }

  private static void readNasdaq(Path file, Map<String, Draft> drafts, boolean nasdaq,
      Set<String> rejected) throws IOException {
    for (Map<String, String> row : Csv.read(file)) {
      String symbol = nasdaq ? row.get("Symbol") : row.get("ACT Symbol");
      String security = row.getOrDefault("Security Name", "");
      if (symbol == null || symbol.isBlank() || "Y".equals(row.get("Test Issue"))
          || symbol.contains("$") || NOT_COMMON.matcher(security).matches()) {
        if (symbol != null && !symbol.isBlank()) {
          rejected.add(yahoo(symbol)); // a preferred or warrant the SEC file lists as a bare ticker
        }
        continue;
      }
      String mic = nasdaq ? "XNAS" : otherMic(row.get("Exchange"));
      if (mic == null) {
        continue;
      }
      boolean etf = "Y".equals(row.get("ETF"));
      String ticker = yahoo(symbol);
      Draft d = drafts.computeIfAbsent(ticker, t -> new Draft(t, SecurityKind.EQUITY));
      d.kind = etf ? SecurityKind.ETF : SecurityKind.EQUITY;
      d.mic = mic;
      d.country = "United States";
      d.size = Math.max(d.size, etf ? 0.45 : 0.3);
      // other-listed.csv cuts "Company Name" at a hyphen ("Cleveland" for Cleveland-Cliffs): use the
      // security name there, which carries the full name before "Common Stock".
      String raw = nasdaq ? row.getOrDefault("Company Name", security) : security;
      String company = Names.tidy(raw);
      if (DEPOSITARY.matcher(security).matches()) {
        d.depositary = true;
        d.country = null;
      }
      d.offerCompanyName(company, 3);
      d.addNameAliases(raw, Draft.Origin.NAME);
    }
  }

  private static String otherMic(String exchange) {
    switch (exchange == null ? "" : exchange) {
      case "N":
        return "XNYS";
      case "A":
        return "XASE";
      case "P":
        return "ARCX";
      case "Z":
        return "BATS";
      case "V":
        return "IEXG";
      default:
        return null;
    }
  }

  private static void readSec(Path file, Map<String, Draft> drafts, Set<String> rejected)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    int rank = 0;
    for (JsonNode row : root.get("data")) {
      rank++;
      String exchange = row.get(3).isNull() ? "" : row.get(3).asText();
      String mic = "Nasdaq".equals(exchange) ? "XNAS" : "NYSE".equals(exchange) ? "XNYS"
          : "CBOE".equals(exchange) ? "BATS" : null;
      if (mic == null) {
        continue;
      }
      String ticker = yahoo(row.get(2).asText());
      Draft d = drafts.get(ticker);
      if (d == null && (ticker.contains("-") || rejected.contains(ticker))) {
        continue; // preferred shares, warrants and units: NASDAQ Trader lists the share classes we keep
      }
      if (d == null) {
        d = new Draft(ticker, SecurityKind.EQUITY);
        d.mic = mic;
        d.country = "United States";
        drafts.put(ticker, d);
      }
      String name = row.get(1).asText();
      if (d.name != null && !sameFirstWord(d.name, Names.tidy(name))) {
        continue; // an ETN or fund filed under its issuer's name (iPath ETNs under "Barclays Bank")
      }
      d.size = Math.max(d.size, sizeFromRank(rank));
      d.offerCompanyName(name, 4);
      d.addNameAliases(name, Draft.Origin.NAME);
    }
  }

  private static boolean sameFirstWord(String a, String b) {
    String fa = AliasKeys.key(a.split(" ")[0]);
    String fb = AliasKeys.key(b.split(" ")[0]);
    return fa.equals(fb) || fa.startsWith(fb) || fb.startsWith(fa);
  }

  /** Rank 30 or better counts as the very largest; every tenfold rank costs a quarter. */
  static double sizeFromRank(int rank) {
    double s = 1.0 - 0.25 * Math.log10(Math.max(1.0, rank / 30.0));
    return Math.max(0.1, Math.min(1.0, s));
  }

  private static void readSp500(Path file, Map<String, Draft> drafts) throws IOException {
    for (Map<String, String> row : Csv.read(file)) {
      Draft d = drafts.get(yahoo(row.get("Symbol")));
      if (d == null) {
        continue;
      }
      String shortName = Names.tidy(row.get("Security"));
      d.offerCompanyName(shortName, 1);
      d.addNameAliases(row.get("Security"), Draft.Origin.NAME);
      d.size = Math.max(d.size, 0.7);
    }
  }

  /** NASDAQ and S&amp;P write share classes with a dot (BRK.B); Yahoo and the SEC use a dash. */
  static String yahoo(String symbol) {
    return symbol.strip().toUpperCase(Locale.ROOT).replace('.', '-');
  }
}

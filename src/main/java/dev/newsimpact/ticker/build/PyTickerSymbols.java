package dev.newsimpact.ticker.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Short names ("Adidas", "BMW") and other names ("akas") of index constituents from pytickersymbols'
 * stocks.yaml. The file's layout is fixed and simple, so it is read line by line rather than with a
 * YAML library: a company starts at "- name:", its fields are indented two spaces, lists four.
 */
final class PyTickerSymbols {

  private record Company(String name, String symbol, String country, List<String> isins,
      List<String> akas) {}

  private PyTickerSymbols() {}

  static void read(Path sources, Map<String, Draft> drafts, Map<String, String> tickerByIsin)
      throws IOException {
    for (Company c : parse(sources.resolve("pytickersymbols/stocks.yaml"))) {
      String ticker = resolve(c, drafts, tickerByIsin);
      if (ticker == null) {
        continue;
      }
      Draft d = drafts.get(ticker);
      d.offerCompanyName(c.name(), 2);
      d.addNameAliases(c.name(), Draft.Origin.NAME);
      for (String aka : c.akas()) {
        d.addNameAliases(aka, Draft.Origin.AKA);
      }
    }
  }

  private static String resolve(Company c, Map<String, Draft> drafts, Map<String, String> byIsin) {
    if (c.symbol() == null) {
      return null;
    }
    if ("United States".equals(c.country())) {
      String t = UsListings.yahoo(c.symbol());
      return drafts.containsKey(t) ? t : null;
    }
    for (String isin : c.isins()) {
      String t = byIsin.get(isin);
      if (t != null) {
        return t;
      }
    }
    String suffix = Markets.suffixForCountry(c.country());
    String t = suffix == null ? null : c.symbol().replace('.', '-') + "." + suffix;
    return t != null && drafts.containsKey(t) ? t : null;
  }

  /** A small state machine over the file's lines; one method so the states stay in view. */
  private static List<Company> parse(Path file) throws IOException {
    List<Company> out = new ArrayList<>();
    boolean inCompanies = false;
    String name = null;
    String symbol = null;
    String country = null;
    List<String> isins = new ArrayList<>();
    List<String> akas = new ArrayList<>();
    String list = "";
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("companies:")) {
        inCompanies = true;
        continue;
      }
      if (!inCompanies) {
        continue;
      }
      if (line.startsWith("- name:")) {
        if (name != null) {
          out.add(new Company(name, symbol, country, isins, akas));
        }
        name = value(line.substring(1));
        symbol = null;
        country = null;
        isins = new ArrayList<>();
        akas = new ArrayList<>();
        list = "";
      } else if (line.startsWith("  symbol:")) {
        symbol = value(line);
      } else if (line.startsWith("  country:")) {
        country = value(line);
      } else if (line.startsWith("  ") && !line.startsWith("   ") && line.strip().endsWith(":")) {
        list = line.strip();
      } else if (line.startsWith("  - ") && !line.contains(": ")) {
        String item = unquote(line.substring(4).strip());
        if ("isins:".equals(list)) {
          isins.add(item);
        } else if ("akas:".equals(list)) {
          akas.add(item);
        }
      } else if (line.startsWith("  ") && !line.startsWith("   ")) {
        list = "";
      }
    }
    if (name != null) {
      out.add(new Company(name, symbol, country, isins, akas));
    }
    return out;
  }

  private static String value(String line) {
    int colon = line.indexOf(':');
    return unquote(line.substring(colon + 1).strip());
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
      return s.substring(1, s.length() - 1).replace("''", "'");
    }
    return s;
  }
}

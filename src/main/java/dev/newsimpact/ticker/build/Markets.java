package dev.newsimpact.ticker.build;

import java.util.Map;
import java.util.Set;

/**
 * Yahoo Finance symbol suffixes of the primary exchanges the universe covers, with the venue's ISO
 * 10383 MIC and home country. Regional German venues, London's international order book and other
 * cross-listing venues are absent on purpose: their rows duplicate a primary listing.
 */
final class Markets {

  /** One primary venue. */
  record Market(String mic, String country) {}

  private static final Map<String, Market> BY_SUFFIX = Map.ofEntries(
      Map.entry("KS", new Market("XKRX", "South Korea")),
      Map.entry("KQ", new Market("XKOS", "South Korea")),
      Map.entry("T", new Market("XTKS", "Japan")),
      Map.entry("HK", new Market("XHKG", "Hong Kong")),
      Map.entry("SS", new Market("XSHG", "China")),
      Map.entry("SZ", new Market("XSHE", "China")),
      Map.entry("TW", new Market("XTAI", "Taiwan")),
      Map.entry("TWO", new Market("ROCO", "Taiwan")),
      Map.entry("NS", new Market("XNSE", "India")),
      Map.entry("BO", new Market("XBOM", "India")),
      Map.entry("SI", new Market("XSES", "Singapore")),
      Map.entry("AX", new Market("XASX", "Australia")),
      Map.entry("NZ", new Market("XNZE", "New Zealand")),
      Map.entry("L", new Market("XLON", "United Kingdom")),
      Map.entry("DE", new Market("XETR", "Germany")),
      Map.entry("PA", new Market("XPAR", "France")),
      Map.entry("AS", new Market("XAMS", "Netherlands")),
      Map.entry("BR", new Market("XBRU", "Belgium")),
      Map.entry("LS", new Market("XLIS", "Portugal")),
      Map.entry("IR", new Market("XDUB", "Ireland")),
      Map.entry("SW", new Market("XSWX", "Switzerland")),
      Map.entry("MI", new Market("XMIL", "Italy")),
      Map.entry("MC", new Market("XMAD", "Spain")),
      Map.entry("VI", new Market("XWBO", "Austria")),
      Map.entry("ST", new Market("XSTO", "Sweden")),
      Map.entry("CO", new Market("XCSE", "Denmark")),
      Map.entry("HE", new Market("XHEL", "Finland")),
      Map.entry("OL", new Market("XOSL", "Norway")),
      Map.entry("IC", new Market("XICE", "Iceland")),
      Map.entry("WA", new Market("XWAR", "Poland")),
      Map.entry("PR", new Market("XPRA", "Czech Republic")),
      Map.entry("BD", new Market("XBUD", "Hungary")),
      Map.entry("AT", new Market("ASEX", "Greece")),
      Map.entry("IS", new Market("XIST", "Turkey")),
      Map.entry("TA", new Market("XTAE", "Israel")),
      Map.entry("SR", new Market("XSAU", "Saudi Arabia")),
      Map.entry("QA", new Market("DSMD", "Qatar")),
      Map.entry("CA", new Market("XCAI", "Egypt")),
      Map.entry("JO", new Market("XJSE", "South Africa")),
      Map.entry("TO", new Market("XTSE", "Canada")),
      Map.entry("V", new Market("XTSX", "Canada")),
      Map.entry("SA", new Market("BVMF", "Brazil")),
      Map.entry("MX", new Market("XMEX", "Mexico")),
      Map.entry("SN", new Market("XSGO", "Chile")),
      Map.entry("BA", new Market("XBUE", "Argentina")),
      Map.entry("KL", new Market("XKLS", "Malaysia")),
      Map.entry("JK", new Market("XIDX", "Indonesia")),
      Map.entry("BK", new Market("XBKK", "Thailand")),
      Map.entry("ME", new Market("MISX", "Russia")));

  /** Issuer countries a venue counts as home for besides its own (Hong Kong lists mainland firms). */
  private static final Map<String, Set<String>> ALSO_HOME = Map.of(
      "XHKG", Set.of("China", "Macau"),
      "XLON", Set.of("Jersey", "Guernsey", "Isle of Man"));

  /** Suffix for a company's country when a source gives only the local symbol (pytickersymbols). */
  private static final Map<String, String> SUFFIX_BY_COUNTRY = Map.ofEntries(
      Map.entry("Germany", "DE"), Map.entry("United Kingdom", "L"), Map.entry("France", "PA"),
      Map.entry("Spain", "MC"), Map.entry("Netherlands", "AS"), Map.entry("Switzerland", "SW"),
      Map.entry("Belgium", "BR"), Map.entry("Sweden", "ST"), Map.entry("Finland", "HE"),
      Map.entry("Italy", "MI"), Map.entry("Denmark", "CO"), Map.entry("Norway", "OL"),
      Map.entry("Austria", "VI"), Map.entry("Russia", "ME"), Map.entry("Japan", "T"),
      Map.entry("Australia", "AX"), Map.entry("Canada", "TO"));

  private Markets() {}

  /** The venue of a Yahoo symbol such as 7203.T, or null when it is not a covered primary venue. */
  static Market ofSymbol(String symbol) {
    int dot = symbol.lastIndexOf('.');
    return dot < 0 ? null : BY_SUFFIX.get(symbol.substring(dot + 1));
  }

  /** True when a company from {@code country} listed on {@code market} is at home there. */
  static boolean isHome(Market market, String country) {
    return country == null || country.isBlank() || market.country().equals(country)
        || ALSO_HOME.getOrDefault(market.mic(), Set.of()).contains(country);
  }

  /** True when the universe holds the home market of {@code country}, so its listings abroad add nothing. */
  static boolean isCoveredCountry(String country) {
    if ("United States".equals(country) || "Hong Kong".equals(country)) {
      return true;
    }
    for (Market m : BY_SUFFIX.values()) {
      if (m.country().equals(country)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code country} is the venue's own country (Japan for XTKS, not China for XHKG). */
  static boolean isHomeCountry(String mic, String country) {
    for (Market m : BY_SUFFIX.values()) {
      if (m.mic().equals(mic)) {
        return m.country().equals(country);
      }
    }
    return false;
  }

  static String suffixForCountry(String country) {
    return SUFFIX_BY_COUNTRY.get(country);
  }
}

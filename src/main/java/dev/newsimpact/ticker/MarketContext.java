package dev.newsimpact.ticker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which markets an article is about, from the securities it names with confidence: a market report
 * on Sydney names BHP and the ASX 200, one on Europe the STOXX 600 and Paris-listed stocks. The
 * linker uses it to choose between listings of one company (Rio Tinto in Sydney or London,
 * STMicroelectronics in Paris or New York) and to read sector words ("miners", "tech stocks") as the
 * sector index of that market. Immutable.
 */
final class MarketContext {

  /** Market of a listing venue. */
  private static final Map<String, String> MIC_MARKET = Map.ofEntries(
      Map.entry("XNYS", "United States"), Map.entry("XNAS", "United States"),
      Map.entry("XASE", "United States"), Map.entry("ARCX", "United States"),
      Map.entry("BATS", "United States"), Map.entry("XLON", "United Kingdom"),
      Map.entry("XASX", "Australia"), Map.entry("XTSE", "Canada"), Map.entry("XTSX", "Canada"),
      Map.entry("XPAR", "France"), Map.entry("XETR", "Germany"), Map.entry("XMIL", "Italy"),
      Map.entry("XAMS", "Netherlands"), Map.entry("XSWX", "Switzerland"),
      Map.entry("XSTO", "Sweden"), Map.entry("XMAD", "Spain"), Map.entry("XBRU", "Belgium"),
      Map.entry("XCSE", "Denmark"), Map.entry("XHEL", "Finland"), Map.entry("XOSL", "Norway"),
      Map.entry("XDUB", "Ireland"), Map.entry("XLIS", "Portugal"), Map.entry("XWBO", "Austria"),
      Map.entry("XHKG", "Hong Kong"), Map.entry("XSHG", "China"), Map.entry("XSHE", "China"),
      Map.entry("XTKS", "Japan"), Map.entry("XKRX", "South Korea"), Map.entry("XKOS", "South Korea"),
      Map.entry("XTAI", "Taiwan"), Map.entry("ROCO", "Taiwan"), Map.entry("XNSE", "India"),
      Map.entry("XBOM", "India"), Map.entry("XSES", "Singapore"), Map.entry("XNZE", "New Zealand"),
      Map.entry("BVMF", "Brazil"), Map.entry("XMEX", "Mexico"), Map.entry("XJSE", "South Africa"),
      Map.entry("XTAE", "Israel"), Map.entry("XKLS", "Malaysia"), Map.entry("XIDX", "Indonesia"),
      Map.entry("XBKK", "Thailand"));

  /** Markets that a European index or a "European shares" report covers. */
  static final Set<String> EUROPE = Set.of("United Kingdom", "France", "Germany", "Italy",
      "Netherlands", "Switzerland", "Sweden", "Spain", "Belgium", "Denmark", "Finland", "Norway",
      "Ireland", "Portugal", "Austria", "Europe");

  /** Words that place a story in a market ("Australia's Big Four banks", "London blue chips"). */
  private static final Map<String, String> PLACE_WORDS = places(
      "Australia", "australia australian asx sydney",
      "United Kingdom", "britain british uk london ftse",
      "Europe", "europe european stoxx eurozone",
      "Canada", "canada canadian toronto tsx",
      "Italy", "italy italian milan",
      "France", "france french paris cac",
      "Germany", "germany german frankfurt dax",
      "Switzerland", "switzerland swiss zurich",
      "Netherlands", "netherlands dutch amsterdam",
      "Sweden", "sweden swedish stockholm",
      "Norway", "norway norwegian oslo",
      "Spain", "spain spanish madrid",
      "Japan", "japan japanese tokyo nikkei",
      "China", "china chinese shanghai shenzhen",
      "Hong Kong", "hong kong",
      "India", "india indian mumbai sensex nifty nse bse",
      "South Korea", "korea korean seoul kospi",
      "Singapore", "singapore",
      "Brazil", "brazil brazilian",
      "United States", "nyse nasdaq");
  /** A place word counts this much of one confident mention. */
  private static final double PLACE_WEIGHT = 0.5;

  static final MarketContext NONE = new MarketContext(Map.of(), Map.of());

  /** Confident mentions per security; their markets are counted. */
  private final Map<Security, Integer> mentions;
  /** Weight of the place words per market. */
  private final Map<String, Double> places;

  private MarketContext(Map<Security, Integer> mentions, Map<String, Double> places) {
    this.mentions = mentions;
    this.places = places;
  }

  private static Map<String, String> places(String... marketWords) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < marketWords.length; i += 2) {
      for (String w : marketWords[i + 1].split(" ")) {
        out.put(w, marketWords[i]);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The context of securities linked with confidence (once per mention) and of the place words
   * among {@code unitKeys} (the article's unit keys, null for breaks).
   */
  static MarketContext of(List<Security> confident, List<String> unitKeys) {
    Map<Security, Integer> counts = new HashMap<>();
    for (Security s : confident) {
      if (marketOf(s) != null) {
        counts.merge(s, 1, Integer::sum);
      }
    }
    Map<String, Double> places = new HashMap<>();
    for (int i = 0; i < unitKeys.size(); i++) {
      String key = unitKeys.get(i);
      if (key == null) {
        continue;
      }
      if (key.equals("hong") && i + 1 < unitKeys.size() && "kong".equals(unitKeys.get(i + 1))) {
        key = "hong kong";
        i++;
      }
      String market = PLACE_WORDS.get(key);
      if (market != null) {
        places.merge(market, PLACE_WEIGHT, Double::sum);
      }
    }
    return new MarketContext(Map.copyOf(counts), Map.copyOf(places));
  }

  private Map<String, Double> byMarket(Set<Security> ignore) {
    Map<String, Double> byMarket = new HashMap<>(places);
    for (Map.Entry<Security, Integer> e : mentions.entrySet()) {
      if (!ignore.contains(e.getKey())) {
        byMarket.merge(marketOf(e.getKey()), (double) e.getValue(), Double::sum);
      }
    }
    return byMarket;
  }

  /** The market of a security: its venue's, or an index's country ("Europe" for STOXX indices). */
  static String marketOf(Security s) {
    if (s.mic() != null) {
      return MIC_MARKET.get(s.mic());
    }
    return s.kind() == SecurityKind.INDEX ? s.country() : null;
  }

  /**
   * How much the article is about {@code market}, in [0, 1]: the share of confident mentions in it,
   * relative to the most-named market; European markets also take half of "Europe"'s weight. The
   * securities in {@code ignore} (the candidates being weighed) do not count.
   */
  double weight(String market, Set<Security> ignore) {
    if (market == null) {
      return 0;
    }
    Map<String, Double> byMarket = byMarket(ignore);
    double max = byMarket.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    if (max == 0) {
      return 0;
    }
    double w = byMarket.getOrDefault(market, 0.0) / max;
    if (EUROPE.contains(market) && !"Europe".equals(market)) {
      w = Math.max(w, 0.5 * byMarket.getOrDefault("Europe", 0.0) / max);
    }
    return w;
  }

  /** The market most named, or {@code fallback} when none is. Ties go to the fallback. */
  String dominant(String fallback) {
    Map<String, Double> byMarket = byMarket(Set.of());
    byMarket.remove(null);
    String best = fallback;
    double bestCount = byMarket.getOrDefault(fallback, 0.0);
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(byMarket).entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}

package dev.newsimpact.ticker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds sector words that name a sector index: "Healthcare stocks got a boost", "the domestic
 * financial sector notched its biggest rise", "Materials and consumer discretionary were the biggest
 * decliners" after "Six of the 11 major S&amp;P 500 sectors were higher". Which index depends on the
 * market the article is about (S&amp;P 500 sectors for Wall Street, S&amp;P/ASX 200 sectors for
 * Sydney, STOXX 600 sectors for Europe, Nifty sector indices for Mumbai: "IT stocks", "PSU banks").
 * A bare sector word links only as a sector: before a head ("stocks", "sector", "index"), or where
 * the sentence or the one before speaks of sectors, lists several, or moves it ("Miners rose 1.1%",
 * "PSU banks rally"); "energy prices", "consumer staples maker" and the end of a known name
 * ("Nifty IT", "Bajaj Auto") link nothing. Thread-safe. Over 250 lines because the sector table, one line per sector word, is
 * most of it.
 */
final class SectorFinder {

  private static final String US = "United States";
  private static final String AU = "Australia";
  private static final String EU = "Europe";
  private static final String IN = "India";

  /**
   * One sector: its words as unit keys, its index per market, and whether it is one only before a
   * head ("bank stocks", not "the bank") or only written in capitals ("IT", not "it").
   */
  private record Sector(String[] words, Map<String, String> tickers, boolean needsHead,
      boolean capitals) {}

  private static final List<Sector> SECTORS = List.of(
      // before "banks" and "bank": the longer phrase is the narrower index
      sector("psu banks", IN, "^CNXPSUBANK"),
      sector("psu bank", IN, "^CNXPSUBANK"),
      sector("consumer discretionary", US, "^SP500-25", AU, "^AXDJ"),
      sector("consumer staples", US, "^SP500-30", AU, "^AXSJ", EU, "^SX3P"),
      sector("staples", US, "^SP500-30", AU, "^AXSJ"),
      sector("communication services", US, "^SP500-50"),
      sector("communications services", US, "^SP500-50"),
      sector("information technology", US, "^SP500-45", AU, "^AXIJ", EU, "^SX8P", IN, "^CNXIT"),
      sector("info tech", US, "^SP500-45", AU, "^AXIJ", EU, "^SX8P"),
      sector("technology", US, "^SP500-45", AU, "^AXIJ", EU, "^SX8P", IN, "^CNXIT"),
      sector("tech", US, "^SP500-45", AU, "^AXIJ", EU, "^SX8P", IN, "^CNXIT"),
      new Sector(new String[] {"it"}, Map.of(IN, "^CNXIT"), false, true),
      sector("health care", US, "^SP500-35", AU, "^AXHJ", EU, "^SXDP"),
      sector("healthcare", US, "^SP500-35", AU, "^AXHJ", EU, "^SXDP"),
      sector("energy", US, "^SP500-10", AU, "^AXEJ", EU, "^SXEP", IN, "^CNXENERGY"),
      sector("materials", US, "^SP500-15", AU, "^AXMJ", EU, "^SXPP"),
      sector("industrials", US, "^SP500-20", AU, "^AXNJ", EU, "^SXNP"),
      sector("financials", US, "^SP500-40", AU, "^AXFJ", IN, "NIFTY_FIN_SERVICE.NS"),
      sector("financial", US, "^SP500-40", AU, "^AXFJ", IN, "NIFTY_FIN_SERVICE.NS"),
      sector("utilities", US, "^SP500-55", AU, "^AXUJ", EU, "^SX6P"),
      sector("real estate", US, "^SP500-60", AU, "^AXPJ", EU, "^SX86P", IN, "^CNXREALTY"),
      sector("miners", AU, "^AXMM", EU, "^SXPP"),
      sector("mining", AU, "^AXMM", EU, "^SXPP"),
      sector("banks", EU, "^SX7P", IN, "^NSEBANK"),
      new Sector(new String[] {"bank"}, Map.of(IN, "^NSEBANK"), true, false),
      new Sector(new String[] {"banking"}, Map.of(IN, "^NSEBANK"), true, false),
      sector("autos", EU, "^SXAP", IN, "^CNXAUTO"),
      sector("auto", IN, "^CNXAUTO"),
      sector("pharma", IN, "^CNXPHARMA"),
      sector("metals", IN, "^CNXMETAL"),
      sector("metal", IN, "^CNXMETAL"),
      sector("fmcg", IN, "^CNXFMCG"),
      sector("realty", IN, "^CNXREALTY"),
      sector("media", IN, "^CNXMEDIA"),
      sector("infrastructure", IN, "^CNXINFRA"),
      sector("infra", IN, "^CNXINFRA"),
      sector("insurers", EU, "^SXIP"),
      sector("telecoms", EU, "^SXKP"),
      sector("chips", US, "^SOX"),
      sector("chipmakers", US, "^SOX"),
      sector("semiconductors", US, "^SOX"),
      sector("small caps", US, "^RUT"),
      sector("transports", US, "^DJT"));

  /** Words after a sector word that make it a sector ("tech stocks", "energy sector"). */
  private static final Set<String> HEADS = Set.of(
      "stocks", "shares", "sector", "index", "subindex", "names", "equities");
  /** Words before a sector word that make it a market's sector ("domestic miners"). */
  private static final Map<String, String> MODIFIERS = Map.of(
      "domestic", "", "local", "", "european", EU, "australian", AU, "u.s", US, "us", US,
      "indian", IN);
  /** Words that say the sentence is about sectors. */
  private static final Set<String> SECTOR_TALK = Set.of(
      "sector", "sectors", "sectoral", "subindex", "subindexes", "subsectors", "groups");
  /** A headline's moves, in the present tense: "PSU banks rally", "IT stocks drag Sensex". */
  private static final Set<String> HEADLINE_MOVES = Set.of(
      "rise", "rises", "fall", "falls", "gain", "gains", "rally", "rallies", "drop", "drops",
      "slip", "slips", "jump", "jumps", "climb", "climbs", "surge", "surges", "tumble", "tumbles",
      "slide", "slides", "sink", "sinks", "drag", "drags", "advance", "advances", "decline",
      "declines", "plunge", "plunges", "soar", "soars", "outperform", "outperforms",
      "underperform", "underperforms");

  /** Words that may follow a bare sector word that is the subject or part of a list. */
  private static final Set<String> AFTER_BARE = withHeadlineMoves(
      "and", "or", "is", "are", "was", "were", "has", "have", "had", "led", "lead", "leads",
      "all", "also", "each", "both", "which", "taking", "posting", "fell", "rose", "gained", "lost",
      "dropped", "slipped", "added", "jumped", "climbed", "advanced", "declined", "slid", "sank",
      "tumbled", "surged", "rallied", "underperformed", "outperformed", "eased", "edged", "shed");
  /** Words that may stand before a bare sector word in a list or as its subject. */
  private static final Set<String> BEFORE_BARE = Set.of(
      "and", "or", "while", "with", "by", "as", "in", "of", "among", "including", "but", "the",
      "than", "led", "except", "both", "from", "for", "to", "were", "are", "like", "that", "where");
  private static final Set<String> MOVES = withHeadlineMoves(
      "fell", "rose", "gained", "lost", "dropped", "slipped", "added", "jumped", "climbed",
      "advanced", "declined", "slid", "sank", "tumbled", "surged", "rallied", "underperformed",
      "outperformed", "eased", "edged", "shed", "led");

  private final Universe universe;

  SectorFinder(Universe universe) {
    this.universe = universe;
  }

  private static Set<String> withHeadlineMoves(String... words) {
    Set<String> out = new java.util.HashSet<>(Set.of(words));
    out.addAll(HEADLINE_MOVES);
    return Set.copyOf(out);
  }

  private static Sector sector(String words, String... marketTickers) {
    Map<String, String> tickers = new java.util.HashMap<>();
    for (int i = 0; i < marketTickers.length; i += 2) {
      tickers.put(marketTickers[i], marketTickers[i + 1]);
    }
    return new Sector(words.split(" "), Map.copyOf(tickers), false, false);
  }

  /**
   * Sector spans of {@code view}; {@code previous} is the sentence before (null for the first), and
   * {@code market} the market the article is mostly about.
   */
  List<Span> find(SentenceView view, SentenceView previous, String market) {
    List<int[]> hits = new ArrayList<>();
    List<Sector> sectors = new ArrayList<>();
    List<SentenceView.Unit> units = view.units;
    for (int i = 0; i < units.size(); i++) {
      for (Sector s : SECTORS) {
        if (matches(units, i, s.words()) && counts(view, i, s, market)) {
          hits.add(new int[] {i, i + s.words().length});
          sectors.add(s);
          i += s.words().length - 1;
          break;
        }
      }
    }
    List<Span> out = new ArrayList<>();
    if (hits.isEmpty()) {
      return out;
    }
    boolean talk = talksOfSectors(view) || (previous != null && talksOfSectors(previous))
        || hits.size() >= 2;
    for (int k = 0; k < hits.size(); k++) {
      Span span = span(view, hits.get(k)[0], hits.get(k)[1], sectors.get(k), market, talk);
      if (span != null) {
        out.add(span);
      }
    }
    return out;
  }

  private Span span(SentenceView view, int first, int end, Sector sector, String market,
      boolean talk) {
    List<SentenceView.Unit> units = view.units;
    if (inCompound(view, first, end)) {
      return null; // "tech-based", "higher-tech": part of another word
    }
    if (sector.capitals() && view.titleCase && Surroundings.mostlyCapitals(view)) {
      return null; // "IT WAS A BAD DAY": a shouted pronoun
    }
    String modifier = first > 0 ? units.get(first - 1).key() : null;
    if (modifier != null && !universe.aliasesFor(modifier + " " + String.join(" ", sector.words()))
        .isEmpty()) {
      return null; // "Nifty IT", "Bajaj Auto": the end of a name the universe knows
    }
    String place = modifier == null ? null : MODIFIERS.get(modifier);
    if (US.equals(place) && !view.surface(first - 1).startsWith("U")) {
      place = null; // "mail us materials": the pronoun, not the United States
    }
    String head = end < units.size() ? units.get(end).key() : null;
    boolean headed = head != null && HEADS.contains(head);
    if (sector.needsHead() && !headed) {
      return null; // "the bank": one bank, where "bank stocks" are the sector
    }
    int spanFirst = place != null ? first - 1 : first;
    int spanEnd = headed ? end + 1 : end;
    String where = place == null || place.isEmpty() ? market : place;
    String ticker = sector.tickers().get(where);
    if (ticker == null) {
      return null;
    }
    Security security = universe.bySymbol(ticker).orElse(null);
    if (security == null) {
      return null;
    }
    if (headed || place != null) {
      return new Span(view, spanFirst, spanEnd, Span.Form.SECTOR, List.of(), security);
    }
    int endToken = units.get(end - 1).token() + 1;
    String next = view.tokenKey(endToken);
    boolean wordNext = endToken < view.tokenCount()
        && view.tokenText(endToken).chars().anyMatch(Character::isLetter);
    if (wordNext && !AFTER_BARE.contains(next)) {
      return null; // "energy prices", "materials maker": a word before a noun, not a sector
    }
    if (!talk && !MOVES.contains(next)) {
      return null;
    }
    int firstToken = units.get(first).token();
    String prev = view.tokenKey(firstToken - 1);
    if (firstToken > 0 && !view.isSentenceInitial(firstToken - 1) && !BEFORE_BARE.contains(prev)
        && view.tokenText(firstToken - 1).chars().allMatch(Character::isLowerCase)) {
      return null; // "advanced logic chips", "renewable energy": a modified noun, not a sector
    }
    return new Span(view, first, end, Span.Form.SECTOR_BARE, List.of(), security);
  }

  /**
   * True when a match may be a sector: "IT" only in capitals ("it rose" is the pronoun), and a
   * sector only Indian news names ("pharma", "PSU banks") only where the market or the word before
   * it is India, so that it does not make other markets' stories look like sector talk.
   */
  private static boolean counts(SentenceView view, int at, Sector sector, String market) {
    if (sector.capitals() && !CaseRules.isUpperCase(view.surface(at))) {
      return false;
    }
    if (!sector.tickers().keySet().equals(Set.of(IN))) {
      return true;
    }
    String place = at > 0 && view.units.get(at - 1).key() != null
        ? MODIFIERS.get(view.units.get(at - 1).key()) : null;
    return IN.equals(place) || (IN.equals(market) && (place == null || place.isEmpty()));
  }

  /** True when a hyphen joins the stretch to a word before or after it. */
  private static boolean inCompound(SentenceView view, int first, int end) {
    int begin = view.units.get(first).begin();
    int stop = view.units.get(end - 1).end();
    String text = view.text;
    return (begin > 0 && isHyphen(text.charAt(begin - 1)))
        || (stop < text.length() && isHyphen(text.charAt(stop)));
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean matches(List<SentenceView.Unit> units, int at, String[] words) {
    if (at + words.length > units.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!words[k].equals(units.get(at + k).key())) {
        return false;
      }
    }
    return true;
  }

  private static boolean talksOfSectors(SentenceView view) {
    for (SentenceView.Unit u : view.units) {
      if (u.key() != null && SECTOR_TALK.contains(u.key())) {
        return true;
      }
    }
    return false;
  }
}

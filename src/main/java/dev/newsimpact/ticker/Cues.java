package dev.newsimpact.ticker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around a name that tell the linker what the name means: finance words say a company is
 * meant, commodity and crypto words say "gold" or "ether" is traded, reporting words say a news
 * outlet is only the source, listing phrases say which listing. Lower-case keys as {@link
 * AliasKeys} makes them.
 */
final class Cues {

  /** Words that put a company name in a market or corporate context. */
  static final Set<String> FINANCE = Set.of(
      "shares", "share", "stock", "stocks", "shareholders", "shareholder", "investors", "investor",
      "analyst", "analysts", "earnings", "revenue", "revenues", "sales", "profit", "profits", "loss",
      "quarter", "quarterly", "fiscal", "guidance", "outlook", "dividend", "dividends", "buyback",
      "valuation", "ipo", "listed", "listing", "traded", "trading", "nasdaq", "nyse", "ticker",
      "index", "futures", "rose", "fell", "gained", "dropped", "slid", "jumped", "surged", "plunged",
      "plunging", "tumbled", "rallied", "declined", "climbed", "sank", "soared", "slumped", "rising",
      "falling", "dropping", "gaining", "%", "percent", "billion", "million", "acquisition",
      "acquire", "acquired", "merger", "deal", "ceo", "cfo", "chief", "executive", "company",
      "companies", "firm", "maker", "chipmaker", "automaker", "lender", "bank", "insurer", "retailer",
      "carrier", "supplier", "rival", "rivals", "competitor", "inc", "corp", "ltd", "plc", "ag",
      "sa", "nv", "co", "group", "holdings", "subsidiary", "unit", "brand", "market", "capex",
      "expenditure", "forecast", "downgrade", "upgrade", "downgraded", "upgraded", "rating",
      "investment", "invest", "invested", "bonds", "debt", "lawsuit", "regulator", "regulators",
      "grocer", "contractor", "miner", "airline", "drugmaker", "pharmaceutical", "brewer", "producer",
      "operator", "utility", "conglomerate", "telecom", "broker", "startup",
      "giant", "peer", "peers", "sector", "ratings", "buy", "sell", "outperform", "underperform",
      // headlines tell moves in the present tense ("RIL slips after Q2 results")
      "rises", "falls", "gains", "drops", "slides", "slips", "slipped", "jumps", "surges", "plunges",
      "tumbles", "rallies", "declines", "climbs", "sinks", "soars", "slumps", "dips", "dipped",
      "tanks", "tanked", "higher", "lower", "gainers", "losers", "results", "q1", "q2", "q3", "q4");

  /** Words after a name that make it the actor of a corporate statement ("Apple said"). */
  static final Set<String> ACTOR_VERBS = Set.of(
      "said", "says", "announced", "announces", "unveiled", "launched", "reported", "reports",
      "posted", "agreed", "plans", "expects", "forecast", "confirmed", "denied", "declined", "hired",
      "sued", "raised", "cut", "shares", "stock", "is", "was", "has", "will",
      // headlines: the actor's verb in the present tense ("SBI cuts lending rates")
      "cuts", "raises", "hikes", "posts", "wins", "bags", "signs", "acquires", "buys", "sells",
      "launches", "files", "gets", "receives", "appoints", "declares", "beats",
      "misses", "slashes", "trims", "ups");

  /** Words that make a commodity name a traded commodity rather than food or jewellery. */
  static final Set<String> COMMODITY = Set.of(
      "price", "prices", "priced", "futures", "ounce", "ounces", "oz", "barrel", "barrels", "bushel",
      "bushels", "tonne", "tonnes", "bullion", "contract", "contracts", "spot", "benchmark",
      "traders", "traded", "trading", "rally", "rallied", "commodity", "commodities", "comex",
      "nymex", "lme", "cbot", "opec", "output", "exports", "imports", "producers", "miners",
      "inventories", "stockpiles", "etf", "etfs", "investors", "hedge", "safe-haven", "haven");

  /**
   * Verbs of a price move right after a commodity's name, as headlines write them ("Gold slips Rs
   * 200", "Crude oil futures rise"): the commodity, not jewellery or a colour.
   */
  static final Set<String> MOVE_AFTER = Set.of(
      "rises", "rise", "rose", "falls", "fall", "fell", "gains", "gain", "gained", "slips", "slip",
      "slipped", "jumps", "jump", "jumped", "surges", "surge", "surged", "drops", "drop", "dropped",
      "declines", "decline", "declined", "climbs", "climb", "climbed", "slides", "slide", "slid",
      "plunges", "plunge", "plunged", "tumbles", "tumble", "tumbled", "dips", "dip", "dipped",
      "rallies", "rally", "rallied", "soars", "soar", "soared", "sinks", "sink", "sank", "eases",
      "ease", "eased", "edges", "edged", "steadies", "steady", "hovers", "extends", "snaps",
      "retreats", "retreated", "rebounds", "rebounded", "recovers", "recovered", "trades", "ends",
      "ended", "settles", "settled", "crashes", "crash", "crashed", "tanks", "tank", "tanked",
      "slumps", "slump", "slumped", "plummets", "plummeted", "zooms", "zoomed", "skids", "sheds",
      "shed", "firms", "firmed", "weakens", "weakened", "strengthens", "strengthened", "end",
      "settle", "opens", "open", "opened", "closes", "close", "closed", "hits", "touches",
      "nears", "scales", "down", "up", "higher", "lower", "flat", "extend", "snap", "hover");

  /** Words that may stand between a traded name and its move: "silver too declines". */
  static final Set<String> BEFORE_MOVE = Set.of("too", "also", "further", "again", "prices",
      "price", "futures", "rate", "rates");

  /** Words that make a coin name the traded coin. */
  static final Set<String> CRYPTO = Set.of(
      "crypto", "cryptocurrency", "cryptocurrencies", "token", "tokens", "coin", "coins",
      "blockchain", "price", "prices", "traded", "trading", "etf", "etfs", "exchange", "exchanges",
      "defi", "wallet", "staking", "market", "rally", "rallied", "bitcoin", "network", "holders");

  /** Words that make an everyday-word coin name ("ether", "Stellar", "Jupiter") the coin. */
  static final Set<String> CRYPTO_STRONG = Set.of(
      "crypto", "cryptocurrency", "cryptocurrencies", "token", "tokens", "coin", "coins",
      "blockchain", "defi", "wallet", "staking", "bitcoin", "ethereum", "stablecoin", "altcoin",
      "altcoins", "memecoin");

  /** Verbs of share buttons and follow links ("Share on Facebook", "Follow us on X"). */
  static final Set<String> SOCIAL_VERBS = Set.of(
      "share", "follow", "like", "subscribe", "tweet", "pin", "connect", "email");

  /** Prepositions between such a verb and the network's name. */
  static final Set<String> SOCIAL_PREPOSITIONS = Set.of("on", "to", "via");

  /** Words right after an outlet's name that make it a source ("Bloomberg reported"). */
  static final Set<String> REPORTING_AFTER = Set.of(
      "reported", "reports", "report", "cited", "citing", "wrote", "writes", "quoted", "noted",
      "published", "first", "revealed", "learned", "obtained", "news", "intelligence", "opinion",
      "columnist", "television", "tv", "radio", "data", "calculations", "survey", "poll", "analysis",
      "story", "article", "interview", "said", "says", "reporter", "reporters", "editorial");

  /** Words right before an outlet's name that make it a source ("according to Reuters"). */
  static final Set<String> REPORTING_BEFORE = Set.of(
      "according", "told", "via", "by", "with", "source", "sources", "reported", "per", "cited",
      "citing", "to", "(");

  /** Legal suffixes that confirm a company when they follow its name. */
  static final Set<String> LEGAL_SUFFIX = Set.of(
      "inc", "corp", "corporation", "co", "ltd", "limited", "plc", "ag", "sa", "nv", "se", "llc",
      "holdings", "group", "incorporated", "company");

  /** Words right after a name that only a company has: "Vedanta board approves dividend". */
  static final Set<String> COMPANY_NEXT = Set.of("board", "q1", "q2", "q3", "q4", "ipo", "mcap",
      "m-cap", "dividend", "buyback", "subsidiary", "arm", "unit", "stake");

  /** Words after a name that say which kind of security is meant ("Kospi index", "SMH ETF"). */
  static final Map<String, SecurityKind> KIND_AFTER = Map.ofEntries(
      Map.entry("index", SecurityKind.INDEX), Map.entry("average", SecurityKind.INDEX),
      Map.entry("composite", SecurityKind.INDEX), Map.entry("benchmark", SecurityKind.INDEX),
      Map.entry("etf", SecurityKind.ETF), Map.entry("fund", SecurityKind.ETF),
      Map.entry("shares", SecurityKind.EQUITY), Map.entry("stock", SecurityKind.EQUITY),
      Map.entry("inc", SecurityKind.EQUITY), Map.entry("corp", SecurityKind.EQUITY),
      Map.entry("ltd", SecurityKind.EQUITY), Map.entry("plc", SecurityKind.EQUITY),
      Map.entry("said", SecurityKind.EQUITY), Map.entry("ceo", SecurityKind.EQUITY));

  /**
   * "Hong Kong-listed", "Shanghai-listed": the MICs a listing phrase points to. Keys are the units
   * before "listed"; multi-word places are joined by a space.
   */
  static final Map<String, Set<String>> LISTING_PLACES = Map.ofEntries(
      Map.entry("hong kong", Set.of("XHKG")), Map.entry("hk", Set.of("XHKG")),
      Map.entry("shanghai", Set.of("XSHG")), Map.entry("shenzhen", Set.of("XSHE")),
      Map.entry("tokyo", Set.of("XTKS")), Map.entry("seoul", Set.of("XKRX", "XKOS")),
      Map.entry("taipei", Set.of("XTAI", "ROCO")), Map.entry("taiwan", Set.of("XTAI", "ROCO")),
      Map.entry("london", Set.of("XLON")), Map.entry("frankfurt", Set.of("XETR")),
      Map.entry("paris", Set.of("XPAR")), Map.entry("amsterdam", Set.of("XAMS")),
      Map.entry("zurich", Set.of("XSWX")), Map.entry("swiss", Set.of("XSWX")),
      Map.entry("toronto", Set.of("XTSE", "XTSX")), Map.entry("sydney", Set.of("XASX")),
      Map.entry("australian", Set.of("XASX")), Map.entry("mumbai", Set.of("XNSE", "XBOM")),
      Map.entry("singapore", Set.of("XSES")), Map.entry("oslo", Set.of("XOSL")),
      Map.entry("stockholm", Set.of("XSTO")), Map.entry("new york", Set.of("XNYS", "XNAS")),
      Map.entry("u.s", Set.of("XNYS", "XNAS", "XASE", "ARCX", "BATS")),
      Map.entry("us", Set.of("XNYS", "XNAS", "XASE", "ARCX", "BATS")),
      Map.entry("nasdaq", Set.of("XNAS")), Map.entry("nyse", Set.of("XNYS")));

  /** Share-class phrases: "H shares" are listed in Hong Kong, "A shares" on the mainland. */
  static final Map<String, Set<String>> SHARE_CLASSES = Map.of(
      "h", Set.of("XHKG"), "a", Set.of("XSHG", "XSHE"), "adrs", Set.of("XNYS", "XNAS"),
      "adr", Set.of("XNYS", "XNAS"), "ads", Set.of("XNYS", "XNAS"));

  /**
   * Exchange prefixes written before a symbol ("NASDAQ: MU", "KRX: 005930"): Yahoo suffix to add,
   * "" for US exchanges, and how wide a numeric code is padded (Hong Kong writes 700 for 0700).
   */
  record Prefix(String suffix, int padTo) {}

  static final Map<String, Prefix> EXCHANGE_PREFIXES = Map.ofEntries(
      Map.entry("nasdaq", new Prefix("", 0)), Map.entry("nyse", new Prefix("", 0)),
      Map.entry("nysearca", new Prefix("", 0)), Map.entry("nyse arca", new Prefix("", 0)),
      Map.entry("nyse american", new Prefix("", 0)), Map.entry("amex", new Prefix("", 0)),
      Map.entry("cboe", new Prefix("", 0)), Map.entry("bats", new Prefix("", 0)),
      Map.entry("otc", new Prefix("", 0)), Map.entry("krx", new Prefix("KS", 6)),
      Map.entry("kospi", new Prefix("KS", 6)), Map.entry("kosdaq", new Prefix("KQ", 6)),
      Map.entry("tse", new Prefix("T", 4)), Map.entry("tyo", new Prefix("T", 4)),
      Map.entry("hkex", new Prefix("HK", 4)), Map.entry("sehk", new Prefix("HK", 4)),
      Map.entry("hkg", new Prefix("HK", 4)), Map.entry("lse", new Prefix("L", 0)),
      Map.entry("lon", new Prefix("L", 0)), Map.entry("asx", new Prefix("AX", 0)),
      Map.entry("tsx", new Prefix("TO", 0)), Map.entry("tsxv", new Prefix("V", 0)),
      Map.entry("nse", new Prefix("NS", 0)), Map.entry("bse", new Prefix("BO", 0)),
      Map.entry("sha", new Prefix("SS", 6)), Map.entry("sse", new Prefix("SS", 6)),
      Map.entry("she", new Prefix("SZ", 6)), Map.entry("szse", new Prefix("SZ", 6)),
      Map.entry("twse", new Prefix("TW", 4)), Map.entry("tpe", new Prefix("TW", 4)),
      Map.entry("etr", new Prefix("DE", 0)), Map.entry("xetra", new Prefix("DE", 0)),
      Map.entry("epa", new Prefix("PA", 0)), Map.entry("ams", new Prefix("AS", 0)),
      Map.entry("swx", new Prefix("SW", 0)), Map.entry("six", new Prefix("SW", 0)),
      Map.entry("bit", new Prefix("MI", 0)), Map.entry("bme", new Prefix("MC", 0)),
      Map.entry("sto", new Prefix("ST", 0)), Map.entry("cph", new Prefix("CO", 0)),
      Map.entry("hel", new Prefix("HE", 0)), Map.entry("osl", new Prefix("OL", 0)),
      Map.entry("sgx", new Prefix("SI", 0)), Map.entry("bvmf", new Prefix("SA", 0)),
      Map.entry("b3", new Prefix("SA", 0)));

  /** Capitalised words that end a company's name in news ("Airbus SE", "K+S AG"): never a ticker there. */
  static final Set<String> LEGAL_FORMS = Set.of(
      "SE", "AG", "SA", "NV", "PLC", "INC", "CO", "LTD", "LLC", "LP", "ASA", "AB", "OYJ", "SPA",
      "BV", "KGAA", "GMBH", "PT", "TBK", "BHD", "AS", "SAB", "CV", "PJSC", "JSC", "KK", "ADR", "ADRS",
      "GDR", "ETF", "ETN");

  /** Words that never start a sentence's proper name, so a capital after them says nothing. */
  static final List<String> SENTENCE_OPENERS = List.of("\u2022", "-", "*", "\"", "\u201c", "'");

  private Cues() {}
}

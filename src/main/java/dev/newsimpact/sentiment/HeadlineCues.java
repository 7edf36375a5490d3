package dev.newsimpact.sentiment;

import dev.newsimpact.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Target-aware rules for headlines, where the classifier (trained on long Reuters sentences) sees
 * too few words to leave neutral. A headline names its news in the target's own clause: the
 * target's verb ("X shares slump", "X Q2 net profit jumps 20%", "Infosys, TCS drag" for both), a
 * verb or noun acting on it ("Sebi bars X", "Fitch downgrades X", "order for X"), or a brokerage
 * call ("Buy X, target Rs 1,050"). A metric flips a move ("loss widens" is bad, "loss narrows"
 * good); a negation flips a cue ("fails to rally"); a source ("X says ...") gets no rule. Only when
 * the target's clause says nothing is a clause tied to it by "after", "as", "on" or "amid" read;
 * one after "despite" or "but" never is. The word lists are this project's own, written for
 * headlines. Stateless.
 */
public final class HeadlineCues {

  private static final int MAX_TOKENS = 40;
  private static final int EVENT_REACH = 4;
  private static final int LEFT_REACH = 4;

  // Moves up and down: they follow the target, perhaps with a metric between.
  private static final Set<String> UP = Set.of("rise", "rises", "rose", "rising", "gain", "gains",
      "gained", "jump", "jumps", "jumped", "surge", "surges", "surged", "soar", "soars", "soared",
      "rally", "rallies", "rallied", "climb", "climbs", "climbed", "advance", "advances",
      "advanced", "rebound", "rebounds", "rebounded", "recover", "recovers", "recovered", "zoom",
      "zooms", "zoomed", "spurt", "spurts", "spurted", "rocket", "rockets", "rocketed", "leap",
      "leaps", "leapt", "spike", "spikes", "spiked", "grow", "grows", "grew", "increase",
      "increases", "increased", "double", "doubles", "doubled", "triple", "triples", "widen",
      "widens", "widened", "up", "higher", "firm", "firms", "firmed", "swell", "swells", "hike",
      "hikes", "hiked", "raise", "raises", "raised", "boost", "boosts", "boosted", "bounce",
      "bounces", "gaining", "jumping", "surging", "soaring", "rallying", "climbing", "advancing",
      "rebounding", "recovering", "zooming", "rocketing", "spiking", "growing", "increasing",
      "doubling", "widening", "costlier", "dearer", "expensive", "shine", "shines", "shone",
      "glitter", "glitters", "sparkle", "sparkles");
  private static final Set<String> DOWN = Set.of("fall", "falls", "fell", "drop", "drops",
      "dropped", "decline", "declines", "declined", "slide", "slides", "slid", "slip", "slips",
      "slipped", "plunge", "plunges", "plunged", "tumble", "tumbles", "tumbled", "sink", "sinks",
      "sank", "slump", "slumps", "slumped", "crash", "crashes", "crashed", "tank", "tanks",
      "tanked", "plummet", "plummets", "plummeted", "dive", "dives", "dived", "nosedive",
      "nosedives", "shed", "sheds", "dip", "dips", "dipped", "skid", "skids", "retreat",
      "retreats", "retreated", "drag", "drags", "dragged", "weaken", "weakens", "weakened",
      "shrink", "shrinks", "shrank", "narrow", "narrows", "narrowed", "erode", "erodes", "slow",
      "slows", "slowed", "down", "lower", "cut", "cuts", "slash", "slashes", "slashed", "trim",
      "trims", "trimmed", "lose", "loses", "lost", "crack", "cracks", "crumble", "crumbles", "falling", "dropping", "declining", "sliding", "slipping",
      "plunging", "tumbling", "sinking", "slumping", "crashing", "tanking", "plummeting", "diving",
      "dipping", "retreating", "dragging", "weakening", "shrinking", "narrowing", "slowing",
      "cutting", "losing", "cheaper", "wilt", "wilts", "bleed", "bleeds", "reel", "reels");

  // Things whose rise is bad news for holders.
  private static final Set<String> BAD_METRICS = Set.of("loss", "losses", "debt", "npa", "npas",
      "costs", "cost", "deficit", "provisions", "attrition", "slippages", "liabilities",
      "outflows", "pledge");
  // What may stand between a target and its move: its shares, a period, a metric.
  private static final Set<String> FILLERS = Set.of("'s", "shares", "share", "stock", "stocks",
      "price", "prices", "q1", "q2", "q3", "q4", "<num>", "%", "net", "profit", "profits",
      "standalone", "consolidated", "quarterly", "quarter", "earnings", "revenue", "revenues",
      "sales", "income", "margin", "margins", "ebitda", "pat", "eps", "market", "cap", "mcap",
      "m-cap", "valuation", "orders", "order", "book", "exports", "output", "volumes", "volume",
      "deliveries", "demand", "dividend", "guidance", "outlook", "forecast", "target", "rating",
      "futures", "also", "further", "again", "sharply", "steeply", "marginally", "over", "nearly",
      "about", "by", "to", "is", "are", "was", "were", "has", "have", "had", "be", "been", "its",
      "the", "a", "ltd", "inc", "corp", "plc", "co", "in", "early", "trade", "trading", "intraday",
      "pc", "per", "cent", "rs", "crore", "cr", "lakh", "bn", "mn", "points", "pts", "yoy", "qoq",
      "fy", "h1", "h2", "more", "than", "<num>-month", "<num>-day", "<num>-week", "'", "becomes",
      "become", "turns", "turn");

  // "to announce Q2 results", "results calendar", "record date": news of a date, not of the
  // results; the headline is neutral for the target unless its own clause moved it first.
  private static final Set<String> SCHEDULE_VERBS = Set.of("announce", "consider", "report",
      "release", "discuss", "review", "declare");
  private static final Set<String> SCHEDULE_NOUNS = Set.of("calendar", "date", "dates",
      "schedule");

  // Good or bad news whatever the direction: it may sit a few words from the target.
  private static final Set<String> GOOD_EVENTS = Set.of("beat", "beats", "beating", "tops",
      "topped", "win", "wins", "won", "bag", "bags", "bagged", "secure", "secures", "secured",
      "clinch", "clinches", "clinched", "bonanza", "dividend", "buyback", "bonus", "upgrade",
      "upgrades", "upgraded", "approval", "approves", "approved", "nod", "clearance", "cleared",
      "multibagger", "outperform", "outperforms", "outperformed", "overweight", "oversubscribed",
      "subscribed", "profit", "profits", "turnaround", "expands", "expansion", "boost", "boosts",
      "boosted", "strong", "stronger", "robust", "record-breaking", "bullish", "optimistic",
      "upbeat", "confidence", "milestone", "breakthrough", "best", "award",
      "awarded", "contract", "contracts", "order", "orders", "premium", "gainer", "gainers",
      "winner", "winners", "deal", "deals", "partnership", "partnerships", "tie-up", "alliance",
      "pact", "factory", "factories", "plant", "inroads", "foothold", "investment", "funding",
      "infusion");
  private static final Set<String> BAD_EVENTS = Set.of("miss", "misses", "missed", "downgrade",
      "downgrades", "downgraded", "probe", "probes", "probing", "investigation", "investigating",
      "investigates", "raid", "raids", "raided", "penalty", "penalties", "penalised", "penalized",
      "fine", "fines", "fined", "bar", "bars", "barred", "ban", "bans", "banned", "sue", "sues",
      "sued", "lawsuit", "lawsuits", "fraud", "scam", "default", "defaults", "defaulted",
      "insolvency", "bankruptcy", "bankrupt", "resign", "resigns", "resigned", "resignation",
      "quits", "quit", "ousted", "sacked", "exit", "exits", "layoffs", "layoff", "laid", "shutdown", "shutoff", "outage", "recall", "recalls", "recalled",
      "grounding", "grounded", "delay", "delays", "delayed", "halt", "halts", "halted", "suspend",
      "suspends", "suspended", "loss", "losses", "warning", "warns", "warned", "selloff",
      "sell-off", "rout", "woes", "crisis", "slump", "blacklisted", "sanction", "sanctions", "sanctioned",
      "glitch", "glitches", "weak", "weaker", "disappoint", "disappoints", "disappointing",
      "struggle", "struggles", "struggling", "worry", "worries", "fears",
      "concern", "concerns", "bearish", "underweight", "underperform", "underperforms", "worst",
      "charges", "charged",
      "arrested", "seized", "attached", "flak", "backlash", "dismal", "loser", "losers",
      "laggard", "laggards", "postpone", "postpones", "postponed", "defer", "defers", "deferred",
      "scraps", "scrapped", "cancels", "cancelled", "canceled", "diversion", "siphoning",
      "embezzlement", "irregularities", "misconduct", "violation", "violations");

  // A house acting on the target from its left: "Jefferies adds BPCL", "cuts X target price".
  private static final Set<String> LEFT_GOOD = Set.of("adds", "buys", "picks", "prefers", "likes",
      "raises", "ups", "hikes", "lifts");
  private static final Set<String> LEFT_BAD = Set.of("cuts", "sells", "dumps", "trims", "drops",
      "lowers", "slashes", "exits");

  // A move that is no move: "Sensex, Nifty end flat", "Oil steady", "X shares unchanged".
  private static final Set<String> FLAT = Set.of("flat", "unchanged", "steady", "steadies",
      "stable", "rangebound", "range-bound", "muted", "little");
  // Verbs that carry such a state ("end flat", "trade steady", "remain unchanged").
  private static final Set<String> STATE_VERBS = Set.of("end", "ends", "ended", "close",
      "closes", "closed", "open", "opens", "opened", "trade", "trades", "traded", "remain",
      "remains", "remained", "hold", "holds", "held", "stay", "stays", "stayed", "settle", "settles",
      "settled", "finish", "finishes", "finished");

  // Brokerage calls that come right before the target ("Buy X, target ...").
  private static final Set<String> GOOD_CALLS = Set.of("buy", "accumulate", "add");
  private static final Set<String> BAD_CALLS = Set.of("sell", "reduce", "avoid", "exit");

  // A reporting verb right after the target makes it a source, not the news.
  private static final Set<String> SOURCE = Set.of("says", "said", "say", "tells", "told",
      "thinks", "expects", "sees", "warns", "ceo", "exec", "chief", "analyst", "analysts");

  private static final Set<String> HARD_BREAKS =
      Set.of(";", ":", "|", "?", "!", ".", "(", ")", "\"", "-", "--", "\u2014", "\u2013");
  // Subordinate clauses: read only when the target's clause has no cue.
  private static final Set<String> TIED = Set.of("after", "as", "on", "amid", "over",
      "following", "because", "since", "with");
  // Clauses that never speak for the target.
  private static final Set<String> AGAINST = Set.of("despite", "but", "though", "although",
      "while", "whereas", "unlike", "even");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without",
      "fails", "failed", "fail");
  private static final Set<String> LIST_GLUE = Set.of(",", "and", "&");
  private static final Set<String> LEFT_FILLERS = Set.of("the", "a", "an", "for", "of", "on",
      "in", "into", "at", "to", "against", "from", "<num>", "'s", "its");

  private HeadlineCues() {}

  /**
   * True when the tokens read as a headline: no sentence-final period, question or exclamation
   * mark, or most words capitalised; and short.
   */
  public static boolean isHeadline(List<Token> tokens) {
    if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
      return false;
    }
    String last = tokens.get(tokens.size() - 1).word();
    // "!" and "?" end headlines as often as sentences ("Gold falls, silver becomes expensive!")
    boolean closed = last.equals(".")
        || (tokens.size() > 1 && (last.equals("\"") || last.equals("''") || last.equals("\u201d"))
            && tokens.get(tokens.size() - 2).word().equals("."));
    return !closed || FeatureWords.titleCase(tokens);
  }

  /** +1 when the headline is good news for its target, -1 bad, 0 when no rule speaks. */
  public static int polarity(FeatureWords s) {
    int start = clauseStart(s);
    int end = clauseEnd(s);
    int p = card(s);
    p = p != 0 ? p : call(s, start);
    if (p == 0 && source(s)) {
      return 0;
    }
    if (p == 0) {
      p = right(s, s.to(), end);
    }
    if (p == 0) {
      p = left(s, start);
    }
    if (p == 0 && end < s.size() && TIED.contains(s.word(end))) {
      p = firstCue(s, end + 1, hardEnd(s, end + 1), false);
    }
    if (p == 0 && end < s.size() && s.word(end).equals(":")) {
      // "X Q2 results: net profit jumps", "X Q4 results: profit declines 19%; declares dividend"
      int from = end + 1;
      p = right(s, from, hardEnd(s, from));
    }
    return p;
  }

  /**
   * True when the headline says nothing for the target: its own clause says it did not move
   * ({@link #flat}), or the news is a date ({@link #scheduled}). Read only where {@link #polarity}
   * found nothing.
   */
  public static boolean neutral(FeatureWords s) {
    return flat(s) || scheduled(s);
  }

  /**
   * "TCS, HCLTech, Infosys to announce quarterly earnings, interim dividend on this date", "Q2
   * results calendar", "record date", "stocks to watch": the news is when or what to look at, not
   * what happened.
   */
  static boolean scheduled(FeatureWords s) {
    int start = clauseStart(s);
    for (int i = 0; i < s.size(); i++) {
      String w = s.word(i);
      if (watchList(s, i) || i >= start && (SCHEDULE_NOUNS.contains(w)
          || SCHEDULE_VERBS.contains(w) && i > 0 && s.word(i - 1).equals("to"))) {
        return true;
      }
    }
    return false;
  }

  // "Stocks to watch", "buzzing stocks", "stocks in focus", "in news", "in the spotlight": a list
  // of names to look at says nothing of where they go.
  private static boolean watchList(FeatureWords s, int i) {
    String w = s.word(i);
    String before = i > 0 ? s.word(i - 1) : "";
    String twoBefore = i > 1 ? s.word(i - 2) : "";
    return w.equals("buzzing") || w.equals("watch") && before.equals("to")
        || (w.equals("focus") || w.equals("news") || w.equals("spotlight"))
            && (before.equals("in") || before.equals("the") && twoBefore.equals("in"));
  }

  // A brokerage card that opens with the target: "X | Brokerage: CLSA | Rating: Underperform".
  private static int card(FeatureWords s) {
    if (s.from() != 0) {
      return 0;
    }
    for (int i = s.to(); i + 2 < s.size(); i++) {
      if (s.word(i).equals("rating") && s.word(i + 1).equals(":")) {
        String call = s.word(i + 2);
        return GOOD_CALLS.contains(call) ? 1 : BAD_CALLS.contains(call) ? -1 : cue(s, i + 2, false);
      }
    }
    return 0;
  }

  /**
   * True when the target's own clause says it did not move ("Sensex, Nifty end flat"): then the
   * headline is neutral for it, whatever the words around lean to. Read only where {@link
   * #polarity} found nothing.
   */
  public static boolean flat(FeatureWords s) {
    int end = clauseEnd(s);
    int listed = 0; // words of other names a list may still hold ("Sensex, Nifty end flat")
    for (int i = s.to(); i < end; i++) {
      String w = s.word(i);
      if (FLAT.contains(w)) {
        return true;
      }
      if (LIST_GLUE.contains(w)) {
        listed = 3;
      } else if (!FILLERS.contains(w) && !STATE_VERBS.contains(w) && listed-- <= 0) {
        return false;
      }
    }
    return false;
  }

  // "Buy X", "Sell X": a call that opens the target's clause just before it.
  private static int call(FeatureWords s, int start) {
    int i = s.from() - 1;
    if (i < start || i > start + 1) {
      return 0;
    }
    String w = s.word(i);
    return GOOD_CALLS.contains(w) ? 1 : BAD_CALLS.contains(w) ? -1 : 0;
  }

  private static boolean source(FeatureWords s) {
    return s.to() < s.size() && SOURCE.contains(s.word(s.to()))
        || s.to() + 1 < s.size() && s.word(s.to()).equals("'s")
            && SOURCE.contains(s.word(s.to() + 1));
  }

  // The target's own move or news, to its right: fillers, metrics and other listed names may
  // stand before a move ("X Q2 net loss widens" is bad news); a news word may be a few content
  // words further; a metric with no move after it is news of its own ("X declares dividend").
  private static int right(FeatureWords s, int from, int end) {
    int sign = 1;
    int metric = 0;
    int content = 0;
    int i = from;
    while (i < end) {
      String w = s.word(i);
      if (SCHEDULE_VERBS.contains(w) && i > 0 && s.word(i - 1).equals("to")) {
        return 0; // "X to announce results, dividend": no news yet
      }
      if (LIST_GLUE.contains(w) && content == 0) {
        i = skipListed(s, i + 1, end);
        continue;
      }
      boolean bad = BAD_METRICS.contains(w);
      if (bad || FILLERS.contains(w) && !extreme(s, i)) {
        sign = bad ? -1 : sign;
        metric = metric != 0 ? metric : bad ? -1 : GOOD_EVENTS.contains(w) ? 1 : 0;
        i++;
        continue;
      }
      int p = cue(s, i, content == 0);
      if (p != 0) {
        return UP.contains(w) || DOWN.contains(w) ? p * sign : p;
      }
      if (!NEGATIONS.contains(w) && ++content > EVENT_REACH) {
        break;
      }
      i++;
    }
    return metric;
  }

  // Past the names of a list ("Infosys, TCS drag"): words until the next glue, cue or break.
  private static int skipListed(FeatureWords s, int i, int end) {
    int k = i;
    while (k < end && k < i + 3 && !LIST_GLUE.contains(s.word(k)) && !s.word(k).equals("to")
        && cue(s, k, true) == 0) {
      k++;
    }
    return k;
  }

  // A verb or noun that acts on the target from its left: "Sebi bars X", "order for X".
  private static int left(FeatureWords s, int start) {
    for (int i = s.from() - 1, seen = 0; i >= start && seen < LEFT_REACH; i--) {
      if (LIST_GLUE.contains(s.word(i))) {
        // "adds BPCL, Axis Bank": the names listed before the target share its verb
        return listedAfter(s, i, start);
      }
      if (LEFT_GOOD.contains(s.word(i)) || LEFT_BAD.contains(s.word(i))) {
        return LEFT_GOOD.contains(s.word(i)) ? 1 : -1;
      }
      int p = cue(s, i, false);
      if (p != 0) {
        return p;
      }
      if (!LEFT_FILLERS.contains(s.word(i))) {
        seen++;
      }
    }
    return 0;
  }

  // Back from the glue at i past up to three words of each listed name to a house's verb.
  private static int listedAfter(FeatureWords s, int glue, int start) {
    int i = glue - 1;
    for (int words = 0; i >= start && words < 3; i--, words++) {
      String w = s.word(i);
      if (LEFT_GOOD.contains(w) || LEFT_BAD.contains(w)) {
        return LEFT_GOOD.contains(w) ? 1 : -1;
      }
      if (LIST_GLUE.contains(w)) {
        return listedAfter(s, i, start);
      }
      if (HARD_BREAKS.contains(w)) {
        return 0;
      }
      int p = cue(s, i, false); // "Sebi bars Acme, Beta"
      if (p != 0) {
        return p;
      }
    }
    return 0;
  }

  private static int firstCue(FeatureWords s, int from, int to, boolean moves) {
    for (int i = from; i < to; i++) {
      if (i >= s.from() && i < s.to()) {
        continue;
      }
      int p = cue(s, i, moves);
      if (p != 0) {
        return p;
      }
    }
    return 0;
  }

  // The cue at word i, negation applied; a move counts only when {@code moves} is true.
  private static int cue(FeatureWords s, int i, boolean moves) {
    String w = s.word(i);
    int p;
    if ((w.equals("high") || w.equals("highs") || w.equals("low") || w.equals("lows")) && i > 0
        && extreme(s.word(i - 1))) {
      p = w.startsWith("high") ? 1 : -1;
    } else if (extreme(w) && i + 1 < s.size() && s.word(i + 1).startsWith("high")) {
      p = 1;
    } else if (extreme(w) && i + 1 < s.size() && s.word(i + 1).startsWith("low")) {
      p = -1;
    } else if (w.equals("pressure") && i > 0 && s.word(i - 1).equals("under")) {
      p = -1; // "IT stocks under pressure"
    } else if ((w.equals("green") || w.equals("red")) && inColour(s, i)) {
      p = w.equals("green") ? 1 : -1; // "X in green", "ends in the red"
    } else if (GOOD_EVENTS.contains(w)) {
      p = 1;
    } else if (BAD_EVENTS.contains(w)) {
      p = -1;
    } else if (moves && UP.contains(w)) {
      p = 1;
    } else if (moves && DOWN.contains(w)) {
      p = -1;
    } else {
      return 0;
    }
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      if (NEGATIONS.contains(s.word(k))) {
        return -p;
      }
    }
    return p;
  }

  private static boolean inColour(FeatureWords s, int i) {
    return i > 0 && s.word(i - 1).equals("in")
        || i > 1 && s.word(i - 1).equals("the") && s.word(i - 2).equals("in");
  }

  // Word i is "high" or "low" after "record", "52-week" and the like.
  private static boolean extreme(FeatureWords s, int i) {
    String w = s.word(i);
    return i > 0 && extreme(s.word(i - 1)) && (w.startsWith("high") || w.startsWith("low"));
  }

  private static boolean extreme(String w) {
    return w.equals("record") || w.equals("all-time") || w.equals("lifetime")
        || w.equals("life-time") || w.equals("fresh") || w.equals("new")
        || w.endsWith("-week") || w.endsWith("-month") || w.endsWith("-year");
  }

  // First word of the target's clause: past the last hard break, "despite" or "but" before it.
  private static int clauseStart(FeatureWords s) {
    int i = s.from();
    while (i > 0 && !HARD_BREAKS.contains(s.word(i - 1)) && !AGAINST.contains(s.word(i - 1))
        && !TIED.contains(s.word(i - 1))) {
      i--;
    }
    return i;
  }

  // Just past the target's clause: the next hard break or subordinating word.
  private static int clauseEnd(FeatureWords s) {
    int i = s.to();
    while (i < s.size() && !HARD_BREAKS.contains(s.word(i)) && !AGAINST.contains(s.word(i))
        && !TIED.contains(s.word(i))) {
      i++;
    }
    return i;
  }

  private static int hardEnd(FeatureWords s, int from) {
    int i = from;
    while (i < s.size() && !HARD_BREAKS.contains(s.word(i)) && !AGAINST.contains(s.word(i))) {
      i++;
    }
    return i;
  }
}

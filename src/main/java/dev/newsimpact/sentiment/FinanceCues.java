package dev.newsimpact.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words and phrases that say news is good or bad for a security's holders, this project's own short
 * lists (no third-party lexicon). They pool rare words into a few shared features, which a
 * classifier trained on two thousand spans needs; the classifier weighs them against the words
 * around the target. Phrases win over their words: "cut its forecast" is bad news even though "cut"
 * alone is not, "record low" is bad although "record" is good. Stateless.
 */
public final class FinanceCues {

  /**
   * One cue in a sentence.
   *
   * @param start first word
   * @param end just past the last word
   * @param polarity +1 good for holders, -1 bad
   * @param kind {@code word} or the phrase's name, e.g. {@code beat_expectations}
   */
  public record Cue(int start, int end, int polarity, String kind) {}

  private static final Set<String> GOOD = Set.of(
      "rise", "rose", "risen", "rises", "rising", "gain", "gained", "gains", "gaining", "jump",
      "jumped", "jumps", "jumping", "surge", "surged", "surges", "surging", "soar", "soared",
      "soars", "soaring", "rally", "rallied", "rallies", "rallying", "climb", "climbed", "climbs",
      "climbing", "advance", "advanced", "advances", "advancing", "rebound", "rebounded",
      "rebounds", "rebounding", "recover", "recovered", "recovers", "recovering", "recovery", "up",
      "higher", "beat", "beats", "beating", "exceed", "exceeded", "exceeds", "surpassed",
      "outperform", "outperformed", "outperforming", "outperforms", "upgrade", "upgraded",
      "upgrades", "boost", "boosted", "boosts", "boosting", "lift", "lifted", "lifts", "strong",
      "stronger", "strongest", "strength", "robust", "solid", "growth", "grew", "profit",
      "profitable", "profits", "win", "won", "wins", "approve", "approved", "approval", "bullish",
      "optimism", "optimistic", "upbeat", "positive", "improve", "improved", "improving",
      "improvement", "expand", "expanded", "expansion", "accelerate", "accelerated", "best",
      "boom", "booming", "tailwind", "tailwinds", "spike", "spiked", "leap", "leapt", "leaped",
      "rocketed", "skyrocketed", "doubled", "bounce", "bounced", "benefit", "benefited",
      "benefiting", "success", "successful", "buyback", "outpaced", "firmer", "firmed", "record",
      "overweight", "buy", "top", "topped", "highs", "breakthrough", "favorable", "resilient",
      "gainer", "gainers", "winner", "winners", "strengthened", "appreciated", "growing",
      "accelerating", "touted", "competitive", "leader", "leaders", "leading", "testament",
      "dominance", "dominant", "upside", "outperformer", "beneficiary", "beneficiaries", "thrived",
      "thriving", "momentum", "surpass", "premium", "bargain", "undervalued", "attractive",
      "confidence", "confident", "progress", "milestone", "secured", "awarded",
      "raised", "increase", "increased", "increases", "higher-than-expected", "healthy", "rosier", "bolstered",
      "aiding", "best-selling", "highest", "greatest", "best-performing", "attracted",
      "sweetened", "better", "protection", "recommends", "green",
      // added with the target-role features: payouts, turnarounds, praise, approvals
      "dividend", "dividends", "buybacks", "repurchase", "repurchases", "tripled", "tripling",
      "doubling", "bull", "bulls", "upswing", "uptick", "upturn", "windfall", "lucrative", "cheer",
      "cheered", "welcomed", "praised", "boon", "revive", "revived", "turnaround", "outpace",
      "outpacing", "exceeding", "favourable", "upward", "stellar", "blowout", "impressive",
      "skyrocketing", "buoyed", "buoyant", "propelled", "recommend", "cleared", "approves",
      "secures", "clinched", "landed", "raises", "raising");

  private static final Set<String> BAD = Set.of(
      "fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "drops", "dropping",
      "decline", "declined", "declines", "declining", "slide", "slid", "slides", "sliding", "slip",
      "slipped", "slips", "slipping", "plunge", "plunged", "plunges", "plunging", "tumble",
      "tumbled", "tumbles", "tumbling", "sink", "sank", "sunk", "sinks", "sinking", "lose", "lost",
      "loses", "losing", "loss", "losses", "slump", "slumped", "slumps", "slumping", "crash",
      "crashed", "plummet", "plummeted", "plummeting", "dive", "dived", "dove", "diving",
      "retreat", "retreated", "shed", "sheds", "shedding", "sag", "sagged", "weaken", "weakened",
      "weak", "weaker", "weakness", "down", "lower", "miss", "missed", "misses", "downgrade",
      "downgraded", "downgrades", "lawsuit", "lawsuits", "sue", "sued", "suing", "probe", "probes",
      "investigation", "investigating", "fined", "penalty", "warn", "warned", "warning", "warns",
      "fraud", "bankruptcy", "bankrupt", "default", "defaulted", "layoff", "layoffs", "sell-off",
      "selloff", "bearish", "underweight", "underperform", "underperformed", "concern",
      "concerns", "fear", "fears", "worried", "worry", "worries", "pressure", "pressured", "hurt",
      "hurting", "slowdown", "slowing", "slower", "disappoint", "disappointed", "disappointing",
      "disappointment", "worst", "woes", "struggle", "struggled", "struggling", "halt", "halted",
      "suspend", "suspended", "recall", "recalled", "delay", "delayed", "erased", "wiped",
      "pessimism", "negative", "deteriorate", "deteriorated", "shortfall", "headwind",
      "headwinds", "slash", "slashed", "scrapped", "reject", "rejected", "ban", "banned",
      "sanctions", "drag", "dragged", "drags", "weighed", "weigh", "weighs", "weighing", "lagged",
      "lagging", "downturn", "recession", "crisis", "collapse", "collapsed", "tanked", "sell",
      "losers", "loser", "lows", "decliners", "hit", "eased", "easing",
      "volatile", "turmoil", "uncertainty", "risks", "threat", "downbeat", "dipped", "dip",
      "dips", "skid", "skidded", "underwhelming", "accused", "allegations", "alleged", "setback",
      "setbacks", "dismal", "gloomy", "criticized", "criticised", "downfall", "embroiled",
      "strike", "strikes", "hurdles", "hack", "hacked", "breach", "penalties", "charged",
      "plaintiffs", "violated", "violation", "violations", "scandal", "debacle", "blowup",
      "exodus", "outflows", "writedown", "write-down", "impairment",
      "unprofitable", "overvalued", "expensive", "decrease", "decreased", "reduced", "shrink",
      "shrank", "contracted", "contraction", "stoppage", "disrupted", "disruption", "shortage",
      "shortages", "problems", "problem", "troubled", "trouble", "distress", "distressed",
      "liquidation", "insolvency", "fired", "resigned", "ousted", "abandoned", "canceled",
      "cancelled", "terminated", "blocked", "fines", "subpoena", "indicted", "guilty", "hits",
      "laggard", "laggards", "underperforming", "blow", "faltering", "plight", "alarming",
      "challenges", "challenging", "liable", "damages", "paused", "impacted", "depleted",
      "suffered", "deepest", "worst-performing", "lowest", "vulnerable", "crunch", "gloom",
      "slowed", "outage", "red",
      // added with the target-role features: shrinking, worry, weak demand, punishment
      "dwindle", "dwindled", "dwindling", "shrunken", "fretted", "fret", "cracks", "rocky",
      "insolvent", "overpaying", "apology", "backlash", "scrutiny", "halts", "halting",
      "shortfalls", "writedowns", "downgrading", "underperformance", "sell-offs", "selloffs",
      "dumped", "dumping", "litigation", "recalls", "bear", "jitters", "nervousness", "nervous",
      "anxiety", "panic", "downside", "shaky", "fragile", "sluggish", "stagnant", "stagnation",
      "tepid", "lackluster", "lacklustre", "muted", "softer", "softening", "subdued", "grim",
      "bleak", "dire", "hammered", "battered", "pummeled", "rout", "wipeout", "tanking", "crater",
      "cratered", "nosedive", "nosedived", "plummets", "slashes", "cutback", "cutbacks",
      "delisted", "delisting", "defaults", "loss-making", "deficit", "overcapacity", "glut",
      "oversupply", "penalised", "penalized", "sanctioned", "blacklisted", "raided", "seized",
      "arrested", "convicted", "complaint", "complaints", "shutdown", "closure", "closures");

  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "no", "never", "without", "nor", "neither", "failed", "fails", "zero",
          "hardly", "lack");

  private static final Set<String> CONTRAST =
      Set.of("despite", "but", "although", "though", "while", "whereas", "however", "yet",
          "meanwhile", "unlike", "even");

  private static final Set<String> RAISE =
      Set.of("raise", "raised", "raises", "raising", "lifted", "boosted", "hiked", "upped",
          "increased", "reaffirmed", "beat", "beats", "topped", "exceeded", "surpassed", "above");
  private static final Set<String> LOWER =
      Set.of("cut", "cuts", "cutting", "lowered", "lowers", "slashed", "trimmed", "reduced",
          "withdrew", "pulled", "suspended", "missed", "misses", "miss", "below", "short");
  private static final Set<String> TARGETS =
      Set.of("guidance", "forecast", "forecasts", "outlook", "target", "targets", "estimate",
          "estimates", "projection", "expectation",
          "expectations", "consensus", "view", "views", "projections", "dividend", "rating");
  private static final Set<String> EXTREMES =
      Set.of("record", "all-time", "<num>-week", "<num>-year", "multi-year", "multiyear",
          "<num>-month", "decade", "lifetime", "fresh", "new", "session");
  private static final Set<String> COMPARATIVE_GOOD =
      Set.of("better-than-expected", "stronger-than-expected", "higher-than-expected",
          "above-expected", "above-forecast");
  private static final Set<String> COMPARATIVE_BAD =
      Set.of("worse-than-expected", "weaker-than-expected", "lower-than-expected",
          "below-expected", "softer-than-expected");

  private static final int PHRASE_GAP = 4;

  private FinanceCues() {}

  /** +1 for a good word, -1 for a bad one, else 0. */
  public static int polarity(String word) {
    return GOOD.contains(word) ? 1 : BAD.contains(word) ? -1 : 0;
  }

  public static boolean isNegation(String word) {
    return NEGATIONS.contains(word);
  }

  public static boolean isContrast(String word) {
    return CONTRAST.contains(word);
  }

  /** Every cue of the sentence outside the target, in word order; phrases before their words. */
  public static List<Cue> find(FeatureWords s) {
    List<Cue> cues = new ArrayList<>();
    boolean[] used = new boolean[s.size()];
    for (int i = 0; i < s.size(); i++) {
      if (i >= s.from() && i < s.to()) {
        continue;
      }
      Cue phrase = phraseAt(s, i);
      if (phrase != null) {
        cues.add(phrase);
        for (int k = phrase.start(); k < phrase.end(); k++) {
          used[k] = true;
        }
      }
    }
    for (int i = 0; i < s.size(); i++) {
      if (used[i] || i >= s.from() && i < s.to()) {
        continue;
      }
      int p = polarity(s.word(i));
      if (p != 0) {
        cues.add(new Cue(i, i + 1, p, "word"));
      }
    }
    cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return cues;
  }

  private static Cue phraseAt(FeatureWords s, int i) {
    String w = s.word(i);
    if (COMPARATIVE_GOOD.contains(w)) {
      return new Cue(i, i + 1, 1, "better_than_expected");
    }
    if (COMPARATIVE_BAD.contains(w)) {
      return new Cue(i, i + 1, -1, "worse_than_expected");
    }
    if (EXTREMES.contains(w) && i + 1 < s.size()) {
      String next = s.word(i + 1);
      if (next.equals("high") || next.equals("highs")) {
        return new Cue(i, i + 2, 1, "record_high");
      }
      if (next.equals("low") || next.equals("lows")) {
        return new Cue(i, i + 2, -1, "record_low");
      }
    }
    boolean raise = RAISE.contains(w);
    if (raise || LOWER.contains(w)) {
      for (int k = i + 1; k < Math.min(s.size(), i + 1 + PHRASE_GAP); k++) {
        if (k >= s.from() && k < s.to() || s.word(k).equals(".") || s.word(k).equals(";")) {
          break;
        }
        if (TARGETS.contains(s.word(k))) {
          return new Cue(i, k + 1, raise ? 1 : -1, raise ? "raise_or_beat" : "cut_or_miss");
        }
      }
    }
    if ((w.equals("class") && next(s, i, "action")) || w.equals("antitrust")) {
      return new Cue(i, i + 1, -1, "legal");
    }
    return null;
  }

  private static boolean next(FeatureWords s, int i, String word) {
    return i + 1 < s.size() && s.word(i + 1).equals(word);
  }
}

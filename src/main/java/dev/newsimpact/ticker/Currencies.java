package dev.newsimpact.ticker;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a currency's name stands for the currency as traded: "Rupee slips", "yen weakens", "against
 * the dollar", "the rupee's fall", "a stronger dollar", "rupee hits record low". Everyday money talk
 * ("$1.2 billion", "a billion-dollar deal", "in dollar terms", "a pound of beef", "Samsung won the
 * order") is not about the currency, so a currency links only where these words say it is; a name
 * that says it itself ("dollar index", "DXY") needs none. Stateless.
 */
final class Currencies {

  /** Verbs right after the name that make it the mover: commodities' move verbs and currencies' own. */
  private static final Set<String> MOVE_VERBS = union(Cues.MOVE_AFTER, Set.of(
      "weakens", "weaken", "weakened", "strengthens", "strengthen", "strengthened", "firms",
      "firmed", "appreciates", "appreciated", "depreciates", "depreciated", "hits", "hit",
      "touches", "touched", "plummets", "plummeted", "crashes", "crashed", "slumped", "advances",
      "advanced", "skids", "skidded", "sags", "sagged", "pares", "pared", "opens", "opened",
      "closes", "closed", "traded", "weakening", "strengthening", "rising", "falling", "slipping",
      "sliding", "gaining", "surging", "plunging", "tumbling", "extended", "gave", "lost", "loses"));
  /** After "was", "is": the state of a currency ("the dollar was up 0.3%", "was trading at"). */
  private static final Set<String> STATE_AFTER_BE = Set.of(
      "up", "down", "higher", "lower", "weaker", "stronger", "firmer", "softer", "steady", "flat",
      "trading", "last", "little", "unchanged", "on");
  /** Right after the name, as market wraps write a move without its verb: "with the euro up 0.05%". */
  private static final Set<String> STATE_AFTER = Set.of(
      "up", "down", "higher", "lower", "weaker", "stronger", "firmer", "softer", "steady", "flat",
      "unchanged");
  private static final Set<String> BE = Set.of("was", "is", "were", "has", "had", "remained", "stood");
  /** Words that may stand between the name and its verb: "the yen briefly weakened". */
  private static final Set<String> INSERTED = Set.of("also", "further", "then", "again", "initially");
  /** Nouns of a move or a state after a possessive: "the rupee's fall", "the dollar's strength". */
  private static final Set<String> MOVE_NOUNS = Set.of(
      "fall", "falls", "decline", "declines", "slide", "drop", "drops", "gain", "gains", "rally",
      "rise", "rises", "strength", "weakness", "slump", "depreciation", "appreciation", "value",
      "rebound", "surge", "losses", "loss", "advance", "recovery", "weakening", "strengthening",
      "plunge", "move", "moves", "rout", "descent", "climb", "exchange", "level", "peg", "retreat",
      "volatility", "devaluation", "collapse", "selloff", "sell-off", "crash", "swings");
  /** Adjectives before the name that speak of the currency's state: "a stronger dollar". */
  private static final Set<String> STATE_ADJECTIVES = Set.of(
      "stronger", "weaker", "strong", "weak", "firmer", "softer", "strengthening", "weakening",
      "rising", "falling", "sliding", "slumping", "surging", "depreciating", "appreciating",
      "soaring", "plunging", "tumbling", "resurgent", "sagging", "rallying", "buoyant", "battered",
      "beleaguered", "embattled");
  /** Words before the name that make it the other side of a quote: "against the dollar". */
  private static final Set<String> VERSUS = Set.of("against", "versus", "vs");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their");
  /** After "at", "near", "to": words of a record level ("rupee at record low"). */
  private static final Set<String> EXTREMES = Set.of("low", "lows", "high", "highs", "record");
  private static final Set<String> AT = Set.of("at", "near", "to", "below", "above", "past");
  /** Nouns that make the name a money word in a compound: "dollar terms", "euro zone". */
  private static final Set<String> COMPOUND_NOUNS = Set.of(
      "terms", "amount", "amounts", "deal", "deals", "bill", "bills", "store", "stores",
      "denominated", "bonds", "bond", "debt", "loans", "loan", "funding", "liquidity", "shortage",
      "zone", "area", "sign", "signs", "coin", "coins", "note", "notes", "figure", "figures",
      "values", "assets", "prices", "price", "sales", "revenue", "revenues", "earnings", "menu",
      "shop", "shops", "economy", "economies", "countries", "region", "members", "member",
      "millionaire", "millionaires", "billionaire", "billionaires", "bloc", "banknotes");
  /** Words before a bare currency word that make it an amount: "100 million dollar fund". */
  private static final Set<String> SCALES = Set.of(
      "thousand", "million", "billion", "trillion", "bn", "mln", "multibillion", "multimillion",
      "multi", "half", "quarter", "few", "many", "several", "dozen", "hundred", "hundreds",
      "thousands", "millions", "billions");
  /** Words that end the noun phrase after a possessive ("the dollar's share of ..."). */
  private static final Set<String> BREAKS = Set.of(
      "of", "in", "on", "to", "for", "from", "and", "or", "but", "with", "by", "as", "at", "is",
      "was", "has", "had", "will", "would", "that", "which");
  private static final Pattern REUTERS_CODE = Pattern.compile("\\s*[A-Z]{3}=(?![A-Za-z0-9])");
  /** Currency words that are also everyday English verbs: only "the won" as a mover counts. */
  private static final Set<String> STRICT = Set.of("won");

  private Currencies() {}

  /** True when the alias names a currency that needs the words around it to say so. */
  static boolean gated(Alias a) {
    return a.security().kind() == SecurityKind.CURRENCY && !a.has(UniverseFormat.ACRONYM)
        && !AliasKeys.key(a.text()).endsWith(" index");
  }

  /** True when the words around the span speak of the currency as traded. */
  static boolean spokenOf(Span span) {
    SentenceView view = span.view();
    int first = span.firstToken();
    int end = span.endToken();
    if (inCompound(view, span) || amountBefore(view, first)
        || (span.length() == 1 && namedForAnother(view, first))) {
      return false;
    }
    String key = AliasKeys.key(span.text());
    if (STRICT.contains(key)) {
      return "the".equals(view.tokenKey(first - 1)) && moverAfter(view, end);
    }
    if (COMPOUND_NOUNS.contains(view.tokenKey(end))) {
      return false;
    }
    return reutersCodeAfter(view, span) || moverAfter(view, end) || possessiveMove(view, end)
        || versus(view, first)
        || VERSUS.contains(view.tokenKey(end)) || stateBefore(view, first)
        || moveNounBefore(view, first) || levelAfter(view, end);
  }

  /**
   * "Rupee slips", "the yen briefly weakened", "the dollar was up", "the euro was trading at", "the
   * Canadian dollar, or loonie, gained".
   */
  private static boolean moverAfter(SentenceView view, int end) {
    if (",".equals(view.tokenKey(end))) {
      for (int t = end + 1; t < Math.min(view.tokenCount(), end + 5); t++) {
        if (",".equals(view.tokenKey(t))) {
          return verbAt(view, t + 1);
        }
      }
      return false;
    }
    return verbAt(view, end);
  }

  private static boolean verbAt(SentenceView view, int end) {
    int t = end;
    String next = view.tokenKey(t);
    if (INSERTED.contains(next) || (next.endsWith("ly") && next.length() > 3
        && !MOVE_VERBS.contains(next))) {
      t++;
      next = view.tokenKey(t);
    }
    if (MOVE_VERBS.contains(next) || STATE_AFTER.contains(next)) {
      return true; // "the dollar rose", "with the euro up 0.05%"
    }
    return BE.contains(next) && STATE_AFTER_BE.contains(view.tokenKey(t + 1));
  }

  /** "the rupee's fall", "the dollar's recent strength". */
  private static boolean possessiveMove(SentenceView view, int end) {
    String written = view.tokenText(Math.min(end, view.tokenCount() - 1));
    if (end >= view.tokenCount() || !(written.equals("'s") || written.equals("\u2019s")
        || written.equals("'") || written.equals("\u2019"))) {
      return false;
    }
    // "the euro's 10% year-to-date decline": figures and modifiers may come first
    for (int t = end + 1; t < Math.min(view.tokenCount(), end + 9); t++) {
      String key = view.tokenKey(t);
      if (MOVE_NOUNS.contains(key)) {
        return true;
      }
      boolean spaced = Character.isWhitespace(view.text.charAt(view.token(t).begin() - 1));
      if (key.equals(",") || key.equals(".") || (spaced && BREAKS.contains(key))) {
        return false;
      }
    }
    return false;
  }

  /** "Sterling GBP= was last trading at $1.2925": a Reuters currency code names the currency. */
  private static boolean reutersCodeAfter(SentenceView view, Span span) {
    return REUTERS_CODE.matcher(view.text).region(span.end(), view.text.length()).lookingAt();
  }

  /** "against the dollar", "versus the yen", "vs. the euro". */
  private static boolean versus(SentenceView view, int first) {
    return VERSUS.contains(view.tokenKey(skipDeterminers(view, first - 1)));
  }

  /** "a stronger dollar", "the weak yen". */
  private static boolean stateBefore(SentenceView view, int first) {
    return STATE_ADJECTIVES.contains(view.tokenKey(skipDeterminers(view, first - 1)));
  }

  /** "the fall in the rupee", "weakness in the yen", "depreciation of the lira". */
  private static boolean moveNounBefore(SentenceView view, int first) {
    int t = skipDeterminers(view, first - 1);
    String prep = view.tokenKey(t);
    return (prep.equals("in") || prep.equals("of")) && MOVE_NOUNS.contains(view.tokenKey(t - 1));
  }

  /** "Rupee at record low", "the euro at $1.08", "the lira near a record low". */
  private static boolean levelAfter(SentenceView view, int end) {
    if (!AT.contains(view.tokenKey(end))) {
      return false;
    }
    String next = view.tokenText(Math.min(end + 1, view.tokenCount() - 1));
    if (end + 1 < view.tokenCount() && (Character.isDigit(next.charAt(0))
        || (next.equals("$") && end + 2 < view.tokenCount()
            && Character.isDigit(view.tokenText(end + 2).charAt(0))))) {
      return true;
    }
    for (int t = end + 1; t < Math.min(view.tokenCount(), end + 5); t++) {
      if (EXTREMES.contains(view.tokenKey(t))) {
        return true;
      }
    }
    return false;
  }

  private static int skipDeterminers(SentenceView view, int t) {
    while (t >= 0 && DETERMINERS.contains(view.tokenKey(t))) {
      t--;
    }
    return t;
  }

  /** "billion-dollar", "dollar-denominated", "dollar/yen", "euro-zone": part of a longer word. */
  private static boolean inCompound(SentenceView view, Span span) {
    String text = view.text;
    int b = span.begin();
    int e = span.end();
    return (b > 0 && isJoiner(text.charAt(b - 1))) || (e < text.length() && isJoiner(text.charAt(e)))
        || "/".equals(view.tokenKey(span.firstToken() - 1)) || "/".equals(view.tokenKey(span.endToken()));
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '/' || c == '\u2010' || c == '\u2011';
  }

  /** "$1.2 billion dollars", "a 100 dollar bill", "multi-billion dollar": an amount of money. */
  private static boolean amountBefore(SentenceView view, int first) {
    String before = view.tokenKey(first - 1);
    return SCALES.contains(before) || (!before.isEmpty() && Character.isDigit(before.charAt(0)));
  }

  /**
   * "Pakistani rupee", "Zimbabwe dollar": a capitalised word right before a bare currency word names
   * another country's currency (headlines in title case excepted, where every word is capitalised).
   */
  private static boolean namedForAnother(SentenceView view, int first) {
    int prev = first - 1;
    if (prev < 0 || view.titleCase) {
      return false;
    }
    String t = view.tokenText(prev);
    String key = view.tokenKey(prev);
    return t.length() > 1 && Character.isUpperCase(t.charAt(0))
        && t.chars().allMatch(c -> Character.isLetter(c) || c == '.')
        && !DETERMINERS.contains(key) && !VERSUS.contains(key) && !STATE_ADJECTIVES.contains(key)
        && !key.equals("u.s") && !key.equals("us");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}

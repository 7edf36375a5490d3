package dev.newsimpact.claim;

import java.util.Locale;
import java.util.Set;

/**
 * The words news uses for price moves, their direction, and the words that mark a figure as something
 * other than a price move. Lemmas, lower case.
 */
final class MoveLexicon {

  private static final Set<String> UP =
      Set.of("rise", "gain", "climb", "jump", "surge", "soar", "rally", "advance", "add",
          "increase", "rebound", "spike", "leap", "rocket", "skyrocket", "up", "higher", "firm",
          "recover", "pop", "balloon", "outperform", "bounce", "grow", "appreciate", "tick", "lift",
          "boost", "strengthen");

  private static final Set<String> DOWN =
      Set.of("fall", "drop", "decline", "slide", "slip", "plunge", "tumble", "sink", "lose",
          "shed", "slump", "dip", "sag", "crash", "retreat", "ease", "plummet", "dive", "skid",
          "decrease", "down", "lower", "loss", "sell-off", "selloff", "erase", "weaken", "crater",
          "nosedive", "collapse", "depreciate", "underperform", "fell", "drag");

  /** Nouns whose changes are figures, never price moves. */
  private static final Set<String> NON_PRICE_NOUNS =
      Set.of("revenue", "revenues", "sale", "sales", "profit", "earnings", "income", "margin",
          "dividend", "stake", "rate", "yield", "inflation", "tariff", "target", "guidance",
          "output", "production", "eps", "ebitda", "cost", "expense", "spending", "expenditure",
          "debt", "volume", "forecast", "estimate", "outlook", "demand", "supply", "export",
          "import", "unemployment", "gdp", "growth", "order", "shipment", "payout", "loan",
          "deposit", "subscriber", "user", "headcount", "job", "salary", "wage", "capex",
          "investment", "capacity", "premium", "discount", "upside", "downside", "weighting",
          "weight", "contribution", "ownership", "holding", "valuation", "multiple", "ratio",
          "turnover", "asset", "probability", "chance", "odds");

  /** Modal and hedging words that make a move hypothetical. */
  private static final Set<String> HYPOTHETICAL =
      Set.of("could", "may", "might", "would", "should", "can", "expect", "predict", "forecast",
          "see", "estimate", "project", "warn", "if");

  private MoveLexicon() {}

  /** The direction a cue word gives, or null when the word is no move cue. */
  static Direction direction(String lemma) {
    String word = lemma.toLowerCase(Locale.ROOT);
    if (UP.contains(word)) {
      return Direction.UP;
    }
    if (DOWN.contains(word)) {
      return Direction.DOWN;
    }
    if (word.equals("unchanged") || word.equals("flat")) {
      return Direction.FLAT;
    }
    return null;
  }

  static boolean isNonPriceNoun(String lemma) {
    return NON_PRICE_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  static boolean isHypothetical(String lemma) {
    return HYPOTHETICAL.contains(lemma.toLowerCase(Locale.ROOT));
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves subjects that are not names ("the fund", "the chipmaker", "it") to the security they refer
 * back to: the nearest earlier mention of a compatible kind, within a few sentences.
 */
final class Antecedents {

  private static final int WINDOW_SENTENCES = 3;

  private static final Set<String> FUND_WORDS = Set.of("fund", "etf", "tracker", "trust");
  private static final Set<String> INDEX_WORDS =
      Set.of("index", "benchmark", "gauge", "average", "barometer");
  private static final Set<String> COMPANY_WORDS =
      Set.of("company", "firm", "group", "chipmaker", "lender", "bank", "carmaker", "automaker",
          "retailer", "insurer", "miner", "drugmaker", "planemaker", "airline", "giant", "maker",
          "operator", "producer", "developer", "conglomerate", "startup", "provider", "brewer",
          "utility", "manufacturer", "supplier", "designer", "platform", "corporation", "business",
          "telecom", "carrier", "player", "builder", "owner", "stock", "shares", "share", "name",
          "broker");
  private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their");

  private Antecedents() {}

  /** True when {@code word} can refer back to a security. */
  static boolean isReferring(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return FUND_WORDS.contains(lower) || INDEX_WORDS.contains(lower)
        || COMPANY_WORDS.contains(lower) || PRONOUNS.contains(lower);
  }

  /**
   * The mention {@code word} (at {@code begin} in sentence {@code sentence}) refers back to, or null
   * when there is none or the nearest candidates disagree.
   */
  static Mention resolve(String word, int sentence, int begin, List<Mention> mentions) {
    String lower = word.toLowerCase(Locale.ROOT);
    Mention best = null;
    for (Mention mention : mentions) {
      if (mention.begin() >= begin || mention.sentence() < sentence - WINDOW_SENTENCES) {
        continue;
      }
      if (compatible(lower, mention.security().kind())) {
        best = mention;
      }
    }
    return best;
  }

  private static boolean compatible(String word, SecurityKind kind) {
    if (FUND_WORDS.contains(word)) {
      return kind == SecurityKind.ETF || kind == SecurityKind.FUND;
    }
    if (INDEX_WORDS.contains(word)) {
      return kind == SecurityKind.INDEX;
    }
    if (PRONOUNS.contains(word)) {
      return true;
    }
    return kind == SecurityKind.EQUITY;
  }
}

package dev.newsimpact.ticker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Futures tracking the S&amp;P 500 were down 2.6%": an index named as what futures track means its
 * futures contract, not the index; "funds tracking the S&amp;P 500 and Nasdaq" mean the index funds
 * (SPY, QQQ). ("S&amp;P 500 e-minis" and "Nasdaq futures" are aliases of the contracts themselves.)
 * An index coordinated with a tracked one ("the S&amp;P 500 and Nasdaq") is tracked too. Stateless.
 */
final class Futures {

  /** The futures contract news means by "futures on" an index. */
  private static final Map<String, String> OF_INDEX = Map.of(
      "^GSPC", "ES=F", "^DJI", "YM=F", "^NDX", "NQ=F", "^IXIC", "NQ=F", "^RUT", "RTY=F",
      "^N225", "NKD=F");
  /** The fund news means by "funds tracking" an index. */
  private static final Map<String, String> FUND_OF_INDEX = Map.of(
      "^GSPC", "SPY", "^DJI", "DIA", "^NDX", "QQQ", "^IXIC", "QQQ", "^RUT", "IWM");
  private static final Set<String> FUTURES = Set.of("futures", "e minis", "e mini", "emini", "eminis");
  private static final Set<String> FUNDS = Set.of("funds", "fund", "etfs", "etf");
  /** Words between "futures" and the index: "futures tracking the", "futures on the". */
  private static final Set<String> LINKING = Set.of(
      "tracking", "on", "for", "linked", "to", "the", "of", "that", "track", "tied");

  private Futures() {}

  static void apply(List<Span> spans, List<LinkScorer.Decision> decisions, Universe universe) {
    Map<String, String> previous = null;
    for (int i = 0; i < spans.size(); i++) {
      LinkScorer.Decision d = decisions.get(i);
      Map<String, String> table = null;
      if (d != null && d.security().kind() == SecurityKind.INDEX) {
        table = trackedBy(spans.get(i));
        if (table == null && previous != null && coordinated(spans.get(i - 1), spans.get(i))) {
          table = previous;
        }
      }
      previous = null;
      if (table == null) {
        continue;
      }
      String tracker = table.get(d.security().ticker());
      Security security = tracker == null ? null : universe.bySymbol(tracker).orElse(null);
      if (security != null) {
        decisions.set(i, new LinkScorer.Decision(security, null, d.confidence()));
        previous = table;
      }
    }
  }

  /** "the S&P 500 and Nasdaq": two spans of one sentence with only "and" or a comma between. */
  private static boolean coordinated(Span a, Span b) {
    if (a.view() != b.view() || a.endToken() >= b.firstToken()) {
      return false;
    }
    for (int t = a.endToken(); t < b.firstToken(); t++) {
      String key = a.view().tokenKey(t);
      if (!key.equals("and") && !key.equals(",") && !key.equals("the")) {
        return false;
      }
    }
    return true;
  }

  /** The table of what tracks the span's index, when the words around say it is tracked. */
  private static Map<String, String> trackedBy(Span span) {
    SentenceView view = span.view();
    if (FUTURES.contains(view.tokenKey(span.endToken()))) {
      return OF_INDEX;
    }
    for (int t = span.firstToken() - 1; t >= Math.max(0, span.firstToken() - 5); t--) {
      String key = view.tokenKey(t);
      if (FUTURES.contains(key)) {
        return OF_INDEX;
      }
      if (FUNDS.contains(key)) {
        return FUND_OF_INDEX;
      }
      if (!LINKING.contains(key)) {
        return null;
      }
    }
    return null;
  }
}

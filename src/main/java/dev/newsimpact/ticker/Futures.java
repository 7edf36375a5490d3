package dev.newsimpact.ticker;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Futures tracking the S&amp;P 500 were down 2.6%": an index named as what futures track means its
 * futures contract, not the index. ("S&amp;P 500 e-minis" and "Nasdaq futures" are aliases of the
 * contracts themselves.) Stateless.
 */
final class Futures {

  /** The futures contract news means by "futures on" an index. */
  private static final Map<String, String> OF_INDEX = Map.of(
      "^GSPC", "ES=F", "^DJI", "YM=F", "^NDX", "NQ=F", "^IXIC", "NQ=F", "^RUT", "RTY=F",
      "^N225", "NKD=F");
  private static final Set<String> FUTURES = Set.of("futures", "e minis", "e mini", "emini", "eminis");
  /** Words between "futures" and the index: "futures tracking the", "futures on the". */
  private static final Set<String> LINKING = Set.of(
      "tracking", "on", "for", "linked", "to", "the", "of", "that", "track", "tied");

  private Futures() {}

  static void apply(List<Span> spans, List<LinkScorer.Decision> decisions, Universe universe) {
    for (int i = 0; i < spans.size(); i++) {
      LinkScorer.Decision d = decisions.get(i);
      if (d == null || d.security().kind() != SecurityKind.INDEX) {
        continue;
      }
      String contract = OF_INDEX.get(d.security().ticker());
      if (contract != null && tracked(spans.get(i))) {
        Security future = universe.bySymbol(contract).orElse(null);
        if (future != null) {
          decisions.set(i, new LinkScorer.Decision(future, null, d.confidence()));
        }
      }
    }
  }

  private static boolean tracked(Span span) {
    SentenceView view = span.view();
    if (FUTURES.contains(view.tokenKey(span.endToken()))) {
      return true;
    }
    for (int t = span.firstToken() - 1; t >= Math.max(0, span.firstToken() - 5); t--) {
      String key = view.tokenKey(t);
      if (FUTURES.contains(key)) {
        return true;
      }
      if (!LINKING.contains(key)) {
        return false;
      }
    }
    return false;
  }
}

package dev.newsimpact.ticker;

import java.util.List;
import java.util.Set;

/**
 * "Apple, Alphabet, Microsoft, Meta Platforms and Lowe's": a name in a list of companies linked with
 * confidence is a company too, so an everyday word ("Alphabet") or a small one-word name there
 * gains. Only adjacent list members count, and only a member of the same kind supports: companies
 * companies, indices indices ("Sensex, Nifty end higher"), commodities commodities ("Gold, silver
 * fall"). Stateless.
 */
final class ListSupport {

  private static final Set<String> GLUE = Set.of(",", "and", "or", "&", ";");
  private static final double STRONG = 0.75;
  private static final double BONUS = 0.2;
  private static final double FLOOR = 0.25;
  private static final Set<SecurityKind> KINDS =
      Set.of(SecurityKind.EQUITY, SecurityKind.INDEX, SecurityKind.COMMODITY);

  private ListSupport() {}

  static void apply(List<Span> spans, List<LinkScorer.Decision> decisions) {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < spans.size(); i++) {
        LinkScorer.Decision d = decisions.get(i);
        if (d == null || spans.get(i).form() != Span.Form.NAME || d.confidence() >= STRONG
            || d.confidence() < FLOOR || !KINDS.contains(d.security().kind())) {
          continue;
        }
        boolean left = strongNeighbour(spans, decisions, i, i - 1);
        boolean right = strongNeighbour(spans, decisions, i, i + 1);
        Span span = spans.get(i);
        // "Also, Exxon Mobil posted...": a capitalised opener before a name is no list member
        boolean opener = span.view().isSentenceInitial(span.firstToken());
        if (opener ? left && right : left || right) {
          decisions.set(i, new LinkScorer.Decision(d.security(), d.alias(),
              LinkScorer.round(Math.min(STRONG, d.confidence() + BONUS))));
        }
      }
    }
  }

  private static boolean strongNeighbour(List<Span> spans, List<LinkScorer.Decision> decisions,
      int at, int other) {
    if (other < 0 || other >= spans.size()) {
      return false;
    }
    Span a = spans.get(Math.min(at, other));
    Span b = spans.get(Math.max(at, other));
    LinkScorer.Decision d = decisions.get(other);
    if (a.view() != b.view() || d == null || d.confidence() < STRONG
        || d.security().kind() != decisions.get(at).security().kind()) {
      return false;
    }
    int glue = 0;
    for (int t = a.endToken(); t < b.firstToken(); t++) {
      if (!GLUE.contains(a.view().tokenKey(t))) {
        return false;
      }
      glue++;
    }
    return glue > 0;
  }
}

package dev.newsimpact.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores ticker links against the gold links: a gold link is correct when some predicted mention
 * overlapping its span carries the gold ticker (ignoring case). Extra predicted mentions are not
 * penalised here; a separate test must show that text naming no security links nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class LinkScorer {

  private LinkScorer() {}

  public static LinkScore score(
      String passageId, List<GoldLink> gold, List<PredictedMention> predicted) {
    int correct = 0;
    int total = 0;
    int skipped = 0;
    List<LinkError> errors = new ArrayList<>();
    for (GoldLink link : gold) {
      if (link.ticker() == null) {
        skipped++;
        continue;
      }
      total++;
      List<String> overlapping = new ArrayList<>();
      boolean right = false;
      for (PredictedMention m : predicted) {
        if (m.overlaps(link)) {
          overlapping.add(m.ticker());
          right |= m.ticker().equalsIgnoreCase(link.ticker());
        }
      }
      if (right) {
        correct++;
      } else {
        LinkError.Kind kind =
            overlapping.isEmpty() ? LinkError.Kind.MISSED : LinkError.Kind.WRONG_TICKER;
        errors.add(new LinkError(passageId, link, kind, overlapping));
      }
    }
    return new LinkScore(correct, total, skipped, errors);
  }

  /** Scores every passage with the mentions {@code linker} finds in its text, and sums. */
  public static LinkScore scoreAll(
      List<LinkPassage> passages, Function<LinkPassage, List<PredictedMention>> linker) {
    LinkScore total = LinkScore.EMPTY;
    for (LinkPassage p : passages) {
      total = total.plus(score(p.id(), p.links(), linker.apply(p)));
    }
    return total;
  }
}

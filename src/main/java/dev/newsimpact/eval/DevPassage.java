package dev.newsimpact.eval;

import java.util.List;

/**
 * One passage of the claims development set with the moves an annotator expects.
 *
 * @param id unique within the set
 * @param origin where the text comes from: {@code finentity:<index>}, {@code
 *     extraction-benchmark:<file>} (a page's article body), {@code
 *     extraction-benchmark-page:<file>} (other text of the page) or {@code sample:<name>}
 * @param published the article's date (YYYY-MM-DD), or null when unknown
 * @param text the passage
 * @param moves every price move in the passage; empty when it has none
 * @param note the annotator's remark (what the figures that are not moves are), or null
 */
public record DevPassage(
    String id, String origin, String published, String text, List<ExpectedMove> moves, String note) {

  public DevPassage {
    id = ExpectedMove.requireText(id, "id");
    origin = ExpectedMove.requireText(origin, "origin of " + id);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text is empty in " + id);
    }
    moves = moves == null ? List.of() : List.copyOf(moves);
  }
}

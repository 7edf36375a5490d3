package dev.newsimpact.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One passage of the linking set: the text with the instrument codes removed, and its gold links.
 * The constructor checks that every link's span holds the link's text.
 *
 * @param id {@code finentity:<index>}
 * @param text the passage without codes
 * @param links in text order
 */
@JsonPropertyOrder({"id", "text", "links"})
public record LinkPassage(String id, String text, List<GoldLink> links) {

  public LinkPassage {
    id = ExpectedMove.requireText(id, "id");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text is empty in " + id);
    }
    links = links == null ? List.of() : List.copyOf(links);
    for (GoldLink link : links) {
      if (link.end() > text.length() || !text.substring(link.start(), link.end()).equals(link.text())) {
        throw new IllegalArgumentException(
            id + ": span " + link.start() + ".." + link.end() + " does not hold '" + link.text() + "'");
      }
    }
  }
}

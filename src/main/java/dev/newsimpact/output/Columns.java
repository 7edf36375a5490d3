package dev.newsimpact.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The flat columns of each record kind for CSV, named by their path in the JSON record
 * ({@code entity.ticker}). Fixed order, so a CSV file's header never changes between runs.
 */
final class Columns {
  private Columns() {}

  private static final List<String> ARTICLE =
      List.of("article.id", "article.source", "article.url", "article.published");

  static List<String> of(RecordKind kind) {
    List<String> specific = switch (kind) {
      case IMPACT -> List.of("entity.ticker", "entity.name", "entity.canonical", "entity.exchange",
          "entity.kind", "entity.confidence", "claim.type", "claim.metric", "claim.value",
          "claim.unit", "claim.direction", "claim.qualifier", "claim.period", "claim.text",
          "sentiment.label", "sentiment.score", "evidence.sentence");
      case MENTION -> List.of("entity.ticker", "entity.name", "entity.canonical", "entity.exchange",
          "entity.kind", "entity.confidence", "sentiment.label", "sentiment.score",
          "evidence.mention_start", "evidence.mention_end", "evidence.sentence");
      case TICKER -> List.of("entity.ticker", "entity.canonical", "entity.exchange", "entity.kind",
          "mentions", "claims", "sentiment.label", "sentiment.score", "sentiment.basis");
    };
    return java.util.stream.Stream.concat(ARTICLE.stream(), specific.stream()).toList();
  }

  /** The value at a dotted path as text, or null when it is absent or JSON null. */
  static String value(ObjectNode record, String path) {
    JsonNode node = record;
    for (String part : path.split("\\.")) {
      node = node.path(part);
    }
    return node.isNull() || node.isMissingNode() ? null : node.asText();
  }
}

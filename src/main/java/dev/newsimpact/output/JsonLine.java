package dev.newsimpact.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a flat or nested map as one line of compact JSON, for commands whose records are not
 * articles' (ticker lookups, evaluation summaries). Map order is kept, so use ordered maps.
 */
public final class JsonLine {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLine() {}

  public static String of(Map<String, ?> fields) {
    try {
      return MAPPER.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

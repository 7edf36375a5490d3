package dev.newsimpact.batch;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsimpact.output.JsonLine;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.RawDocument;
import java.util.Map;

/**
 * One line of JSON Lines input to an {@link Item}: an object with {@code text} or {@code html} and
 * optionally {@code id}, {@code url} and {@code published}; other fields are ignored. The article is
 * then extracted exactly as a file with that text would be, so the records are the same.
 */
final class JsonlRecords {
  private JsonlRecords() {}

  /** {@code source} names the line, e.g. {@code articles.jsonl:12}. */
  static Item parse(String source, String line) {
    Map<String, Object> fields;
    try {
      fields = JsonLine.parseObject(line);
    } catch (IllegalArgumentException e) {
      return new Item.Broken(source, ErrorKind.FORMAT, e.getMessage());
    }
    for (String key : new String[] {"id", "url", "text", "html", "published"}) {
      Object value = fields.get(key);
      if (value != null && !(value instanceof String)) {
        return new Item.Broken(source, ErrorKind.FORMAT, "\"" + key + "\" must be a string");
      }
    }
    String text = (String) fields.get("text");
    String html = (String) fields.get("html");
    if (text == null && html == null) {
      return new Item.Broken(source, ErrorKind.FORMAT, "a record needs \"text\" or \"html\"");
    }
    String body = html != null ? html : text;
    String url = blankToNull((String) fields.get("url"));
    RawDocument document = new RawDocument(new Input(source, Input.Kind.FILE), body.getBytes(UTF_8),
        html != null ? "text/html" : "text/plain", "UTF-8", url, false);
    return new Item.Given(document, blankToNull((String) fields.get("id")),
        blankToNull((String) fields.get("published")));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}

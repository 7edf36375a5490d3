package dev.newsimpact.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The output contracts (copied from ../shared/schema into test resources) as validators. The mention
 * schema refers into the impact schema by file name; those references are inlined here so no
 * resolver is needed.
 */
public final class Schemas {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Schemas() {}

  public static JsonSchema impact() {
    return compile(read("impact-record.schema.json"));
  }

  public static JsonSchema article() {
    return compile(read("article-record.schema.json"));
  }

  public static JsonSchema mention() {
    return compile(inline(read("mention-record.schema.json"), read("impact-record.schema.json")));
  }

  public static Set<ValidationMessage> validate(JsonSchema schema, JsonNode record) {
    return schema.validate(record);
  }

  /**
   * The contracts' {@code $id}s are bare names ("newsimpact/impact-record/v1"), which the validator
   * rejects as ids without a base; they are made absolute under a placeholder base first.
   */
  private static JsonSchema compile(JsonNode schema) {
    ObjectNode copy = schema.deepCopy();
    copy.put("$id", "urn:" + copy.path("$id").asText().replace('/', ':'));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(copy);
  }

  static JsonNode read(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/schema/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode inline(JsonNode node, JsonNode impact) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.asText().startsWith("impact-record.schema.json#")) {
        return impact.at(ref.asText().substring(ref.asText().indexOf('#') + 1));
      }
      ObjectNode copy = JSON.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        copy.set(field.getKey(), inline(field.getValue(), impact));
      }
      return copy;
    }
    return node;
  }
}

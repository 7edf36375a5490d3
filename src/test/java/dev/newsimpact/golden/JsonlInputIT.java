package dev.newsimpact.golden;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.output.JsonLine;
import dev.newsimpact.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the real pipeline, an article given as a JSON Lines record gives the records the same text in a
 * file gives, on several threads as on one: only {@code article.source} differs.
 */
class JsonlInputIT {

  private static final Path SAMPLE = Path.of("samples/meta-sells-compute-chip-slump.txt");

  @Test
  void aJsonlRecordGivesTheRecordsOfTheFile() throws IOException {
    String text = Files.readString(SAMPLE, UTF_8);
    String line = JsonLine.of(Map.of("text", text));
    byte[] stdin = (line + "\n" + line + "\n").getBytes(UTF_8);
    List<JsonNode> fromFile = CliRun.run("extract", "--threads", "1", SAMPLE.toString(),
        SAMPLE.toString()).succeeded().records();
    List<JsonNode> fromJsonl = CliRun.run(stdin, "extract", "--threads", "2", "--input-format",
        "jsonl").succeeded().records();
    assertThat(fromFile).hasSizeGreaterThanOrEqualTo(16);
    assertThat(withoutSource(fromJsonl)).isEqualTo(withoutSource(fromFile));
  }

  private static List<JsonNode> withoutSource(List<JsonNode> records) {
    List<JsonNode> copies = new ArrayList<>();
    for (JsonNode record : records) {
      JsonNode copy = record.deepCopy();
      ((ObjectNode) copy.path("article")).remove("source");
      copies.add(copy);
    }
    return copies;
  }
}

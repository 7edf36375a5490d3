package dev.newsimpact.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real pipeline on the founding article against the hand-checked gold records: exactly its eight
 * price moves with their tickers, values, hedges, periods and sentiment, nothing else that claims to
 * be a move, and nothing from the page's navigation menu.
 */
class FoundingArticleIT {

  private static final Path SAMPLE = Path.of("samples/meta-sells-compute-chip-slump.txt");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun run;
  private static JsonNode gold;

  @BeforeAll
  static void runOnce() throws IOException {
    run = CliRun.run("extract", SAMPLE.toString());
    try (InputStream in = FoundingArticleIT.class.getResourceAsStream("/gold/meta-sells-compute-chip-slump.json")) {
      gold = JSON.readTree(in);
    }
  }

  @Test
  void printsExactlyTheGoldPriceMoves() {
    run.succeeded();
    List<String> actual = new ArrayList<>();
    for (JsonNode record : run.records()) {
      JsonNode claim = record.path("claim");
      if (claim.path("type").asText().equals("price_move")) {
        actual.add(key(record.path("entity").path("ticker").asText(), claim.path("value").asDouble(),
            claim.path("unit").asText(), text(claim.path("qualifier")), text(claim.path("period")),
            record.path("sentiment").path("label").asText()));
      }
    }
    List<String> expected = new ArrayList<>();
    for (JsonNode move : gold.path("moves")) {
      String ticker = move.path("ticker").asText();
      expected.add(key(ticker, move.path("value").asDouble(), move.path("unit").asText(),
          text(move.path("qualifier")), text(move.path("period")),
          gold.path("sentiment").path(ticker).asText()));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyRecordIsValidImpactV1() {
    JsonSchema schema = Schemas.impact();
    for (JsonNode record : run.records()) {
      assertThat(Schemas.validate(schema, record)).as("violations in %s", record).isEmpty();
    }
  }

  @Test
  void nothingComesFromTheNavigationMenu() throws IOException {
    String page = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    int bodyStart = page.indexOf(gold.path("body_starts_with").asText());
    assertThat(bodyStart).isPositive();
    assertThat(run.records()).isNotEmpty().allSatisfy(record -> {
      String sentence = record.path("evidence").path("sentence").asText();
      assertThat(page.indexOf(sentence, bodyStart)).as("evidence lies in the article body: %s", sentence)
          .isGreaterThanOrEqualTo(bodyStart);
      assertThat(page.substring(0, bodyStart)).doesNotContain(sentence);
    });
  }

  @Test
  void sameInputGivesTheSameBytes() {
    assertThat(CliRun.run("extract", SAMPLE.toString()).out()).isEqualTo(run.out());
  }

  @Test
  void theBundledGoldIsTheSharedGold() throws IOException {
    Path shared = Path.of("../shared/gold/meta-sells-compute-chip-slump.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared),
        "../shared is absent: comparing the bundled copy of the gold file is skipped");
    assertThat(JSON.readTree(shared.toFile())).isEqualTo(gold);
  }

  private static String key(String ticker, double value, String unit, String qualifier,
      String period, String sentiment) {
    return String.format(Locale.ROOT, "%s %.2f %s %s %s %s", ticker, value, unit, qualifier, period,
        sentiment);
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? "null" : node.asText();
  }
}

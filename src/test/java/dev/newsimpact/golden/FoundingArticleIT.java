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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
    for (JsonNode record : priceMoves()) {
      JsonNode claim = record.path("claim");
      actual.add(key(record.path("entity").path("ticker").asText(), claim.path("value").asDouble(),
          claim.path("unit").asText(), text(claim.path("qualifier")), text(claim.path("period"))));
    }
    List<String> expected = new ArrayList<>();
    for (JsonNode move : gold.path("moves")) {
      expected.add(key(move.path("ticker").asText(), move.path("value").asDouble(),
          move.path("unit").asText(), text(move.path("qualifier")), text(move.path("period"))));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The gold gives one sentiment per ticker: the article's news for its holders. A record's own
   * sentiment follows its move's direction (a past 71% gain is positive), so the gold is compared
   * with each ticker's lead move, the first the article reports.
   */
  @Test
  void eachTickersLeadMoveHasTheGoldSentimentAndEveryMoveItsDirectionsSign() {
    Map<String, String> lead = new LinkedHashMap<>();
    for (JsonNode record : priceMoves()) {
      String label = record.path("sentiment").path("label").asText();
      lead.putIfAbsent(record.path("entity").path("ticker").asText(), label);
      double value = record.path("claim").path("value").asDouble();
      assertThat(label).isEqualTo(value < 0 ? "negative" : "positive");
    }
    Map<String, String> expected = new LinkedHashMap<>();
    gold.path("sentiment").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
    assertThat(lead).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void mentionsLinkEveryRequiredTickerAndValidateAsMentionV1() {
    CliRun mentions = CliRun.run("mentions", SAMPLE.toString()).succeeded();
    JsonSchema schema = Schemas.mention();
    List<String> tickers = new ArrayList<>();
    for (JsonNode record : mentions.records()) {
      assertThat(Schemas.validate(schema, record)).as("violations in %s", record).isEmpty();
      tickers.add(record.path("entity").path("ticker").asText());
    }
    List<String> allowed = new ArrayList<>();
    gold.path("mentions_required").forEach(t -> allowed.add(t.asText()));
    assertThat(tickers).containsAll(allowed);
    gold.path("mentions_acceptable").forEach(t -> allowed.add(t.asText()));
    assertThat(tickers).allSatisfy(t -> assertThat(allowed).contains(t));
  }

  private static List<JsonNode> priceMoves() {
    List<JsonNode> moves = new ArrayList<>();
    for (JsonNode record : run.records()) {
      if (record.path("claim").path("type").asText().equals("price_move")) {
        moves.add(record);
      }
    }
    return moves;
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
      String period) {
    return String.format(Locale.ROOT, "%s %.2f %s %s %s", ticker, value, unit, qualifier, period);
  }

  private static String text(JsonNode node) {
    return node.isNull() || node.isMissingNode() ? "null" : node.asText();
  }
}

package dev.newsimpact.golden;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.LoopbackServer;
import dev.newsimpact.testing.Schemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code extract --feed} end to end, as cron runs it, against a feed and its pages on 127.0.0.1:
 * the founding article's records come out with the feed item's date, and an item whose page fails
 * costs one stderr line and exit code 1, nothing more.
 */
class FeedExtractIT {
  private static final Path SAMPLE = Path.of("samples/meta-sells-compute-chip-slump.txt");

  @Test
  void aFeedsArticlesBecomeImpactRecordsDatedByTheFeed() throws IOException {
    JsonSchema schema = Schemas.impact();
    try (LoopbackServer server = new LoopbackServer()) {
      server.page("/story", 200, "text/plain; charset=utf-8", Files.readAllBytes(SAMPLE))
          .page("/down", 503, "text/plain", "down".getBytes(UTF_8))
          .page("/feed", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
              + "<title>Chips</title>"
              + "<item><link>" + server.url("/story") + "</link>"
              + "<pubDate>Wed, 25 Jun 2025 07:15:00 +0900</pubDate></item>"
              + "<item><link>" + server.url("/down") + "</link></item>"
              + "</channel></rss>");

      CliRun run = CliRun.run("extract", "--allow-private-networks", "--delay", "0", "--retries", "0",
          "--feed", server.url("/feed")).exitedWith(1);

      assertThat(run.err().lines()).singleElement().asString()
          .startsWith("newsimpact: " + server.url("/down")).contains("HTTP 503");
      List<JsonNode> records = run.records();
      assertThat(records).isNotEmpty();
      for (JsonNode record : records) {
        assertThat(Schemas.validate(schema, record)).isEmpty();
        assertThat(record.path("article").path("source").asText()).isEqualTo(server.url("/story"));
        assertThat(record.path("article").path("published").asText()).isEqualTo("2025-06-25T07:15:00+09:00");
      }
      assertThat(records).anySatisfy(r -> assertThat(r.path("entity").path("ticker").asText())
          .isEqualTo("000660.KS"));
    }
  }
}

package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.FakePipeline;
import dev.newsimpact.testing.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --feed} through the batch runner with {@link FakePipeline} (no models), feeds and
 * pages on 127.0.0.1: items run in feed order on several threads, a feed or page that fails is one
 * failed item like any other, and the web flags reach the source.
 */
@Timeout(60)
class FeedBatchCliTest {
  @TempDir Path dir;
  private final LoopbackServer server = new LoopbackServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void feedItemsRunInFeedOrderAndFailuresAreItems() throws IOException {
    StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>T</title>");
    for (String ticker : List.of("AAA", "BBB", "CCC", "DDD")) {
      server.page("/" + ticker, "text/plain", "Shares of $" + ticker + " fell 5% on Tuesday after the"
          + " company cut its outlook for the rest of the year, analysts said.");
      rss.append("<item><link>/").append(ticker).append("</link></item>");
    }
    rss.append("<item><link>/missing</link></item></channel></rss>");
    server.page("/rss", "application/rss+xml", rss.toString())
        .page("/missing", 404, "text/plain", "no".getBytes(UTF_8));
    Path errors = dir.resolve("errors.jsonl");

    CliRun run = CliRun.run(FakePipeline.context(), new byte[0], "extract", "--threads", "3",
        "--allow-private-networks", "--delay", "0", "--errors", errors.toString(),
        "--feed", server.url("/rss"), "--feed", server.url("/nowhere"))
        .exitedWith(ExitCode.INPUT_FAILED.code());

    assertThat(run.records()).extracting(r -> r.path("entity").path("ticker").asText())
        .containsExactly("AAA", "BBB", "CCC", "DDD");
    assertThat(run.err().lines()).containsExactly(
        "newsimpact: " + server.url("/missing") + ": HTTP 404 Not Found",
        "newsimpact: " + server.url("/nowhere") + ": HTTP 404 Not Found");
    List<JsonNode> records = CliRun.parseLines(Files.readString(errors, UTF_8));
    assertThat(records).extracting(r -> r.path("source").asText())
        .containsExactly(server.url("/missing"), server.url("/nowhere"));
  }

  @Test
  void withoutTheOptInTheFeedItselfIsRefused() {
    server.page("/rss", "application/rss+xml", "<rss><channel></channel></rss>");
    CliRun run = CliRun.run(FakePipeline.context(), new byte[0], "extract", "--feed", server.url("/rss"))
        .exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(run.err()).contains("--allow-private-networks");
    assertThat(server.hits("/rss")).isZero();
  }
}

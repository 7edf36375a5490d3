package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.FakePipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches through the command, in-process, with {@link FakePipeline} (no models). */
class BatchCliTest {

  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.run(FakePipeline.context(), new byte[0], args);
  }

  static CliRun runWithStdin(String stdin, String... args) {
    return CliRun.run(FakePipeline.context(), stdin.getBytes(UTF_8), args);
  }

  Path article(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.join("\n", lines) + "\n", UTF_8);
  }

  Path story(String name, String ticker, String verb, int percent) throws IOException {
    return article(name, "Market report " + name,
        "Shares of $" + ticker + " " + verb + " " + percent + "% on Tuesday after the company"
            + " updated its outlook for the rest of the year.",
        "Analysts said the move for $" + ticker + " reflected wider worries about demand.");
  }

  static List<String> tickers(CliRun run) {
    List<String> tickers = new ArrayList<>();
    for (JsonNode record : run.records()) {
      tickers.add(record.path("entity").path("ticker").asText());
    }
    return tickers;
  }

  @Test
  void theFakePipelineGivesOneRecordPerMove() throws IOException {
    CliRun run = run("extract", story("a.txt", "ACME", "fell", 5).toString()).succeeded();
    assertThat(run.records()).singleElement().satisfies(record -> {
      assertThat(record.path("entity").path("ticker").asText()).isEqualTo("ACME");
      assertThat(record.path("claim").path("value").asDouble()).isEqualTo(-5.0);
      assertThat(record.path("article").path("source").asText()).endsWith("a.txt");
    });
  }

  @Test
  void aMissingFileAmongGoodOnesIsOneLineOnStderrAndTheRestRun() throws IOException {
    Path a = story("a.txt", "AAA", "fell", 1);
    Path b = story("b.txt", "BBB", "rose", 2);
    Path missing = dir.resolve("missing.txt");
    CliRun run = run("extract", a.toString(), missing.toString(), b.toString())
        .exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(tickers(run)).containsExactly("AAA", "BBB");
    assertThat(run.err().lines()).containsExactly("newsimpact: " + missing + ": no such file");
  }
}

package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.FakePipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output formats and files through the command, in-process, with {@link FakePipeline}. */
class OutputCliTest {

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.run(FakePipeline.context(), new byte[0], args);
  }

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("a.txt"), String.join("\n",
        "Shares of $AAA fell 4% on Tuesday, while $BBB rose 2% after a strong quarter, \"a relief\".",
        "Later $AAA rose 1% as buyers returned to the market in the afternoon session.",
        "Traders said $CCC looked strong and would gain from the rebound in demand.") + "\n", UTF_8);
  }

  @Test
  void csvHasAHeaderOfColumnPathsAndQuotesWhereNeeded() throws IOException {
    List<String> lines = run("extract", "--format", "csv", article().toString()).succeeded()
        .out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("article.id,article.source,article.url,article.published,"
        + "entity.ticker,");
    assertThat(lines.get(1)).contains(",AAA,").contains(",-4,percent,down,");
    assertThat(lines.get(2)).contains("\"Shares of $AAA fell 4% on Tuesday, while $BBB rose 2% after"
        + " a strong quarter, \"\"a relief\"\".\"");
  }

  @Test
  void byTickerSummarisesEachTickerOnceWithItsLeadMoveOrItsMentions() throws IOException {
    List<JsonNode> records = run("mentions", "--by-ticker", article().toString()).succeeded()
        .records();
    assertThat(records).extracting(r -> r.path("entity").path("ticker").asText())
        .containsExactly("AAA", "BBB", "CCC");
    JsonNode aaa = records.get(0);
    assertThat(aaa.path("schema").asText()).isEqualTo("ticker/v1");
    assertThat(aaa.path("mentions").asInt()).isEqualTo(2);
    assertThat(aaa.path("claims").asInt()).isEqualTo(2);
    assertThat(aaa.path("sentiment").path("label").asText()).isEqualTo("negative");
    assertThat(aaa.path("sentiment").path("basis").asText()).isEqualTo("lead_move");
    JsonNode ccc = records.get(2);
    assertThat(ccc.path("claims").asInt()).isZero();
    assertThat(ccc.path("sentiment").path("basis").asText()).isEqualTo("mentions");
    assertThat(ccc.path("sentiment").path("label").asText()).isEqualTo("positive");
    assertThat(run("extract", "--by-ticker", "--format", "table", article().toString())
        .succeeded().out()).contains("ticker", "basis", "lead_move");
  }

  @Test
  void outputFileAppearsWholeAndNoTemporaryFileIsLeft() throws IOException {
    Path out = dir.resolve("out/records.jsonl");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "old\n", UTF_8);
    CliRun run = run("extract", "--output", out.toString(), article().toString()).succeeded();
    assertThat(run.out()).isEmpty();
    assertThat(CliRun.parseLines(Files.readString(out, UTF_8))).hasSize(3);
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void anOutputFileThatCannotBeCreatedIsExitFour() throws IOException {
    CliRun run = run("extract", "--output", dir.resolve("no/such/dir/x.jsonl").toString(),
        article().toString()).exitedWith(ExitCode.OUTPUT.code());
    assertThat(run.err()).contains("x.jsonl");
  }

  @Test
  void sameInputSameBytesInEveryFormat() throws IOException {
    Path a = article();
    for (String format : new String[] {"jsonl", "csv", "table"}) {
      assertThat(run("extract", "--format", format, a.toString()).out())
          .isEqualTo(run("extract", "--format", format, a.toString()).out());
    }
  }
}

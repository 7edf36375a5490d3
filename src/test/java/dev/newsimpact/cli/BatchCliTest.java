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

  @Test
  void anInputListToleratesCommentsBlankLinesCrlfBomAndJunk() throws IOException {
    Path a = story("a.txt", "AAA", "fell", 1);
    Path b = story("b.txt", "BBB", "rose", 2);
    String list = "\uFEFF# today's articles\r\n" + a + "\r\n\r\n   \n"
        + "not a file at all\n\u0000\u0001junk\n  # indented comment\n" + b + "\n";
    Path listFile = Files.writeString(dir.resolve("list.txt"), list, UTF_8);
    CliRun run = run("extract", "--input-list", listFile.toString())
        .exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(tickers(run)).containsExactly("AAA", "BBB");
    assertThat(run.err().lines()).hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("newsimpact: "))
        .anySatisfy(line -> assertThat(line).contains("not a file at all"));
  }

  @Test
  void aMissingInputListIsAFailedInputAndArgumentsStillRun() throws IOException {
    Path a = story("a.txt", "AAA", "fell", 1);
    CliRun run = run("extract", a.toString(), "--input-list", dir.resolve("nope.txt").toString())
        .exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(tickers(run)).containsExactly("AAA");
    assertThat(run.err()).contains("nope.txt: no such file");
  }

  @Test
  void directoriesAreReadRecursivelyInPathOrderWithoutHiddenFiles() throws IOException {
    story("news/b/2.txt", "BTWO", "fell", 2);
    story("news/a.txt", "AONE", "fell", 1);
    story("news/b/1.txt", "BONE", "rose", 1);
    story("news/.cache/x.txt", "HIDDEN", "rose", 9);
    story("news/.notes.txt", "HIDDEN", "rose", 9);
    CliRun run = run("extract", dir.resolve("news").toString()).succeeded();
    assertThat(tickers(run)).containsExactly("AONE", "BONE", "BTWO");
  }

  @Test
  void jsonlRecordsGiveTheSameRecordsAsFiles() throws IOException {
    Path a = story("a.txt", "AAA", "fell", 1);
    Path b = story("b.txt", "BBB", "rose", 2);
    String jsonl = jsonlLine(null, Files.readString(a, UTF_8)) + "\n\n"
        + jsonlLine(null, Files.readString(b, UTF_8)) + "\r\n";
    Path input = Files.writeString(dir.resolve("articles.jsonl"), jsonl, UTF_8);
    List<JsonNode> fromFiles = run("extract", a.toString(), b.toString()).succeeded().records();
    List<JsonNode> fromJsonl = run("extract", "--input-format", "jsonl", input.toString())
        .succeeded().records();
    List<JsonNode> fromStdin = runWithStdin(jsonl, "extract", "--input-format", "jsonl")
        .succeeded().records();
    assertThat(withoutSource(fromJsonl)).isEqualTo(withoutSource(fromFiles));
    assertThat(withoutSource(fromStdin)).isEqualTo(withoutSource(fromFiles));
    assertThat(fromJsonl.get(1).path("article").path("source").asText())
        .isEqualTo(input + ":3");
  }

  @Test
  void aJsonlRecordsIdUrlAndDateBecomeTheArticles() throws IOException {
    String line = "{\"id\":\"story-1\",\"url\":\"https://example.com/a\","
        + "\"published\":\"2025-06-01\",\"text\":" + quote(Files.readString(
            story("a.txt", "AAA", "fell", 1), UTF_8)) + "}";
    JsonNode article = runWithStdin(line + "\n", "extract", "--input-format", "jsonl")
        .succeeded().records().get(0).path("article");
    assertThat(article.path("id").asText()).isEqualTo("story-1");
    assertThat(article.path("url").asText()).isEqualTo("https://example.com/a");
    assertThat(article.path("published").asText()).isEqualTo("2025-06-01");
  }

  @Test
  void badJsonlLinesAreFormatErrorsAndTheOthersRun() throws IOException {
    Path errors = dir.resolve("errors.jsonl");
    String input = "{not json\n[1,2]\n{\"url\":\"https://x\"}\n{\"text\":5}\n"
        + jsonlLine(null, Files.readString(story("a.txt", "AAA", "fell", 1), UTF_8)) + "\n";
    CliRun run = runWithStdin(input, "extract", "--input-format", "jsonl", "--errors",
        errors.toString()).exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(tickers(run)).containsExactly("AAA");
    assertThat(run.err().lines()).hasSize(4);
    List<JsonNode> records = CliRun.parseLines(Files.readString(errors, UTF_8));
    assertThat(records).extracting(r -> r.path("source").asText())
        .containsExactly("-:1", "-:2", "-:3", "-:4");
    assertThat(records).allSatisfy(r -> {
      assertThat(r.path("schema").asText()).isEqualTo("error/v1");
      assertThat(r.path("kind").asText()).isEqualTo("format");
      assertThat(r.path("message").asText()).isNotBlank();
    });
  }

  @Test
  void errorRecordsNameTheKindOfFailure() throws IOException {
    Path errors = dir.resolve("errors.jsonl");
    byte[] junk = new byte[2048];
    new java.util.Random(3).nextBytes(junk);
    Path binary = Files.write(dir.resolve("junk.bin"), junk);
    Path boom = article("boom.txt", "BOOM");
    run("extract", "--errors", errors.toString(), dir.resolve("missing.txt").toString(),
        binary.toString(), boom.toString()).exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(CliRun.parseLines(Files.readString(errors, UTF_8)))
        .extracting(r -> r.path("kind").asText())
        .containsExactly("input", "content", "internal");
  }

  @Test
  void failFastStopsAtTheFirstFailure() throws IOException {
    Path a = story("a.txt", "AAA", "fell", 1);
    Path b = story("b.txt", "BBB", "rose", 2);
    CliRun run = run("extract", "--fail-fast", "--threads", "1", a.toString(),
        dir.resolve("missing.txt").toString(), b.toString())
        .exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(tickers(run)).containsExactly("AAA");
  }

  @Test
  void outputKeepsInputOrderWhateverTheThreads() throws IOException {
    List<String> args = new ArrayList<>(List.of("extract"));
    for (int i = 0; i < 24; i++) {
      // Early articles are the slowest, so with several threads later ones finish first.
      args.add(article("s" + i + ".txt", "SLOW " + (24 - i) * 3,
          "Shares of $T" + (char) ('A' + i) + " fell " + (i + 1) + "% on a day of heavy trading"
              + " across the whole market.").toString());
    }
    String one = run(withThreads(args, 1)).succeeded().out();
    String four = run(withThreads(args, 4)).succeeded().out();
    assertThat(one.lines()).hasSize(24);
    assertThat(four).isEqualTo(one);
  }

  private static String[] withThreads(List<String> args, int threads) {
    List<String> all = new ArrayList<>(args);
    all.add(1, "--threads");
    all.add(2, String.valueOf(threads));
    return all.toArray(String[]::new);
  }

  private static List<JsonNode> withoutSource(List<JsonNode> records) {
    List<JsonNode> copies = new ArrayList<>();
    for (JsonNode record : records) {
      JsonNode copy = record.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("article")).remove("source");
      copies.add(copy);
    }
    return copies;
  }

  static String jsonlLine(String id, String text) {
    return "{" + (id == null ? "" : "\"id\":" + quote(id) + ",") + "\"text\":" + quote(text) + "}";
  }

  static String quote(String text) {
    return dev.newsimpact.output.JsonLine.of(java.util.Map.of("s", text)).substring(5).replaceAll("}$", "");
  }

  @Test
  void aReaderThatGoesAwayEndsALongBatchPromptlyAndQuietly() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      // 20,000 articles of 5 ms each: a run to the end would take far longer than the bound below.
      input.append(jsonlLine(null, "SLOW 5\nShares of $ACME fell " + (i % 50 + 1)
          + "% on a day of heavy trading across the whole market.\n")).append('\n');
    }
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
    java.io.OutputStream headOne = new java.io.OutputStream() {
      private boolean closed;

      @Override
      public void write(int b) throws IOException {
        if (closed) {
          throw new IOException("Broken pipe");
        }
        kept.write(b);
        closed = b == '\n';
      }
    };
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    long start = System.nanoTime();
    int code = Main.run(new String[] {"extract", "--input-format", "jsonl", "--threads", "2"},
        new java.io.ByteArrayInputStream(input.toString().getBytes(UTF_8)),
        new java.io.PrintStream(headOne, true, UTF_8), new java.io.PrintStream(err, true, UTF_8),
        FakePipeline.context());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(code).isZero();
    assertThat(millis).isLessThan(5_000);
    assertThat(err.toString(UTF_8)).isEmpty();
    assertThat(kept.toString(UTF_8).lines()).singleElement().asString().startsWith("{\"schema\"");
  }
}

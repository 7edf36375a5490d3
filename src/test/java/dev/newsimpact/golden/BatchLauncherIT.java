package dev.newsimpact.golden;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher in a batch, as cron and shell pipelines run it: what a closed pipe, SIGTERM
 * and SIGKILL do to the output and to the database. Real processes, real pipeline.
 */
class BatchLauncherIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A list of {@code count} different articles (the sample with a numbered closing line). */
  private Path articles(int count) throws IOException {
    String sample = Files.readString(Path.of("samples/meta-sells-compute-chip-slump.txt"), UTF_8);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path article = dir.resolve("article-" + i + ".txt");
      Files.writeString(article, sample + "\nThis report, number " + (i + 1)
          + " of the series, was filed by the markets desk on Tuesday evening.\n", UTF_8);
      lines.add(article.toString());
    }
    return Files.write(dir.resolve("list.txt"), lines, UTF_8);
  }

  private Process start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("scripts/newsimpact"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NEWSIMPACT_NO_BUILD", "1");
    builder.environment().put("NEWSIMPACT_CONFIG", "");
    builder.redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile());
    return builder.start();
  }

  @Test
  void headOneEndsALongBatchWithinSeconds() throws Exception {
    articles(1);
    // 300 articles would take a minute or more to the end.
    Path list = Files.write(dir.resolve("long.txt"),
        java.util.Collections.nCopies(300, dir.resolve("article-0.txt").toString()), UTF_8);
    Process process = start("extract", "--threads", "2", "--input-list", list.toString());
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    String first = out.readLine();
    assertThat(JSON.readTree(first).path("schema").asText()).isEqualTo("impact/v1");
    long closed = System.nanoTime();
    out.close();
    assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("ends after the reader goes").isTrue();
    assertThat((System.nanoTime() - closed) / 1_000_000_000.0).isLessThan(10);
    assertThat(process.exitValue()).isZero();
  }

  @Test
  void sigtermEndsTheRunWithWholeLinesAndACommittedDatabase() throws Exception {
    Path db = dir.resolve("state.db");
    Path list = articles(12);
    Process process = start("extract", "--threads", "2", "--db", db.toString(), "--input-list",
        list.toString());
    byte[] out = readUntilFirstLineThen(process, () -> process.toHandle().destroy());
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(143);
    String text = new String(out, UTF_8);
    assertThat(text).endsWith("\n");
    Set<String> printed = articleIds(text);
    assertThat(printed).isNotEmpty();
    assertThat(new HashSet<>(query(db, "SELECT article_id FROM articles"))).isEqualTo(printed);
  }

  @Test
  void aKilledRunLeavesTheDatabaseUsableAndTheNextRunPrintsTheRest() throws Exception {
    Path db = dir.resolve("state.db");
    Path list = articles(12);
    Process killed = start("extract", "--threads", "2", "--db", db.toString(), "--input-list",
        list.toString());
    String first = new String(
        readUntilFirstLineThen(killed, () -> killed.toHandle().destroyForcibly()), UTF_8);
    killed.waitFor(20, TimeUnit.SECONDS);
    Process next = start("extract", "--db", db.toString(), "--input-list", list.toString());
    String rest = new String(next.getInputStream().readAllBytes(), UTF_8);
    assertThat(next.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue()).isZero();
    assertThat(query(db, "PRAGMA integrity_check")).containsExactly("ok");
    List<String> stored = query(db, "SELECT article_id FROM articles");
    assertThat(stored).hasSize(12).doesNotHaveDuplicates();
    Set<String> printed = articleIds(complete(first));
    printed.addAll(articleIds(rest));
    assertThat(printed).containsExactlyInAnyOrderElementsOf(stored);
  }

  /**
   * Reads stdout until the first line has arrived, runs {@code then}, and reads the rest. Signals go
   * through the ProcessHandle: Process.destroy() would also close the stream being read.
   */
  private static byte[] readUntilFirstLineThen(Process process, Runnable then) throws IOException {
    var in = process.getInputStream();
    var bytes = new java.io.ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      bytes.write(b);
      if (b == '\n') {
        break;
      }
    }
    then.run();
    in.transferTo(bytes);
    return bytes.toByteArray();
  }

  /** What a SIGKILL may cut: only whole lines count. */
  private static String complete(String text) {
    return text.substring(0, text.lastIndexOf('\n') + 1);
  }

  private static Set<String> articleIds(String jsonLines) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : jsonLines.lines().toList()) {
      JsonNode record = JSON.readTree(line);
      assertThat(record.isObject()).as(line).isTrue();
      ids.add(record.path("article").path("id").asText());
    }
    return ids;
  }

  private static List<String> query(Path db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}

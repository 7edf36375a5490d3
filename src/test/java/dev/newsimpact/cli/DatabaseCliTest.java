package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.FakePipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db} through the command, in-process, with {@link FakePipeline} (no models). */
class DatabaseCliTest {

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.run(FakePipeline.context(), new byte[0], args);
  }

  private Path story(String name, String ticker, int percent) throws IOException {
    return Files.writeString(dir.resolve(name), "Shares of $" + ticker + " fell " + percent
        + "% on Tuesday after the company cut its outlook for the rest of the year.\n", UTF_8);
  }

  @Test
  void aSecondRunPrintsNothingAndALaterOneOnlyNewArticles() throws IOException {
    String db = dir.resolve("state.db").toString();
    Path a = story("a.txt", "AAA", 1);
    Path b = story("b.txt", "BBB", 2);
    assertThat(BatchCliTest.tickers(run("extract", "--db", db, a.toString(), b.toString())
        .succeeded())).containsExactly("AAA", "BBB");
    CliRun second = run("extract", "--db", db, a.toString(), b.toString()).succeeded();
    assertThat(second.out()).isEmpty();
    assertThat(second.err()).isEmpty();
    Path c = story("c.txt", "CCC", 3);
    assertThat(BatchCliTest.tickers(run("extract", "--db", db, a.toString(), c.toString(),
        b.toString()).succeeded())).containsExactly("CCC");
  }

  @Test
  void theSameArticleTwiceInOneRunIsPrintedOnce() throws IOException {
    String db = dir.resolve("state.db").toString();
    Path a = story("a.txt", "AAA", 1);
    Path copy = Files.copy(a, dir.resolve("copy.txt"));
    assertThat(BatchCliTest.tickers(run("extract", "--db", db, a.toString(), copy.toString())
        .succeeded())).containsExactly("AAA");
  }

  @Test
  void articlesAndRecordsCanBeQueried() throws IOException, SQLException {
    Path db = dir.resolve("state.db");
    run("mentions", "--db", db.toString(), story("a.txt", "AAA", 1).toString(),
        story("b.txt", "BBB", 2).toString()).succeeded();
    assertThat(query(db, "SELECT ticker || ' ' || claim_type || ' ' || value FROM records"
        + " WHERE schema = 'impact/v1' ORDER BY id")).containsExactly("AAA price_move -1.0",
            "BBB price_move -2.0");
    assertThat(query(db, "SELECT count(*) FROM records WHERE schema = 'mention/v1'"))
        .containsExactly("2");
    assertThat(query(db, "SELECT source || ' ' || processed_at FROM articles ORDER BY id"))
        .containsExactly(dir.resolve("a.txt") + " 2025-01-02T03:04:05Z",
            dir.resolve("b.txt") + " 2025-01-02T03:04:05Z");
    assertThat(query(db, "SELECT json FROM records WHERE schema = 'mention/v1' LIMIT 1").get(0))
        .startsWith("{\"schema\":\"mention/v1\"");
  }

  @Test
  void overlappingRunsOnOneDatabaseWaitAndPrintEachArticleOnce() throws Exception {
    String db = dir.resolve("state.db").toString();
    List<String> args = new ArrayList<>(List.of("extract", "--db", db, "--threads", "2"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String ticker = "T" + (char) ('A' + i % 26) + (char) ('A' + i / 26);
      expected.add(ticker);
      args.add(Files.writeString(dir.resolve(i + ".txt"), "SLOW 20\nShares of $" + ticker
          + " fell 3% on Tuesday after the company cut its outlook for the year.\n", UTF_8)
          .toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<CliRun> first = pool.submit(() -> run(args.toArray(String[]::new)));
      Future<CliRun> second = pool.submit(() -> run(args.toArray(String[]::new)));
      List<String> printed = new ArrayList<>(BatchCliTest.tickers(first.get().succeeded()));
      printed.addAll(BatchCliTest.tickers(second.get().succeeded()));
      assertThat(printed).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      pool.shutdownNow();
    }
    assertThat(query(dir.resolve("state.db"), "PRAGMA integrity_check")).containsExactly("ok");
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsExitFive() throws IOException {
    Path a = story("a.txt", "AAA", 1);
    Path junk = Files.writeString(dir.resolve("junk.db"), "this is not a database, not at all\n"
        .repeat(200), UTF_8);
    CliRun run = run("extract", "--db", junk.toString(), a.toString())
        .exitedWith(ExitCode.STORE.code());
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("junk.db");
    run("extract", "--db", dir.resolve("no/such/dir/x.db").toString(), a.toString())
        .exitedWith(ExitCode.STORE.code());
  }

  static List<String> query(Path db, String sql) throws SQLException {
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

package dev.newsimpact.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.cli.Main;
import dev.newsimpact.output.JsonLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a local Spark with two threads, against the CLI run in-process on the same articles:
 * real articles (the founding sample and passages of the claims set), the real models. One session
 * for the class; the models load once for the JVM and serve both.
 */
class SparkJobIT {

  private static final Path CLAIMS = Path.of("../src/test/resources/eval/claims-dev.jsonl");
  private static final Path SAMPLE = Path.of("../samples/meta-sells-compute-chip-slump.txt");

  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("newsimpact-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The text of a passage of the claims set. */
  private static String passage(String id) throws IOException {
    try (Stream<String> lines = Files.lines(CLAIMS, UTF_8)) {
      return lines.map(JsonLine::parseObject).filter(record -> id.equals(record.get("id")))
          .map(record -> (String) record.get("text")).findFirst().orElseThrow();
    }
  }

  private static String html(String title, String text) {
    return "<html><head><title>" + title + "</title></head><body><nav><a href=\"/\">Home</a></nav>"
        + "<article><h1>" + title + "</h1><p>" + text + "</p></article></body></html>";
  }

  private static String line(Map<String, Object> fields) {
    return JsonLine.of(fields);
  }

  private static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return fields;
  }

  /** Four articles, a blank line and one line the CLI refuses (no text). */
  private static Path articles() throws IOException {
    Path file = dir.resolve("articles.jsonl");
    if (Files.exists(file)) {
      return file;
    }
    List<String> lines = List.of(
        line(fields("id", "sample", "text", Files.readString(SAMPLE, UTF_8))),
        line(fields("text", passage("finentity-15"), "published", "2023-05-17")),
        "",
        line(fields("id", "no-text", "url", "https://news.example/empty")),
        line(fields("id", "miners", "text", passage("finentity-27"))),
        line(fields("url", "https://news.example/tech", "html",
            html("Tech leads", passage("finentity-67")))));
    Files.write(file, lines, UTF_8);
    return file;
  }

  /** {@code newsimpact extract ARGS} in this JVM: its exit code and stdout lines. */
  private static Cli cli(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8));
    return new Cli(code, lines(out.toString(UTF_8)), err.toString(UTF_8));
  }

  private record Cli(int code, List<String> records, String err) {}

  private static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isEmpty()).toList();
  }

  /** Every line of the job's part files, sorted (the job keeps no order across articles). */
  private static List<String> partLines(Path output) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        all.addAll(lines(Files.readString(part, UTF_8)));
      }
    }
    return all.stream().sorted().toList();
  }

  private static JobOptions options(String... args) throws JobOptions.UsageException {
    return JobOptions.parse(args);
  }

  @Test
  void jsonLinesGiveTheCliRecordsByteForByte() throws Exception {
    Path input = articles();
    Cli cli = cli(new byte[0], "extract", "--input-format", "jsonl", input.toString());
    assertThat(cli.code()).as(cli.err()).isEqualTo(1); // the line without text
    assertThat(cli.records()).hasSizeGreaterThanOrEqualTo(15);

    Path output = dir.resolve("jsonl-out");
    ImpactJob.Summary summary = ImpactJob.run(spark,
        options("--input", input.toString(), "--output", output.toString()));

    assertThat(partLines(output)).isEqualTo(cli.records().stream().sorted().toList());
    assertThat(summary.articles()).isEqualTo(5);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.records()).isEqualTo(cli.records().size());
    assertThat(summary.partitions()).isEqualTo(2);
  }

  @Test
  void warcPagesGiveTheRecordsOfTheirHtml() throws Exception {
    String url = "https://news.example/markets/airlines";
    String page = html("Airlines soar", passage("finentity-113"));
    WarcFixture warc = new WarcFixture(true)
        .warcinfo()
        .request(url)
        .response(url, 200, "text/html; charset=utf-8", page.getBytes(UTF_8))
        .response("https://news.example/chart.png", 200, "image/png", new byte[] {1, 2, 3})
        .response("https://news.example/old", 301, "text/html", new byte[0]);
    Path input = dir.resolve("crawl.warc.gz");
    Files.write(input, warc.bytes());

    Path output = dir.resolve("warc-out");
    ImpactJob.Summary summary = ImpactJob.run(spark,
        options("--input", input.toString(), "--output", output.toString()));
    List<String> records = partLines(output);

    Cli cli = cli((line(fields("url", url, "html", page)) + "\n").getBytes(UTF_8), "extract",
        "--input-format", "jsonl", "-");
    assertThat(cli.code()).as(cli.err()).isZero();
    assertThat(cli.records()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(withoutSource(records)).isEqualTo(withoutSource(cli.records()));
    assertThat(records).allSatisfy(record -> {
      Map<?, ?> article = (Map<?, ?>) JsonLine.parseObject(record).get("article");
      assertThat(article.get("source")).isEqualTo(input + "@" + warc.offsets().get(2));
      assertThat(article.get("url")).isEqualTo(url);
    });
    assertThat(summary.articles()).isEqualTo(1);
    assertThat(summary.failed()).isZero();
  }

  /** Records as objects without {@code article.source}, sorted by their text. */
  private static List<String> withoutSource(List<String> records) {
    List<String> stripped = new ArrayList<>();
    for (String record : records) {
      Map<String, Object> fields = JsonLine.parseObject(record);
      @SuppressWarnings("unchecked")
      Map<String, Object> article = (Map<String, Object>) fields.get("article");
      article.remove("source");
      stripped.add(JsonLine.of(fields));
    }
    return stripped.stream().sorted().toList();
  }

  @Test
  void parquetHoldsEveryFieldOfTheRecords() throws Exception {
    Path input = articles();
    Path jsonl = dir.resolve("parquet-twin");
    ImpactJob.run(spark, options("--input", input.toString(), "--output", jsonl.toString()));
    List<String> expected = partLines(jsonl);

    Path output = dir.resolve("parquet-out");
    ImpactJob.run(spark, options("--input", input.toString(), "--output", output.toString(),
        "--format", "parquet"));
    List<String> fromParquet = new ArrayList<>();
    for (Row row : spark.read().parquet(output.toString()).collectAsList()) {
      fromParquet.add(JsonLine.of(withoutNulls(row)));
    }
    List<String> fromJsonl = new ArrayList<>();
    for (String record : expected) {
      fromJsonl.add(JsonLine.of(asDoubles(JsonLine.parseObject(record))));
    }
    assertThat(fromParquet.stream().sorted().toList())
        .isEqualTo(fromJsonl.stream().sorted().toList());
  }

  /** A Parquet row as nested maps without the columns its record did not have. */
  private static Map<String, Object> withoutNulls(Row row) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name : row.schema().fieldNames()) {
      Object value = row.getAs(name);
      if (value instanceof Row nested) {
        fields.put(name, withoutNulls(nested));
      } else if (value != null) {
        fields.put(name, value instanceof Integer i ? Long.valueOf(i) : value);
      }
    }
    return fields;
  }

  /**
   * A JSON record as Parquet gives it back: numbers that are doubles in the schema as doubles,
   * nulls dropped, other numbers as longs.
   */
  private static Map<String, Object> asDoubles(Map<String, Object> record) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : record.entrySet()) {
      Object value = field.getValue();
      if (value instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) nested;
        fields.put(field.getKey(), asDoubles(map));
      } else if (value instanceof Number number) {
        boolean isDouble = List.of("confidence", "value", "value_to", "score")
            .contains(field.getKey());
        fields.put(field.getKey(), isDouble ? (Object) number.doubleValue()
            : (Object) number.longValue());
      } else if (value != null) {
        fields.put(field.getKey(), value);
      }
    }
    return fields;
  }

  @Test
  void theCommandReportsMissingInputsAndAnExistingOutput() throws Exception {
    Path input = articles();
    Path output = dir.resolve("main-out");
    String[] args = {"--master", "local[2]", "--input", input.toString(), "--input",
        dir.resolve("nowhere.jsonl").toString(), "--output", output.toString()};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SparkMain.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    assertThat(code).isEqualTo(1);
    assertThat(out.size()).isZero();
    assertThat(err.toString(UTF_8))
        .contains("nowhere.jsonl: no such file or directory")
        .containsPattern("newsimpact-spark: 5 articles, \\d+ records, 1 failed in");
    assertThat(partLines(output)).isNotEmpty();

    err.reset();
    code = SparkMain.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    assertThat(code).isEqualTo(4);
    assertThat(err.toString(UTF_8)).contains("exists; choose a new --output directory or add"
        + " --overwrite");
    assertThat(spark.sparkContext().isStopped()).isFalse();
  }
}

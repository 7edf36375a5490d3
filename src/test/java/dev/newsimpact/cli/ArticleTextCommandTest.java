package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.LoopbackServer;
import dev.newsimpact.testing.Schemas;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsimpact article} in-process, against pages on 127.0.0.1 and files. No language models
 * are loaded. Every record printed is checked against the article/v1 contract.
 */
@Timeout(60)
class ArticleTextCommandTest {
  private static final JsonSchema SCHEMA = Schemas.article();
  private static final String STORY = "<html lang=\"en-GB\"><head><title>Micron slides | Example News</title>"
      + "<meta property=\"og:title\" content=\"Micron slides on memory glut\">"
      + "<meta property=\"og:site_name\" content=\"Example News\">"
      + "<link rel=\"canonical\" href=\"https://news.example/micron\"></head><body>"
      + "<nav><a href=\"/\">Home</a> <a href=\"/markets\">Markets</a></nav>"
      + "<article><h1>Micron slides on memory glut</h1>"
      + "<p>Shares of Micron Technology fell as much as 10% on Tuesday after the chipmaker warned"
      + " that a glut of memory chips would weigh on prices through the summer.</p>"
      + "<p>The Philadelphia semiconductor index lost 2.1%, its worst day in a month, as investors"
      + " sold the makers of memory and the companies that supply them.</p></article>"
      + "<footer>© Example News. All rights reserved.</footer></body></html>";

  @TempDir Path dir;
  private final LoopbackServer server = new LoopbackServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aPageBecomesOneValidArticleRecord() {
    server.page("/micron", "text/html; charset=utf-8", STORY);
    JsonNode record = single(fetch(server.url("/micron")).succeeded());

    assertThat(record.get("schema").asText()).isEqualTo("article/v1");
    assertThat(record.get("source").asText()).isEqualTo(server.url("/micron"));
    assertThat(record.get("url").asText()).isEqualTo("https://news.example/micron");
    assertThat(record.get("title").asText()).isEqualTo("Micron slides on memory glut");
    assertThat(record.get("site").asText()).isEqualTo("Example News");
    assertThat(record.get("language").asText()).isEqualTo("en");
    assertThat(record.get("truncated").asBoolean()).isFalse();
    assertThat(record.get("published").isNull()).isTrue();
    assertThat(record.get("text").asText())
        .startsWith("Shares of Micron Technology fell as much as 10%")
        .contains("summer.\n\nThe Philadelphia")
        .doesNotContain("Home", "All rights reserved", "Micron slides on memory glut");
    List<String> fields = new ArrayList<>();
    record.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("schema", "id", "source", "url", "title", "published", "site",
        "language", "truncated", "text");
  }

  @Test
  void withoutTheOptInALoopbackUrlIsRefusedAndTheOtherInputsStillRun() throws IOException {
    server.page("/micron", "text/html", STORY);
    Path file = Files.writeString(dir.resolve("story.html"), STORY, UTF_8);
    CliRun run = CliRun.run("article", "--delay", "0", server.url("/micron"), file.toString())
        .exitedWith(ExitCode.INPUT_FAILED.code());

    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("newsimpact: " + server.url("/micron") + ": refused: 127.0.0.1 is a private or"
            + " local network address; --allow-private-networks allows it");
    assertThat(valid(run)).singleElement().satisfies(r ->
        assertThat(r.get("source").asText()).isEqualTo(file.toString()));
    assertThat(server.hits("/micron")).isZero();
  }

  @Test
  void aWrongCharsetHeaderDoesNotGarbleTheText() {
    String page = "<html><body><p>Die Société Générale und die Börse in Zürich gaben nach; der Euro"
        + " kostete 1,08 Dollar, und Anleger mieden Risiken vor der Zinsentscheidung.</p></body></html>";
    server.page("/utf8-said-latin1", 200, "text/html; charset=iso-8859-1", page.getBytes(UTF_8))
        .page("/latin1-said-utf8", 200, "text/html; charset=utf-8",
            page.getBytes(Charset.forName("windows-1252")));
    for (String path : List.of("/utf8-said-latin1", "/latin1-said-utf8")) {
      assertThat(single(fetch(server.url(path)).succeeded()).get("text").asText())
          .as(path).contains("Société Générale", "Börse in Zürich");
    }
  }

  @Test
  void anEmptyPageIsAnEmptyRecordNotAnError() {
    server.page("/empty", 200, "text/html", new byte[0]);
    assertThat(single(fetch(server.url("/empty")).succeeded()).get("text").asText()).isEmpty();
  }

  @Test
  void aHugeOrBombedPageIsCutAndMarkedTruncated() {
    byte[] paragraphs = "<p>Shares fell 5% on Tuesday as the market slid.</p>\n".repeat(200_000)
        .getBytes(UTF_8);
    byte[] bomb = LoopbackServer.gzip(paragraphs);
    server.page("/huge", 200, "text/html", paragraphs)
        .route("/bomb", exchange -> {
          exchange.getResponseHeaders().add("Content-Encoding", "gzip");
          LoopbackServer.send(exchange, 200, "text/html", bomb);
        });
    for (String path : List.of("/huge", "/bomb")) {
      JsonNode record = single(fetch(server.url(path), "--max-bytes", "200000").succeeded());
      assertThat(record.get("truncated").asBoolean()).as(path).isTrue();
      assertThat(record.get("text").asText()).as(path).startsWith("Shares fell 5%");
    }
  }

  @Test
  void pdfsAndImagesAreClearErrors() {
    server.page("/report.pdf", 200, "application/pdf", "%PDF-1.7\n1 0 obj".getBytes(UTF_8))
        .page("/disguised", 200, "text/html", "%PDF-1.7\n1 0 obj".getBytes(UTF_8));
    CliRun run = fetch(server.url("/report.pdf"), server.url("/disguised"))
        .exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(run.err().lines()).containsExactly(
        "newsimpact: " + server.url("/report.pdf")
            + ": not an HTML or text page but a PDF document (Content-Type application/pdf)",
        "newsimpact: " + server.url("/disguised") + ": not a text or HTML document (a PDF document)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void robotsTxtIsRespectedUnlessIgnored() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
        .page("/private/", "text/html", STORY);
    CliRun refused = fetch(server.url("/private/story")).exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(refused.err()).contains("disallowed by " + server.url("/robots.txt"));
    single(fetch(server.url("/private/story"), "--ignore-robots").succeeded());
  }

  @Test
  void anRssFeedExpandsToItsArticlesAndItsDatesFillIn() {
    server.page("/micron", "text/html", STORY)
        .page("/dated", "text/html", STORY.replace("<head>",
            "<head><meta property=\"article:published_time\" content=\"2025-03-01T09:00:00Z\">"))
        .page("/gone", 404, "text/html", "nope".getBytes(UTF_8))
        .page("/rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
            + "<title>Markets</title>"
            + "<item><link>" + server.url("/micron") + "</link><pubDate>Tue, 04 Mar 2025 14:30:00 GMT</pubDate></item>"
            + "<item><link>/gone</link></item>"
            + "<item><link>/dated</link><pubDate>Tue, 04 Mar 2025 14:30:00 GMT</pubDate></item>"
            + "</channel></rss>");
    CliRun run = fetch("--feed", server.url("/rss")).exitedWith(ExitCode.INPUT_FAILED.code());

    assertThat(run.err().lines()).singleElement().asString()
        .isEqualTo("newsimpact: " + server.url("/gone") + ": HTTP 404 Not Found");
    List<JsonNode> records = valid(run);
    assertThat(records).extracting(r -> r.get("source").asText())
        .containsExactly(server.url("/micron"), server.url("/dated"));
    assertThat(records).extracting(r -> r.get("published").asText())
        .containsExactly("2025-03-04T14:30:00Z", "2025-03-01T09:00:00Z");
  }

  @Test
  void anAtomFeedFileExpandsAndAFeedGivenAsAnInputIsNamed() throws IOException {
    server.page("/micron", "text/html", STORY);
    Path atom = Files.writeString(dir.resolve("news.atom"), "<?xml version=\"1.0\"?>"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title>M</title>"
        + "<link href=\"" + server.url("/micron") + "\"/><updated>2025-03-04T10:00:00Z</updated>"
        + "</entry></feed>", UTF_8);

    JsonNode record = single(fetch("--feed", atom.toString()).succeeded());
    assertThat(record.get("published").asText()).isEqualTo("2025-03-04T10:00:00Z");

    CliRun asInput = CliRun.run("article", atom.toString()).exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(asInput.err().lines()).singleElement().asString().isEqualTo("newsimpact: " + atom
        + ": an Atom feed, not an article page; pass it with --feed to read the articles it lists");
  }

  @Test
  void aFeedThatCannotBeReadIsReportedAndTheRestGoOn() throws IOException {
    Path file = Files.writeString(dir.resolve("story.html"), STORY, UTF_8);
    server.page("/page", "text/html", STORY.replace("<head>",
        "<head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"));
    CliRun run = fetch("--feed", server.url("/page"), "--feed", dir.resolve("none.xml").toString(),
        file.toString()).exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(run.err().lines()).containsExactly(
        "newsimpact: " + server.url("/page") + ": not an RSS or Atom feed (a page that names its feed: "
            + server.url("/feed.xml") + ")",
        "newsimpact: " + dir.resolve("none.xml") + ": no such file");
    assertThat(valid(run)).hasSize(1);
  }

  @Test
  void helpListsTheCommandAndItsWebOptions() {
    assertThat(CliRun.run("--help").succeeded().out()).contains("article");
    assertThat(CliRun.run("article", "--help").succeeded().out()).contains("--feed", "--ignore-robots",
        "--allow-private-networks", "--delay", "--retries", "--deadline", "--timeout", "Exit codes:");
    assertThat(CliRun.run("extract", "--help").succeeded().out()).contains("--feed", "--ignore-robots");
    CliRun.run("article", "--delay", "-1", "x").exitedWith(ExitCode.USAGE.code());
    CliRun.run("article", "--retries", "99", "x").exitedWith(ExitCode.USAGE.code());
  }

  private CliRun fetch(String... args) {
    List<String> all = new ArrayList<>(List.of("article", "--allow-private-networks", "--delay", "0",
        "--timeout", "5"));
    all.addAll(List.of(args));
    return CliRun.run(all.toArray(String[]::new));
  }

  private static JsonNode single(CliRun run) {
    List<JsonNode> records = valid(run);
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  private static List<JsonNode> valid(CliRun run) {
    List<JsonNode> records = run.records();
    for (JsonNode record : records) {
      assertThat(Schemas.validate(SCHEMA, record)).as("article/v1 violations").isEmpty();
    }
    return records;
  }
}

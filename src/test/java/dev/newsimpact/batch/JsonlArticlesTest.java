package dev.newsimpact.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonlArticlesTest {

  private static List<JsonlArticles.Line> readAll(String name, byte[] bytes) throws IOException {
    List<JsonlArticles.Line> lines = new ArrayList<>();
    Iterator<JsonlArticles.Line> it = JsonlArticles.lines(name, new ByteArrayInputStream(bytes));
    it.forEachRemaining(lines::add);
    return lines;
  }

  @Test
  void linesAreNamedByFileAndLineNumberAndBlankLinesAreSkipped() throws IOException {
    String text = "\uFEFF{\"text\": \"a\"}\r\n\n   \n{\"text\": \"b\"}\n";
    assertThat(readAll("in.jsonl", text.getBytes(UTF_8))).containsExactly(
        new JsonlArticles.Line("in.jsonl:1", "{\"text\": \"a\"}"),
        new JsonlArticles.Line("in.jsonl:4", "{\"text\": \"b\"}"));
  }

  @Test
  void gzipStreamsAreReadLikePlainOnes() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write("{\"text\": \"a\"}\n".getBytes(UTF_8));
    }
    assertThat(readAll("in.jsonl.gz", zipped.toByteArray()))
        .containsExactly(new JsonlArticles.Line("in.jsonl.gz:1", "{\"text\": \"a\"}"));
  }

  @Test
  void aLineBecomesTheItemTheCliWouldRun() {
    Item item = JsonlArticles.item(new JsonlArticles.Line("in.jsonl:7",
        "{\"id\": \"rtr-1\", \"url\": \"https://example.com/a\", \"html\": \"<p>Hi</p>\"}"));
    assertThat(item).isInstanceOf(Item.Given.class);
    Item.Given given = (Item.Given) item;
    assertThat(given.source()).isEqualTo("in.jsonl:7");
    assertThat(given.id()).isEqualTo("rtr-1");
    assertThat(given.document().url()).isEqualTo("https://example.com/a");
    assertThat(given.document().contentType()).isEqualTo("text/html");
    assertThat(new String(given.document().bytes(), UTF_8)).isEqualTo("<p>Hi</p>");
  }

  @Test
  void aLineWithoutTextIsAFormatError() {
    Item item = JsonlArticles.item(new JsonlArticles.Line("in.jsonl:2", "{\"id\": \"x\"}"));
    assertThat(item).isInstanceOfSatisfying(Item.Broken.class,
        broken -> assertThat(broken.kind()).isEqualTo(ErrorKind.FORMAT));
  }
}

package dev.newsimpact.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.text.Article;
import java.io.Closeable;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes {@code article/v1} records, one compact JSON object per line and per article, fields in
 * the contract's order. The text follows the contract's layout, paragraphs separated by a blank
 * line; {@link Article#text()} (whose offsets impact and mention records count) has single line
 * breaks, so the two differ only in those. Not thread-safe: one writer per output stream.
 */
public final class ArticleRecords implements Closeable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final PrintWriter out;

  public ArticleRecords(PrintWriter out) {
    this.out = out;
  }

  /** The record of one article. */
  public static ObjectNode of(Article article) {
    ObjectNode record = JSON.objectNode();
    record.put("schema", "article/v1");
    record.put("id", article.id());
    record.put("source", article.source());
    record.put("url", article.url());
    record.put("title", article.title());
    record.put("published", article.published());
    record.put("site", article.site());
    record.put("language", article.language());
    record.put("truncated", article.truncated());
    record.put("text", article.text().replace("\n", "\n\n"));
    return record;
  }

  /** Writes the article's record and flushes; false once the output can no longer be written. */
  public boolean write(Article article) {
    try {
      out.write(MAPPER.writeValueAsString(of(article)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    out.flush();
    return !out.checkError();
  }

  @Override
  public void close() {
    out.flush();
  }
}

package dev.newsimpact.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.pipeline.ArticleResult;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes one compact JSON object per line. */
public final class JsonLinesWriter implements RecordWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PrintWriter out;
  private final RecordKind kind;

  public JsonLinesWriter(PrintWriter out, RecordKind kind) {
    this.out = out;
    this.kind = kind;
  }

  @Override
  public boolean write(ArticleResult result) {
    for (ObjectNode record : Records.of(result, kind)) {
      if (!writeLine(record)) {
        return false;
      }
    }
    return true;
  }

  /** Writes any JSON tree as one line; false when the output is closed. */
  boolean writeLine(ObjectNode record) {
    try {
      out.write(MAPPER.writeValueAsString(record));
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

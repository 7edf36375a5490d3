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
    // One write per line: a reader never sees half a record, even if the run stops after it.
    out.write(render(record) + "\n");
    out.flush();
    return !out.checkError();
  }

  static String render(ObjectNode record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    out.flush();
  }
}

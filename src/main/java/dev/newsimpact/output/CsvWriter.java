package dev.newsimpact.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.pipeline.ArticleResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records as CSV (RFC 4180 quoting, {@code \n} line ends) with a header line of column paths
 * before the first record; no records, no output. For spreadsheets and {@code duckdb}.
 */
public final class CsvWriter implements RecordWriter {

  private final PrintWriter out;
  private final RecordKind kind;
  private final List<String> columns;
  private boolean headerWritten;

  public CsvWriter(PrintWriter out, RecordKind kind) {
    this.out = out;
    this.kind = kind;
    this.columns = Columns.of(kind);
  }

  @Override
  public boolean write(ArticleResult result) {
    for (ObjectNode record : Records.of(result, kind)) {
      if (!headerWritten) {
        out.write(line(columns) + "\n");
        headerWritten = true;
      }
      List<String> values = new ArrayList<>(columns.size());
      for (String column : columns) {
        values.add(Columns.value(record, column));
      }
      out.write(line(values) + "\n");
    }
    out.flush();
    return !out.checkError();
  }

  /** One CSV line (without its line end) of {@code values}; null is an empty field. */
  public static String line(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(values.get(i)));
    }
    return line.toString();
  }

  static String quote(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  @Override
  public void close() {
    out.flush();
  }
}

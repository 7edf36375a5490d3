package dev.newsimpact.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.pipeline.ArticleResult;
import java.io.PrintWriter;
import java.util.List;

/** Writes records as aligned columns for people, one block per article. */
public final class TableWriter implements RecordWriter {

  private static final String[] IMPACT_COLUMNS = {
    "entity.ticker", "entity.name", "claim.type", "claim.value", "claim.unit", "claim.qualifier",
    "claim.period", "sentiment.label"
  };
  private static final String[] MENTION_COLUMNS = {
    "entity.ticker", "entity.name", "entity.kind", "entity.confidence", "sentiment.label",
    "evidence.mention_start"
  };
  private static final String[] TICKER_COLUMNS = {
    "entity.ticker", "entity.canonical", "entity.kind", "mentions", "claims", "sentiment.label",
    "sentiment.score", "sentiment.basis"
  };
  private static final int[] WIDTHS = {11, 28, 11, 14, 8, 11, 26, 9};
  private static final int[] TICKER_WIDTHS = {11, 28, 9, 10, 8, 10, 8, 10};

  private final PrintWriter out;
  private final RecordKind kind;

  public TableWriter(PrintWriter out, RecordKind kind) {
    this.out = out;
    this.kind = kind;
  }

  @Override
  public boolean write(ArticleResult result) {
    String[] columns = switch (kind) {
      case IMPACT -> IMPACT_COLUMNS;
      case MENTION -> MENTION_COLUMNS;
      case TICKER -> TICKER_COLUMNS;
    };
    int[] widths = kind == RecordKind.TICKER ? TICKER_WIDTHS : WIDTHS;
    out.println("# " + result.article().source()
        + (result.article().title() == null ? "" : "  " + result.article().title()));
    StringBuilder header = new StringBuilder();
    for (int c = 0; c < columns.length; c++) {
      header.append(cell(columns[c].substring(columns[c].indexOf('.') + 1), widths[c]));
    }
    out.println(header.toString().stripTrailing());
    List<ObjectNode> records = Records.of(result, kind);
    for (ObjectNode record : records) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < columns.length; c++) {
        row.append(cell(text(record, columns[c]), widths[c]));
      }
      out.println(row.toString().stripTrailing());
    }
    out.println();
    out.flush();
    return !out.checkError();
  }

  private static String text(ObjectNode record, String path) {
    String value = Columns.value(record, path);
    return value == null ? "-" : value;
  }

  private static String cell(String value, int width) {
    String shown = value.length() >= width ? value.substring(0, width - 2) + "…" : value;
    return String.format(java.util.Locale.ROOT, "%-" + width + "s", shown);
  }

  @Override
  public void close() {
    out.flush();
  }
}

package dev.newsimpact.output;

/** Which records a command prints for each article. */
public enum RecordKind {
  /** {@code impact/v1}: one record per claim ({@code extract}). */
  IMPACT("impact/v1"),
  /** {@code mention/v1}: one record per linked mention ({@code mentions}). */
  MENTION("mention/v1"),
  /** {@code ticker/v1}: one summary per article and ticker ({@code --by-ticker}). */
  TICKER("ticker/v1");

  private final String schema;

  RecordKind(String schema) {
    this.schema = schema;
  }

  /** The value of the records' {@code schema} field. */
  public String schema() {
    return schema;
  }
}

package dev.newsimpact.output;

/** How records are printed. */
public enum OutputFormat {
  /** One compact JSON object per line: for pipes and programs. */
  JSONL,
  /** Comma-separated values with a header line: for spreadsheets and SQL engines. */
  CSV,
  /** Aligned columns: for people at a terminal. */
  TABLE
}

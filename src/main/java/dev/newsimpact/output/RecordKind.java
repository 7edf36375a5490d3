package dev.newsimpact.output;

/** Which records a command prints for each article. */
public enum RecordKind {
  /** {@code impact/v1}: one record per claim ({@code extract}). */
  IMPACT,
  /** {@code mention/v1}: one record per linked mention ({@code mentions}). */
  MENTION
}

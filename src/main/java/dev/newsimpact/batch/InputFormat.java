package dev.newsimpact.batch;

/** What one input file (or standard input) holds. */
public enum InputFormat {
  /** One article: HTML or plain text, told apart by content. */
  ARTICLE,
  /** One article per line as a JSON object: {@code id}, {@code url}, {@code text} or {@code html}, {@code published}. */
  JSONL
}

package dev.newsimpact.output;

import dev.newsimpact.pipeline.ArticleResult;
import java.io.Closeable;

/**
 * Prints the records of one article after another, flushing after each record so that a consumer
 * sees them as they come. Not thread-safe: one writer per output stream.
 */
public interface RecordWriter extends Closeable {

  /** Writes the article's records; returns false once the output can no longer be written. */
  boolean write(ArticleResult result);

  @Override
  void close();
}

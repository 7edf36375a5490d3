package dev.newsimpact.source;

/**
 * Reads the bytes of an {@link Input}. Implementations are thread-safe.
 */
public interface DocumentSource {

  /** Reads the whole input; throws {@link InputException} with a message that names the input. */
  RawDocument read(Input input) throws InputException;
}

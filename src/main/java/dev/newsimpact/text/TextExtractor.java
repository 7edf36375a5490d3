package dev.newsimpact.text;

import dev.newsimpact.source.InputException;
import dev.newsimpact.source.RawDocument;

/**
 * Turns the bytes of a page (HTML or plain text, told apart by content) into its article text, with
 * navigation menus, share buttons, hashtags, handles and other page furniture removed. Thread-safe.
 */
public interface TextExtractor {

  /** Throws {@link InputException} for content that is not text (binary junk, PDF). */
  Article extract(RawDocument document) throws InputException;
}

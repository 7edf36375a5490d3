package dev.newsimpact.source;

import java.util.Objects;

/**
 * The bytes of one input before any text extraction.
 *
 * @param input the input these bytes came from
 * @param bytes the (decompressed) body; never null, possibly empty
 * @param contentType the MIME type a server declared, or null for files and stdin
 * @param charset the charset a server declared, or null when unknown
 * @param url the final URL after redirects, or null for files and stdin
 * @param truncated true when the body was cut at the size cap
 */
public record RawDocument(
    Input input, byte[] bytes, String contentType, String charset, String url, boolean truncated) {

  public RawDocument {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(bytes, "bytes");
  }
}

package dev.newsimpact.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses gzip bodies, recognised by their magic bytes rather than by a {@code .gz} name or a
 * Content-Type, since both lie. Output is capped like any other body: a few kilobytes of gzip can
 * expand to gigabytes, and that must end as a truncated document, not an OutOfMemoryError.
 */
final class Gzip {
  private Gzip() {}

  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0x1f
        && (bytes[1] & 0xff) == 0x8b
        && bytes[2] == 8; // deflate, the only method gzip defines
  }

  /**
   * Returns the body as is unless it is gzip, else its decompressed form capped at {@code cap}. Data
   * that ends early (a body cut at the cap, an interrupted download) decompresses as far as it goes
   * and is marked truncated.
   *
   * @throws ZipException when the data claims to be gzip but is corrupt
   */
  static Body inflateIfGzip(Body body, long cap) throws IOException {
    if (!isGzip(body.bytes())) {
      return body;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body.bytes()))) {
      Body inflated = BoundedRead.read(in, cap);
      return new Body(inflated.bytes(), inflated.truncated() || body.truncated());
    }
  }
}

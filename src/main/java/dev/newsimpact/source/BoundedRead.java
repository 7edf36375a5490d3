package dev.newsimpact.source;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * Reads a stream into memory without ever holding more than the cap (plus one buffer), so neither a
 * huge file nor an endless response can exhaust the heap. The caller owns and closes the stream.
 */
final class BoundedRead {
  private static final int BUFFER = 64 * 1024;

  private BoundedRead() {}

  /** Reads until end of stream or {@code cap} bytes; one byte more than the cap means truncated. */
  static Body read(InputStream in, long cap) throws IOException {
    return read(in, cap, Long.MAX_VALUE);
  }

  /**
   * As {@link #read(InputStream, long)}, and fails with {@link SocketTimeoutException} once {@link
   * System#nanoTime()} passes {@code deadlineNanos}. The check runs between reads, so a single
   * blocked read is bounded by the socket's own read timeout, not by this deadline.
   */
  static Body read(InputStream in, long cap, long deadlineNanos) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, BUFFER));
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    while (true) {
      if (System.nanoTime() - deadlineNanos > 0) {
        throw new SocketTimeoutException("deadline passed");
      }
      int want = (int) Math.min(buffer.length, cap + 1 - total);
      int n;
      try {
        n = in.read(buffer, 0, want);
      } catch (EOFException cut) {
        // A compressed stream that ends mid-way: keep what it yielded, as a truncated body.
        return new Body(out.toByteArray(), true);
      }
      if (n < 0) {
        return new Body(out.toByteArray(), false);
      }
      total += n;
      if (total > cap) {
        out.write(buffer, 0, n - 1);
        return new Body(out.toByteArray(), true);
      }
      out.write(buffer, 0, n);
    }
  }
}

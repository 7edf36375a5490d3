package dev.newsimpact.ticker;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One text column of the universe resource kept as UTF-8 bytes, so loading copies arrays instead
 * of decoding tens of thousands of strings; a value becomes a String only when asked for.
 * Immutable.
 */
final class TextColumn {

  private final byte[] bytes;
  private final int[] offsets;

  private TextColumn(byte[] bytes, int[] offsets) {
    this.bytes = bytes;
    this.offsets = offsets;
  }

  /** Reads n unsigned-short lengths, then the concatenated UTF-8 values (see {@link UniverseFormat}). */
  static TextColumn read(ByteBuffer in, int n) {
    short[] lengths = new short[n];
    in.asShortBuffer().get(lengths);
    in.position(in.position() + 2 * n);
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + (lengths[i] & 0xffff);
    }
    byte[] bytes = new byte[offsets[n]];
    in.get(bytes);
    return new TextColumn(bytes, offsets);
  }

  int size() {
    return offsets.length - 1;
  }

  /** The value, or null when it is empty. */
  String get(int i) {
    int len = offsets[i + 1] - offsets[i];
    return len == 0 ? null : new String(bytes, offsets[i], len, StandardCharsets.UTF_8);
  }

  /** Compares value i with {@code key} (UTF-8) as unsigned bytes, which is code-point order. */
  int compare(int i, byte[] key) {
    int from = offsets[i];
    int len = offsets[i + 1] - from;
    int n = Math.min(len, key.length);
    for (int k = 0; k < n; k++) {
      int c = (bytes[from + k] & 0xff) - (key[k] & 0xff);
      if (c != 0) {
        return c;
      }
    }
    return len - key.length;
  }

  /** True when value i starts with {@code prefix} (UTF-8 bytes). */
  boolean startsWith(int i, byte[] prefix) {
    int from = offsets[i];
    if (offsets[i + 1] - from < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (bytes[from + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** First index whose value is not below {@code key}, the column being sorted. */
  int lowerBound(byte[] key) {
    int lo = 0;
    int hi = size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(mid, key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

package dev.newsimpact.text;

/**
 * Tells binary content (PDFs, archives, images, executables, random bytes) from text, so that junk
 * is refused with a clear error instead of being "extracted" into garbage records. Judged on the
 * first few kilobytes: magic numbers first, then NUL bytes (which no text encoding we accept
 * produces without a byte-order mark), then the share of control characters.
 */
final class BinarySniffer {
  private static final int SAMPLE = 8 * 1024;
  /** Above this share of control characters a sample is not text; text has almost none. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private static final int[][] MAGIC = {
    {'%', 'P', 'D', 'F', '-'},
    {'P', 'K', 3, 4},
    {'P', 'K', 5, 6},
    {0x89, 'P', 'N', 'G'},
    {'G', 'I', 'F', '8'},
    {0xFF, 0xD8, 0xFF},
    {'I', 'I', '*', 0},
    {'M', 'M', 0, '*'},
    {'R', 'I', 'F', 'F'},
    {0x7F, 'E', 'L', 'F'},
    {0xCA, 0xFE, 0xBA, 0xBE},
    {0xD0, 0xCF, 0x11, 0xE0},
    {'7', 'z', 0xBC, 0xAF},
    {'R', 'a', 'r', '!'},
    {0x1F, 0x8B},
    {0, 'a', 's', 'm'},
    {'O', 'g', 'g', 'S'},
    {'f', 'L', 'a', 'C'},
    {0x1A, 0x45, 0xDF, 0xA3},
    {'w', 'O', 'F', 'F'},
    {'w', 'O', 'F', '2'},
    {0x28, 0xB5, 0x2F, 0xFD},
    {0xFD, '7', 'z', 'X', 'Z', 0},
  };

  private BinarySniffer() {}

  /** For bytes in an ASCII-compatible encoding (no UTF-16/32 byte-order mark). */
  static boolean isBinary(byte[] bytes) {
    for (int[] magic : MAGIC) {
      if (Bom.startsWith(bytes, magic)) {
        return true;
      }
    }
    if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
      return true; // ISO media: mp4, mov, heic
    }
    int n = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (isControl(b)) {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_SHARE;
  }

  /** For text already decoded (from UTF-16/32), where NUL and control characters mean the same. */
  static boolean isBinary(CharSequence text) {
    int n = Math.min(text.length(), SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x80 && isControl(c)) {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_SHARE;
  }

  /** Controls other than the whitespace ones and the shifts/escape that ISO-2022 text uses. */
  private static boolean isControl(int b) {
    if (b == 0x7F) {
      return true;
    }
    if (b >= 0x20) {
      return false;
    }
    return switch (b) {
      case '\t', '\n', '\r', 0x0B, 0x0C, 0x0E, 0x0F, 0x1B -> false;
      default -> true;
    };
  }
}

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

  private record Magic(String kind, int... bytes) {}

  private static final Magic[] MAGIC = {
    new Magic("a PDF document", '%', 'P', 'D', 'F', '-'),
    new Magic("an archive (zip, docx, epub...)", 'P', 'K', 3, 4),
    new Magic("an archive (zip, docx, epub...)", 'P', 'K', 5, 6),
    new Magic("an image", 0x89, 'P', 'N', 'G'),
    new Magic("an image", 'G', 'I', 'F', '8'),
    new Magic("an image", 0xFF, 0xD8, 0xFF),
    new Magic("an image", 'I', 'I', '*', 0),
    new Magic("an image", 'M', 'M', 0, '*'),
    new Magic("media (RIFF: WebP, WAV, AVI)", 'R', 'I', 'F', 'F'),
    new Magic("a program", 0x7F, 'E', 'L', 'F'),
    new Magic("a program", 0xCA, 0xFE, 0xBA, 0xBE),
    new Magic("an Office document", 0xD0, 0xCF, 0x11, 0xE0),
    new Magic("an archive", '7', 'z', 0xBC, 0xAF),
    new Magic("an archive", 'R', 'a', 'r', '!'),
    new Magic("gzip data", 0x1F, 0x8B),
    new Magic("a program", 0, 'a', 's', 'm'),
    new Magic("audio", 'O', 'g', 'g', 'S'),
    new Magic("audio", 'f', 'L', 'a', 'C'),
    new Magic("a video", 0x1A, 0x45, 0xDF, 0xA3),
    new Magic("a font", 'w', 'O', 'F', 'F'),
    new Magic("a font", 'w', 'O', 'F', '2'),
    new Magic("an archive", 0x28, 0xB5, 0x2F, 0xFD),
    new Magic("an archive", 0xFD, '7', 'z', 'X', 'Z', 0),
  };

  private BinarySniffer() {}

  /** For bytes in an ASCII-compatible encoding (no UTF-16/32 byte-order mark). */
  static boolean isBinary(byte[] bytes) {
    if (kind(bytes) != null) {
      return true;
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

  /** What a known binary format is, by its magic number ("a PDF document"), or null. */
  static String kind(byte[] bytes) {
    for (Magic magic : MAGIC) {
      if (Bom.startsWith(bytes, magic.bytes())) {
        return magic.kind();
      }
    }
    if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
      return "a video or image (ISO media)"; // mp4, mov, heic
    }
    return null;
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

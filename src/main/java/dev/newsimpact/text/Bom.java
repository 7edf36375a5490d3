package dev.newsimpact.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark: the one charset signal that overrides every declaration. */
record Bom(Charset charset, int length) {

  /** The mark that {@code bytes} start with, or null. UTF-32 is tested before UTF-16 (FF FE 00 00). */
  static Bom of(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return utf32("UTF-32BE");
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return utf32("UTF-32LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  private static Bom utf32(String name) {
    return Charset.isSupported(name) ? new Bom(Charset.forName(name), 4) : null;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

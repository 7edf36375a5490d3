package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a document's bytes into text, choosing the charset in this order:
 *
 * <ol>
 *   <li>a byte-order mark;
 *   <li>UTF-8, when the bytes contain non-ASCII and all of it is valid UTF-8. This comes before
 *       declarations because random legacy-encoded text is almost never valid UTF-8, while UTF-8
 *       pages declared as latin-1 (by a server default or a stale meta tag) are common;
 *   <li>the charset the server declared, then the one the document declares (meta, XML);
 *   <li>statistical detection (juniversalchardet), for undeclared legacy pages (Shift_JIS, GBK,
 *       windows-1251...);
 *   <li>windows-1252, which decodes any byte and is what undeclared Western pages use.
 * </ol>
 *
 * Stateless and thread-safe.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** The decoded text, without any byte-order mark, and the charset chosen. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, String declared) {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      byte[] body = Arrays.copyOfRange(bytes, bom.length(), bytes.length);
      return new Decoded(new String(body, bom.charset()), bom.charset());
    }
    int utf8 = validUtf8Length(bytes);
    if (utf8 >= 0 && hasNonAscii(bytes)) {
      return new Decoded(new String(bytes, 0, utf8, UTF_8), UTF_8);
    }
    Charset chosen = Charsets.forName(declared);
    if (chosen == null) {
      chosen = Charsets.forName(DeclaredCharset.find(bytes));
    }
    if (chosen == null || (chosen.equals(UTF_8) && utf8 < 0)) {
      chosen = detect(bytes);
    }
    if (chosen.equals(UTF_8) && utf8 >= 0) {
      return new Decoded(new String(bytes, 0, utf8, UTF_8), UTF_8);
    }
    return new Decoded(new String(bytes, chosen), chosen);
  }

  private static Charset detect(byte[] bytes) {
    if (!hasNonAscii(bytes) && !hasEscape(bytes)) {
      return UTF_8;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
    detector.dataEnd();
    Charset detected = Charsets.forName(detector.getDetectedCharset());
    return detected == null || detected.equals(UTF_8) ? Charsets.WINDOWS_1252 : detected;
  }

  /**
   * The number of leading bytes that form valid UTF-8, or -1 when the bytes are not UTF-8. An
   * incomplete sequence at the very end (a body cut at the size cap) does not count against it.
   */
  static int validUtf8Length(byte[] bytes) {
    CharsetDecoder decoder =
        UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, false);
      if (result.isError()) {
        return -1;
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      // Underflow: everything decoded except, possibly, a trailing partial sequence of < 4 bytes.
      return in.remaining() < 4 ? in.position() : -1;
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** ESC introduces the 7-bit ISO-2022 encodings, which are all ASCII bytes. */
  private static boolean hasEscape(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0x1b) {
        return true;
      }
    }
    return false;
  }
}

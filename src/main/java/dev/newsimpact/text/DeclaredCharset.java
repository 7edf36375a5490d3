package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset a document declares about itself: {@code <meta charset>}, {@code <meta
 * http-equiv="Content-Type" content="...; charset=...">} or an XML declaration. Only the head of the
 * document is searched, read as latin-1 so that any byte maps to one char and every ASCII-compatible
 * encoding reads the same there.
 */
final class DeclaredCharset {
  private static final int HEAD_BYTES = 16 * 1024;
  private static final Pattern META =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private DeclaredCharset() {}

  /** The declared label, or null. */
  static String find(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), ISO_8859_1);
    Matcher meta = META.matcher(head);
    if (meta.find()) {
      return meta.group(1);
    }
    Matcher xml = XML.matcher(head);
    return xml.find() ? xml.group(1) : null;
  }
}

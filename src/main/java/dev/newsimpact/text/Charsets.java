package dev.newsimpact.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Charset names as pages use them, mapped the way browsers map them (the WHATWG Encoding standard):
 * a page labelled latin-1 or ASCII is decoded as windows-1252, its superset, because that is what its
 * authors' tools wrote; likewise for the other legacy labels below.
 */
final class Charsets {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Map<String, String> BROWSER_ALIASES =
      Map.ofEntries(
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("l1", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("iso-8859-9", "windows-1254"),
          Map.entry("iso-8859-11", "windows-874"),
          Map.entry("tis-620", "windows-874"),
          Map.entry("gb2312", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("shift-jis", "windows-31j"),
          Map.entry("sjis", "windows-31j"),
          Map.entry("x-sjis", "windows-31j"),
          Map.entry("euc-kr", "x-windows-949"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("big5", "Big5-HKSCS"),
          Map.entry("utf8", "UTF-8"),
          Map.entry("unicode-1-1-utf-8", "UTF-8"));

  private Charsets() {}

  /**
   * The charset for a label, or null when the label is missing, unknown to the JVM, or not
   * ASCII-compatible (a page that declares UTF-16 without a byte-order mark is, in practice, not
   * UTF-16; browsers ignore that declaration too).
   */
  static Charset forName(String label) {
    if (label == null) {
      return null;
    }
    String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return null;
    }
    name = BROWSER_ALIASES.getOrDefault(name, name);
    try {
      if (!Charset.isSupported(name)) {
        return null;
      }
      Charset charset = Charset.forName(name);
      String canonical = charset.name().toUpperCase(Locale.ROOT);
      if (canonical.startsWith("UTF-16") || canonical.startsWith("UTF-32")) {
        return null;
      }
      return charset.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : charset;
    } catch (IllegalArgumentException badName) {
      return null;
    }
  }
}

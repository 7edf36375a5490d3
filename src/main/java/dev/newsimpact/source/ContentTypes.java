package dev.newsimpact.source;

import java.util.Locale;
import java.util.Set;

/**
 * Which declared Content-Types a page may have. Pages are HTML or text, feeds are XML; a PDF, an
 * image or a video is refused before its body is downloaded. Types that say nothing (none,
 * octet-stream, gzip) are let through for the text stage to judge by content, since many servers
 * send them for ordinary pages and compressed files.
 */
final class ContentTypes {
  private static final Set<String> TEXT = Set.of(
      "text/html", "text/plain", "text/xml", "text/markdown", "application/xhtml+xml",
      "application/xml");
  private static final Set<String> UNSAID = Set.of(
      "application/octet-stream", "binary/octet-stream", "application/unknown", "unknown/unknown",
      "application/gzip", "application/x-gzip", "application/x-download");

  private ContentTypes() {}

  /** Null when a body of this type may be read, else what it is, for the error message. */
  static String refusal(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (mime.isEmpty() || TEXT.contains(mime) || UNSAID.contains(mime) || mime.endsWith("+xml")) {
      return null;
    }
    return "not an HTML or text page but " + kind(mime) + " (Content-Type " + mime + ")";
  }

  private static String kind(String mime) {
    if (mime.equals("application/pdf")) {
      return "a PDF document";
    }
    int slash = mime.indexOf('/');
    String major = slash < 0 ? mime : mime.substring(0, slash);
    return switch (major) {
      case "image" -> "an image";
      case "audio" -> "audio";
      case "video" -> "a video";
      case "font" -> "a font";
      default -> mime.contains("zip") || mime.contains("compressed") ? "an archive" : "another format";
    };
  }
}

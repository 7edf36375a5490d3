package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable article ids: the first 16 hex digits of SHA-256 of the canonical URL when there is one
 * (the same story fetched twice keeps its id even if an ad changed), else of the text.
 */
final class ArticleIds {
  private ArticleIds() {}

  static String of(String canonicalUrl, String text) {
    String key = canonicalUrl != null ? canonicalUrl : text;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

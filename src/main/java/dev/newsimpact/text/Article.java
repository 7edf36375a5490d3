package dev.newsimpact.text;

import java.util.Objects;

/**
 * An article's main text and what is known about it. The text is what every offset in the output
 * refers to.
 *
 * @param id stable id: sha256 prefix of the canonical URL when known, else of the text
 * @param source the input as the user gave it
 * @param url canonical URL, or null
 * @param title title, or null
 * @param published ISO-8601 date or date-time, or null
 * @param site site name or host, or null
 * @param text main text: paragraphs and headings one per line, joined with "\n" (no blank lines;
 *     a line never splits a sentence), page furniture removed; empty for an empty input
 * @param language primary language subtag the page declares ("en"), or null
 * @param truncated true when the input was cut at the size cap, so the text may be incomplete
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    String published,
    String site,
    String text,
    String language,
    boolean truncated) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  /** An article with no language known and not truncated (hand-built inputs, tests). */
  public Article(
      String id, String source, String url, String title, String published, String site, String text) {
    this(id, source, url, title, published, site, text, null, false);
  }
}

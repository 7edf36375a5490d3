package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsimpact.source.InputException;
import dev.newsimpact.source.RawDocument;
import java.util.List;
import java.util.Objects;

/**
 * The {@link TextExtractor} of the pipeline: bytes to {@link Article}, HTML parsed with Jsoup and
 * plain text read line by line, both cleaned by the same zone logic. Stateless and thread-safe.
 *
 * <p>Steps: refuse binary content; decode ({@link TextDecoder}); refuse feeds ({@link
 * FeedSniffer}); tell HTML from plain text by content ({@link HtmlSniffer}); extract lines and
 * metadata; join lines with "\n". An empty or blank input is an article with empty text, not an
 * error. The page's own publication date wins; a date the input brings (from a feed item) fills in
 * when the page has none.
 */
public final class JsoupTextExtractor implements TextExtractor {

  @Override
  public Article extract(RawDocument document) throws InputException {
    Objects.requireNonNull(document, "document");
    String source = document.input().source();
    byte[] bytes = document.bytes();
    Bom bom = Bom.of(bytes);
    boolean wide = bom != null && !bom.charset().equals(UTF_8);
    if (!wide && BinarySniffer.isBinary(bytes)) {
      throw binary(source, BinarySniffer.kind(bytes));
    }
    String text = TextDecoder.decode(bytes, document.charset()).text();
    if (wide && BinarySniffer.isBinary(text)) {
      throw binary(source, null);
    }
    if (text.isBlank()) {
      return build(document, null, null, null, null, null, List.of());
    }
    String feed = FeedSniffer.kind(text);
    if (feed != null) {
      throw new InputException(source + ": " + feed + ", not an article page; pass it with --feed"
          + " to read the articles it lists");
    }
    if (HtmlSniffer.isHtml(text)) {
      HtmlArticle.Parts parts = HtmlArticle.extract(text, document.url());
      HtmlMetadata meta = parts.metadata();
      return build(document, meta.url(), meta.title(), meta.published(), meta.site(), meta.language(),
          parts.lines());
    }
    PlainTextArticle.Parts parts = PlainTextArticle.extract(text);
    return build(document, document.url(), parts.title(), null, HtmlMetadata.host(document.url()),
        null, parts.lines());
  }

  private static Article build(RawDocument document, String url, String title, String published,
      String site, String language, List<String> lines) {
    String text = String.join("\n", lines);
    String date = published != null ? published : document.input().published();
    return new Article(ArticleIds.of(url, text), document.input().source(), url, title, date,
        site, text, language, document.truncated());
  }

  private static InputException binary(String source, String kind) {
    return new InputException(source + ": not a text or HTML document ("
        + (kind == null ? "binary content" : kind) + ")");
  }
}

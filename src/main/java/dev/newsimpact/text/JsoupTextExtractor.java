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
 * <p>Steps: refuse binary content; decode ({@link TextDecoder}); tell HTML from plain text by
 * content ({@link HtmlSniffer}); extract lines and metadata; join lines with "\n". An empty or
 * blank input is an article with empty text, not an error.
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
      throw binary(source);
    }
    String text = TextDecoder.decode(bytes, document.charset()).text();
    if (wide && BinarySniffer.isBinary(text)) {
      throw binary(source);
    }
    if (text.isBlank()) {
      return build(document, null, null, null, null, null, List.of());
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
    return new Article(ArticleIds.of(url, text), document.input().source(), url, title, published,
        site, text, language, document.truncated());
  }

  private static InputException binary(String source) {
    return new InputException(source + ": not a text or HTML document (binary content)");
  }
}

package dev.newsimpact.spark;

import dev.newsimpact.batch.Item;
import dev.newsimpact.batch.JsonlArticles;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.RawDocument;
import java.io.Serializable;
import java.util.Objects;

/**
 * One article as it travels between the reading stage and the language stage: small, immutable and
 * serializable, unlike the core's {@link Item}, which it becomes on the executor that analyses it.
 */
sealed interface ArticleInput extends Serializable {

  /** How the user finds the article again: {@code FILE:LINE} or {@code FILE@OFFSET}. */
  String source();

  /** The core's work item for this article. */
  Item toItem();

  /** One line of a JSON Lines file, parsed on the executor exactly as the CLI parses it. */
  record JsonLine(String source, String json) implements ArticleInput {
    private static final long serialVersionUID = 1L;

    public JsonLine {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(json, "json");
    }

    @Override
    public Item toItem() {
      return JsonlArticles.item(new JsonlArticles.Line(source, json));
    }
  }

  /**
   * A page from a web archive: the body of an HTTP response and what its headers said.
   *
   * @param url the URL the page was fetched from
   * @param charset the charset the response declared, or null
   * @param truncated true when the body was cut at the size cap
   */
  record WebPage(String source, String url, byte[] body, String contentType, String charset,
      boolean truncated) implements ArticleInput {
    private static final long serialVersionUID = 1L;

    public WebPage {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(body, "body");
    }

    /** Read from an archive file, not fetched now: a file input that knows its URL. */
    @Override
    public Item toItem() {
      RawDocument document = new RawDocument(new Input(source, Input.Kind.FILE), body, contentType,
          charset, url, truncated);
      return new Item.Given(document, null, null);
    }
  }
}

package dev.newsimpact.feed;

import dev.newsimpact.source.DocumentSource;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import dev.newsimpact.source.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a feed (a URL or a file, through the same {@link DocumentSource} as articles, so the same
 * safety rules apply) and lists its articles as inputs. Thread-safe when its source is.
 */
public final class FeedReader {
  private static final Pattern FEED_LINK = Pattern.compile(
      "<link[^>]+type\\s*=\\s*[\"']application/(?:rss|atom)\\+xml[\"'][^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern HREF = Pattern.compile("href\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

  private final DocumentSource source;

  public FeedReader(DocumentSource source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The feed {@code feed} names (URL, path or {@code -}), parsed. */
  public Feed read(String feed) throws InputException {
    RawDocument document = source.read(Input.of(feed));
    Feed parsed = FeedParser.parse(document.bytes(), document.charset(), document.url());
    if (parsed == null) {
      throw new InputException(feed + ": not an RSS or Atom feed" + hint(document));
    }
    return parsed;
  }

  /** One URL input per article of the feed, in feed order, each carrying the item's date. */
  public List<Input> articles(String feed) throws InputException {
    List<Input> inputs = new ArrayList<>();
    for (FeedItem item : read(feed).items()) {
      inputs.add(new Input(item.url(), Input.Kind.URL, item.published()));
    }
    return inputs;
  }

  /** For an HTML page that announces its feed, where the feed is. */
  private static String hint(RawDocument document) {
    String head = new String(document.bytes(), 0, Math.min(document.bytes().length, 64 * 1024),
        java.nio.charset.StandardCharsets.ISO_8859_1);
    Matcher link = FEED_LINK.matcher(head);
    if (link.find()) {
      Matcher href = HREF.matcher(link.group());
      if (href.find()) {
        return " (a page that names its feed: " + absolute(document.url(), href.group(1)) + ")";
      }
    }
    return "";
  }

  private static String absolute(String base, String href) {
    try {
      return base == null ? href : java.net.URI.create(base).resolve(href.strip()).toString();
    } catch (IllegalArgumentException e) {
      return href;
    }
  }
}

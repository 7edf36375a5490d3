package dev.newsimpact.feed;

import java.util.List;
import java.util.Objects;

/**
 * A parsed feed.
 *
 * @param format "RSS" or "Atom"
 * @param title the feed's title, or null
 * @param items its entries in feed order, one per distinct article URL
 * @param skipped entries without a usable http(s) link
 */
public record Feed(String format, String title, List<FeedItem> items, int skipped) {
  public Feed {
    Objects.requireNonNull(format, "format");
    items = List.copyOf(items);
  }
}

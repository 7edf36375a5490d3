package dev.newsimpact.feed;

import java.util.Objects;

/**
 * One entry of a feed.
 *
 * @param url the article's absolute http(s) URL
 * @param title the entry's title, or null
 * @param published the entry's date as ISO-8601, or null
 */
public record FeedItem(String url, String title, String published) {
  public FeedItem {
    Objects.requireNonNull(url, "url");
  }
}

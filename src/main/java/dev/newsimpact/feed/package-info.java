/**
 * Feeds as inputs: an RSS (2.0 or 1.0) or Atom feed, read from a URL or a file, becomes the list
 * of articles it links to, each an {@link dev.newsimpact.source.Input} that carries the item's
 * date so a page without one still gets a {@code published} date.
 *
 * <p>The entry point is {@link dev.newsimpact.feed.FeedReader}; {@link
 * dev.newsimpact.feed.FeedParser} parses with Jsoup's XML parser, which forgives the malformed XML
 * that real feeds are full of. Fetching (and all its safety rules) stays in {@code
 * dev.newsimpact.source}.
 */
package dev.newsimpact.feed;

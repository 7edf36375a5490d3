package dev.newsimpact.cli;

import dev.newsimpact.batch.ErrorKind;
import dev.newsimpact.batch.Item;
import dev.newsimpact.feed.FeedReader;
import dev.newsimpact.source.DocumentSource;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The items of a run followed by the articles of every {@code --feed}, in feed order. A feed is
 * read when the items before it are used up, through the run's own source, so the address policy,
 * robots.txt and politeness apply to it as to any page; a feed that cannot be read becomes one
 * {@link Item.Broken} in its place and the run goes on. Not thread-safe, like the intake it wraps.
 */
final class FeedInputs implements Iterator<Item> {
  private final Iterator<Item> first;
  private final Deque<String> feeds;
  private final FeedReader reader;
  private final Deque<Item> pending = new ArrayDeque<>();

  FeedInputs(Iterator<Item> first, List<String> feeds, DocumentSource source) {
    this.first = first;
    this.feeds = new ArrayDeque<>(feeds);
    this.reader = new FeedReader(source);
  }

  @Override
  public boolean hasNext() {
    if (!pending.isEmpty() || first.hasNext()) {
      return true;
    }
    while (pending.isEmpty() && !feeds.isEmpty()) {
      expand(feeds.poll());
    }
    return !pending.isEmpty();
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.isEmpty() ? first.next() : pending.poll();
  }

  private void expand(String feed) {
    try {
      for (Input article : reader.articles(feed)) {
        pending.add(new Item.Read(article));
      }
    } catch (InputException e) {
      String message = e.getMessage();
      String prefix = feed + ": ";
      pending.add(new Item.Broken(feed, ErrorKind.INPUT,
          message.startsWith(prefix) ? message.substring(prefix.length()) : message));
    }
  }
}

package dev.newsimpact.cli;

import dev.newsimpact.feed.FeedReader;
import dev.newsimpact.source.DocumentSource;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import java.io.PrintWriter;
import java.util.List;

/** Expands {@code --feed} arguments into article inputs; a feed that cannot be read is reported. */
final class FeedInputs {
  private FeedInputs() {}

  /**
   * Adds the articles of every feed to {@code into}, in order.
   *
   * @return how many feeds could not be read (each reported in one line on {@code err})
   */
  static int expand(List<String> feeds, DocumentSource source, PrintWriter err, List<Input> into,
      boolean trace) {
    FeedReader reader = new FeedReader(source);
    int failed = 0;
    for (String feed : feeds) {
      try {
        into.addAll(reader.articles(feed));
      } catch (InputException e) {
        failed++;
        err.println("newsimpact: " + e.getMessage());
        if (trace) {
          e.printStackTrace(err);
        }
      }
    }
    return failed;
  }
}

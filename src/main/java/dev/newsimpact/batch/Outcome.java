package dev.newsimpact.batch;

import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.text.Article;
import java.util.Objects;

/** What became of one {@link Item}. Immutable. */
public sealed interface Outcome {

  Item item();

  /** The pipeline ran; its records are to be delivered. */
  record Done(Item item, ArticleResult result) implements Outcome {
    public Done {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(result, "result");
    }
  }

  /** The article was seen by an earlier run, so the costly stages were skipped. */
  record Skipped(Item item, Article article) implements Outcome {
    public Skipped {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * The input failed.
   *
   * @param message why, in plain words, without the source in front
   * @param cause the exception behind it, or null
   */
  record Failed(Item item, ErrorKind kind, String message, Throwable cause) implements Outcome {
    public Failed {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }
}

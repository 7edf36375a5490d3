package dev.newsimpact.batch;

import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.source.InputException;
import dev.newsimpact.text.Article;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs the pipeline on one {@link Item} and never throws for a bad input: every failure becomes an
 * {@link Outcome.Failed} whose kind says which stage failed. Thread-safe when the extractor and the
 * {@code seen} test are.
 *
 * <p>Reading and text extraction run first and are cheap; the {@code seen} test then lets a batch
 * with a memory of earlier runs skip the language stages for an article it already has.
 */
public final class ArticleTask implements Function<Item, Outcome> {

  private final Extractor extractor;
  private final Predicate<Article> seen;

  /** {@code seen} tells whether an article was processed before; it is called on worker threads. */
  public ArticleTask(Extractor extractor, Predicate<Article> seen) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.seen = Objects.requireNonNull(seen, "seen");
  }

  @Override
  public Outcome apply(Item item) {
    if (item instanceof Item.Broken broken) {
      return new Outcome.Failed(item, broken.kind(), broken.message(), null);
    }
    Article article;
    try {
      article = article(item);
    } catch (Stage.Failure failure) {
      return new Outcome.Failed(item, failure.kind, message(item, failure.getCause()), failure.getCause());
    } catch (RuntimeException e) {
      return internal(item, e);
    }
    try {
      if (seen.test(article)) {
        return new Outcome.Skipped(item, article);
      }
      return new Outcome.Done(item, extractor.analyze(article));
    } catch (RuntimeException e) {
      return internal(item, e);
    }
  }

  private Article article(Item item) throws Stage.Failure {
    if (item instanceof Item.Given given) {
      Article extracted = Stage.run(ErrorKind.CONTENT, () -> extractor.extract(given.document()));
      return withOverrides(extracted, given.id(), given.published());
    }
    var input = ((Item.Read) item).input();
    var document = Stage.run(ErrorKind.INPUT, () -> extractor.read(input));
    return Stage.run(ErrorKind.CONTENT, () -> extractor.extract(document));
  }

  private static Article withOverrides(Article a, String id, String published) {
    return new Article(id != null ? id : a.id(), a.source(), a.url(), a.title(),
        published != null ? published : a.published(), a.site(), a.text(), a.language(),
        a.truncated());
  }

  private static Outcome internal(Item item, RuntimeException e) {
    return new Outcome.Failed(item, ErrorKind.INTERNAL, "internal error: " + e, e);
  }

  /** The exception's message without the source in front, which the reader names already. */
  private static String message(Item item, Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    String prefix = item.source() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** Runs one stage and tags its {@link InputException} with the stage's error kind. */
  private static final class Stage {
    interface Step<T> {
      T run() throws InputException;
    }

    static final class Failure extends Exception {
      private static final long serialVersionUID = 1L;
      final transient ErrorKind kind;

      Failure(ErrorKind kind, InputException cause) {
        super(cause);
        this.kind = kind;
      }
    }

    static <T> T run(ErrorKind kind, Step<T> step) throws Failure {
      try {
        return step.run();
      } catch (InputException e) {
        throw new Failure(kind, e);
      }
    }
  }
}

package dev.newsimpact.cli;

import dev.newsimpact.batch.Outcome;
import dev.newsimpact.output.RecordWriter;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.store.ArticleStore;
import dev.newsimpact.store.StoreException;
import java.util.function.Predicate;

/**
 * Consumes the outcomes of a batch in input order, on the runner's calling thread: prints each
 * article's records (stored in the database first, when there is one, in the same transaction),
 * reports failures, and says when the run must stop. Not thread-safe.
 */
final class Delivery implements Predicate<Outcome> {

  private final RecordWriter writer;
  private final FailureReport failures;
  private final ArticleStore store;
  private final boolean failFast;
  private final Progress progress;
  private int delivered;
  private int skipped;
  private boolean outputFailed;
  private StoreException storeFailure;

  /** {@code store} may be null (no {@code --db}). */
  Delivery(RecordWriter writer, FailureReport failures, ArticleStore store, boolean failFast,
      Progress progress) {
    this.writer = writer;
    this.failures = failures;
    this.store = store;
    this.failFast = failFast;
    this.progress = progress;
  }

  /** Handles one outcome; false when the run must stop. */
  @Override
  public boolean test(Outcome outcome) {
    progress.step();
    if (outcome instanceof Outcome.Failed failed) {
      failures.report(failed);
      return !failFast && !failures.errorsFileFailed();
    }
    if (outcome instanceof Outcome.Skipped) {
      skipped++;
      return true;
    }
    return deliver(((Outcome.Done) outcome).result());
  }

  private boolean deliver(ArticleResult result) {
    if (store == null) {
      return written(writer.write(result));
    }
    try {
      ArticleStore.Saved saved = store.save(result.article(), StoredRecords.of(result),
          () -> writer.write(result));
      if (saved == ArticleStore.Saved.SEEN) {
        skipped++;
        return true;
      }
      return written(saved == ArticleStore.Saved.NEW);
    } catch (StoreException e) {
      storeFailure = e;
      return false;
    }
  }

  private boolean written(boolean ok) {
    if (!ok) {
      outputFailed = true;
      return false;
    }
    delivered++;
    return true;
  }

  int delivered() {
    return delivered;
  }

  int skipped() {
    return skipped;
  }

  /** True when the records could not be written (a closed pipe, a full disk). */
  boolean outputFailed() {
    return outputFailed;
  }

  /** The database error that stopped the run, or null. */
  StoreException storeFailure() {
    return storeFailure;
  }
}

package dev.newsimpact.cli;

import dev.newsimpact.batch.OrderedRunner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends a run cleanly on SIGTERM (and Ctrl-C): a shutdown hook stops the runner from taking more
 * inputs and waits, at most {@link #GRACE_SECONDS}, for the run to finish the article it is writing,
 * commit the database and rename the output file. The JVM then exits with 143, as for any SIGTERM,
 * and no line is left half written. Install only in a real process; close when the run has finished.
 */
final class StopOnSignal implements AutoCloseable {

  static final int GRACE_SECONDS = 10;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private StopOnSignal(OrderedRunner runner, boolean install) {
    if (!install) {
      hook = null;
      return;
    }
    hook = new Thread(() -> {
      runner.stop();
      try {
        finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsimpact-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  static StopOnSignal install(OrderedRunner runner, boolean install) {
    return new StopOnSignal(runner, install);
  }

  @Override
  public void close() {
    finished.countDown();
    if (hook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it has just been released.
      }
    }
  }
}

package dev.newsimpact.cli;

import java.io.Closeable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a batch on stderr, for a person watching: drawn only when stderr is a terminal, so cron
 * mail and log files never fill with bar redraws. {@link #step()} is called by the one thread that
 * consumes outcomes.
 */
interface Progress extends Closeable {

  /** One more input done (delivered, skipped or failed). */
  void step();

  @Override
  void close();

  Progress NONE = new Progress() {
    @Override
    public void step() {}

    @Override
    public void close() {}
  };

  /**
   * A bar when {@code show}, else {@link #NONE}.
   *
   * @param total the number of inputs when known, else -1 for a bar that only counts
   */
  static Progress of(boolean show, long total) {
    if (!show) {
      return NONE;
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("newsimpact")
        .setUnit(" articles", 1)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
    return new Progress() {
      private boolean closed;

      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          bar.close();
        }
      }
    };
  }
}

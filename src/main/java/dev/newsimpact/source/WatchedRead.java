package dev.newsimpact.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a response body under the cap, with a watchdog that closes the stream when the server has
 * been silent for longer than the timeout or the deadline has passed. The watchdog is needed
 * because a read blocked on the network never looks at a clock: the JDK's HTTP client stream has no
 * read timeout, so a server that sends its headers and then nothing would otherwise hold the thread
 * for ever. Closing the stream from another thread ends the blocked read with an exception.
 */
final class WatchedRead {
  private static final long TICK_MILLIS = 50;
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "newsimpact-read-watchdog");
        thread.setDaemon(true);
        return thread;
      });

  /** A read ended by the watchdog; {@link #deadline()} tells which limit was hit. */
  static final class Stopped extends SocketTimeoutException {
    private static final long serialVersionUID = 1L;
    private final boolean deadline;

    Stopped(boolean deadline) {
      super(deadline ? "deadline passed" : "no data within the timeout");
      this.deadline = deadline;
    }

    boolean deadline() {
      return deadline;
    }
  }

  private WatchedRead() {}

  /** Reads {@code in} to its end or the cap; the caller closes {@code in}. */
  static Body read(InputStream in, long cap, Deadline deadline, Duration silence) throws IOException {
    Progress progress = new Progress(in);
    AtomicReference<Stopped> stopped = new AtomicReference<>();
    ScheduledFuture<?> watch = WATCHDOG.scheduleWithFixedDelay(() -> {
      boolean late = deadline.passed();
      if ((late || progress.silentFor() > silence.toNanos())
          && stopped.compareAndSet(null, new Stopped(late))) {
        closeQuietly(in);
      }
    }, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    try {
      return BoundedRead.read(progress, cap, System.nanoTime() + deadline.remainingNanos());
    } catch (SocketTimeoutException e) {
      throw stopped.get() != null ? stopped.get() : new Stopped(deadline.passed());
    } catch (IOException e) {
      if (stopped.get() != null) {
        throw stopped.get();
      }
      throw e;
    } finally {
      watch.cancel(false);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // the reader sees the stream closed either way
    }
  }

  /** Notes when data last arrived. */
  private static final class Progress extends FilterInputStream {
    private volatile long lastData = System.nanoTime();

    Progress(InputStream in) {
      super(in);
    }

    long silentFor() {
      return System.nanoTime() - lastData;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      lastData = System.nanoTime();
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      lastData = System.nanoTime();
      return n;
    }
  }
}

package dev.newsimpact.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Maps items on worker threads and hands the results to one consumer, on the calling thread, in the
 * items' order whatever the number of threads: a bounded ordered pipeline.
 *
 * <p>At most {@code window} items are in flight (taken from the iterator but not yet consumed), so
 * memory stays bounded however long the input is and however slow the consumer: a result that is
 * ready early waits for the ones before it, and no new item is taken until the oldest is consumed.
 * The iterator is read on the calling thread only.
 *
 * <p>{@link #stop()} may be called from any thread (a shutdown hook): no new item is taken, results
 * not yet consumed are dropped and {@link #run} returns within a fraction of a second, between two
 * results, never during one. One runner runs once.
 */
public final class OrderedRunner {

  private static final long POLL_MILLIS = 100;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;
  private final int window;
  private volatile boolean stopped;

  /** {@code threads} workers; up to twice as many items in flight. */
  public OrderedRunner(int threads) {
    this(threads, Math.max(2, threads * 2));
  }

  public OrderedRunner(int threads, int window) {
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window must be positive");
    }
    this.threads = threads;
    this.window = window;
  }

  /** Asks {@link #run} to return as soon as the result in hand, if any, is consumed. */
  public void stop() {
    stopped = true;
  }

  public boolean stopped() {
    return stopped;
  }

  /**
   * Runs {@code work} on every item and passes each result to {@code consumer} in order, until the
   * items end, the consumer returns false, or {@link #stop()} is called. {@code work} runs on the
   * worker threads and must be thread-safe; an exception it throws ends the run and is rethrown here.
   */
  public <T, R> void run(Iterator<T> items, Function<? super T, ? extends R> work,
      Predicate<? super R> consumer) throws InterruptedException {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(consumer, "consumer");
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<? extends R>> inFlight = new ArrayDeque<>();
    try {
      while (!stopped) {
        while (!stopped && inFlight.size() < window && items.hasNext()) {
          T item = items.next();
          inFlight.add(pool.submit(() -> work.apply(item)));
        }
        Future<? extends R> head = inFlight.peek();
        if (head == null) {
          return;
        }
        if (!ready(head)) {
          continue;
        }
        R result = resultOf(head);
        inFlight.poll();
        if (stopped || !consumer.test(result)) {
          stopped = true;
        }
      }
    } finally {
      inFlight.forEach(future -> future.cancel(true));
      pool.shutdownNow();
    }
  }

  /** Waits a little for the head, so that {@link #stop()} is seen promptly. */
  private static boolean ready(Future<?> head) throws InterruptedException {
    try {
      head.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  private static <R> R resultOf(Future<? extends R> head) throws InterruptedException {
    try {
      return head.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "newsimpact-worker-" + pool + "-" + count.incrementAndGet());
      // Workers never hold output: the JVM may end while one is still deep in an article.
      thread.setDaemon(true);
      return thread;
    };
  }
}

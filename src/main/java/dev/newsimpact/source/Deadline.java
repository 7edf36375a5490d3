package dev.newsimpact.source;

import java.time.Duration;

/**
 * When one fetch must be done, on {@link System#nanoTime()}. Time spent queued behind another
 * request to the same host is not the fetch's fault, so {@link #extend} gives it back. Not
 * thread-safe: one per fetch, used by the thread doing it.
 */
final class Deadline {
  private final Duration budget;
  private long end;

  Deadline(Duration budget) {
    this.budget = budget;
    this.end = System.nanoTime() + budget.toNanos();
  }

  long remainingNanos() {
    return end - System.nanoTime();
  }

  boolean passed() {
    return remainingNanos() <= 0;
  }

  /** True when a wait of {@code nanos} still leaves time to do something after it. */
  boolean allows(long nanos) {
    return remainingNanos() - nanos > 0;
  }

  void extend(long nanos) {
    end += nanos;
  }

  Duration budget() {
    return budget;
  }
}

package dev.newsimpact.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Politeness: spaces the requests to one host at least a given delay apart, across all threads. A
 * caller reserves the host's next free slot and sleeps until it, so parallel workers queue up in
 * order instead of hammering the site. Thread-safe.
 */
final class HostThrottle {
  private final Map<String, Long> nextFree = new HashMap<>();

  /**
   * Waits until a request to {@code host} may start, {@code delay} after the previous one did.
   *
   * @return the nanoseconds waited
   */
  long await(String host, Duration delay) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    long now = System.nanoTime();
    long slot;
    synchronized (nextFree) {
      Long next = nextFree.get(key);
      slot = next == null || next - now < 0 ? now : next;
      nextFree.put(key, slot + delay.toNanos());
    }
    long wait = slot - now;
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
    return Math.max(0, wait);
  }
}

package dev.newsimpact.bench;

import dev.newsimpact.text.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Times one piece of work (an article in, its token count out) over a list of articles, the articles
 * run side by side on a pool of worker threads, each article by one thread. The pool of N threads
 * lives as long as the JVM and serves every run on N threads, as a batch's workers do: new threads
 * for every turn of the benchmark started each turn with the caches their threads keep cold, and
 * inflated the 2-thread CPU per article by a fifth.
 */
final class Throughput {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

  /**
   * One timed run.
   *
   * @param threads worker threads
   * @param articles articles processed
   * @param tokens tokens in them, as the work counted them
   * @param seconds wall time of the run
   * @param cpuSeconds CPU time of the worker threads (no GC or JIT threads), which other load on the
   *     machine disturbs much less than wall time
   */
  record Run(int threads, int articles, long tokens, double seconds, double cpuSeconds) {

    double articlesPerSecond() {
      return articles / seconds;
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }

    /** Both runs' work and time together, as if they were one run. */
    Run plus(Run other) {
      return new Run(threads, articles + other.articles, tokens + other.tokens,
          seconds + other.seconds, cpuSeconds + other.cpuSeconds);
    }

    /** Worker CPU milliseconds per article. */
    double cpuMillisPerArticle() {
      return cpuSeconds * 1000 / articles;
    }
  }

  private Throughput() {}

  private static ExecutorService newPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "bench-worker-" + threads + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  static Run measure(List<Article> items, int threads, ToIntFunction<Article> work) {
    long start = System.nanoTime();
    long tokens = 0;
    long cpu = 0;
    if (threads == 1) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      for (Article article : items) {
        tokens += work.applyAsInt(article);
      }
      cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
    } else {
      ExecutorService pool = POOLS.computeIfAbsent(threads, Throughput::newPool);
      List<Future<long[]>> futures = new ArrayList<>(items.size());
      try {
        for (Article article : items) {
          futures.add(pool.submit(() -> {
            long before = THREADS.getCurrentThreadCpuTime();
            int count = work.applyAsInt(article);
            return new long[] {count, THREADS.getCurrentThreadCpuTime() - before};
          }));
        }
        for (Future<long[]> future : futures) {
          long[] result = future.get();
          tokens += result[0];
          cpu += result[1];
        }
      } catch (InterruptedException e) {
        futures.forEach(f -> f.cancel(true));
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      } catch (ExecutionException e) {
        futures.forEach(f -> f.cancel(true)); // the pool outlives this run: leave it idle
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(threads, items.size(), tokens, seconds, cpu / 1e9);
  }
}

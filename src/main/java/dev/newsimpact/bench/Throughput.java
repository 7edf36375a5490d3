package dev.newsimpact.bench;

import dev.newsimpact.text.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;

/**
 * Times one piece of work (an article in, its token count out) over a list of articles, the articles
 * run side by side on a pool of worker threads, each article by one thread.
 */
final class Throughput {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<long[]>> futures = new ArrayList<>(items.size());
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
        Thread.currentThread().interrupt();
        throw new IllegalStateException("benchmark interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(threads, items.size(), tokens, seconds, cpu / 1e9);
  }
}

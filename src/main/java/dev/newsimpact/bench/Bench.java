package dev.newsimpact.bench;

import dev.newsimpact.nlp.CoreNlpAnalyzer;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.output.RecordKind;
import dev.newsimpact.output.Records;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.text.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import java.util.function.Supplier;

/**
 * Runs the benchmark and returns its report as an ordered map (one JSON object on stdout): the cold
 * start in a child JVM first, while this JVM is still idle; then model loading and, untimed, every
 * article once by default and again until a minute has passed (so that the timed runs measure the
 * steady state: the JIT compiler has done its work and first-use caches are filled, costs the cold
 * start covers); the baseline likewise, in a JVM of its own ({@link BaselineProcess}); then our
 * pipeline and the baseline on the same articles, taking turns (see {@link #interleaved}), on one
 * thread and on N. The heap figures are this JVM's, so ours alone.
 *
 * <p>Our pipeline's timed work is what {@code extract} does per article after reading it: analyze and
 * render the impact records. Every run's records are compared with the first run's, so a benchmark of
 * a pipeline that changes its output under threads says so ({@code same_records}).
 */
public final class Bench {

  /**
   * @param threads worker threads of the multi-threaded runs
   * @param repeat how many times each run goes over the corpus
   * @param baseline whether to measure the plain CoreNLP pipeline too
   * @param coldStartInput the input of the cold-start child, or null to skip it
   * @param warmup articles of the corpus run untimed before each pipeline's timed runs (all of them
   *     when it exceeds the corpus)
   * @param warmupSeconds the least time each pipeline's warm-up lasts: its articles are run again
   *     until it has passed
   */
  public record Options(int threads, int repeat, boolean baseline, Path coldStartInput, int warmup,
      double warmupSeconds) {

    public Options {
      if (threads < 1 || repeat < 1 || warmup < 0 || warmupSeconds < 0) {
        throw new IllegalArgumentException(
            "threads and repeat must be at least 1, warmup and warmupSeconds at least 0");
      }
    }
  }

  /** Turns ours and the baseline take in each timed run. */
  private static final int TURNS = 8;

  private final Options options;
  private final PrintWriter log;

  /** {@code log} receives progress lines (stderr); the report is returned, not printed. */
  public Bench(Options options, PrintWriter log) {
    this.options = options;
    this.log = log;
  }

  public Map<String, Object> run(Corpus corpus, Supplier<Extractor> pipeline) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    List<Article> items = corpus.repeated(options.repeat());
    List<Article> warmup = corpus.articles().subList(0,
        Math.min(options.warmup(), corpus.articles().size()));
    report.put("corpus", corpus.description());
    report.put("articles", corpus.articles().size());
    report.put("repeat", options.repeat());
    report.put("threads", options.threads());
    report.put("warmup", warmup.size());
    report.put("cpus", Runtime.getRuntime().availableProcessors());
    report.put("cold_start", coldStart());

    HeapMeter heap = new HeapMeter();
    long start = System.nanoTime();
    Extractor extractor = pipeline.get().claimsOnly();
    double universeSeconds = seconds(start);
    start = System.nanoTime();
    CoreNlpAnalyzer.shared().warmUp();
    report.put("universe_load_s", round(universeSeconds, 2));
    report.put("model_load_s", round(seconds(start), 2));
    report.put("heap_after_load_mb", HeapMeter.liveMegabytes());

    Map<String, Integer> digests = new ConcurrentHashMap<>();
    AtomicBoolean same = new AtomicBoolean(true);
    ToIntFunction<Article> ours = article -> {
      ArticleResult result = extractor.analyze(article);
      int digest = Records.of(result, RecordKind.IMPACT).toString().hashCode();
      Integer before = digests.putIfAbsent(article.id(), digest);
      if (before != null && before != digest) {
        same.set(false);
      }
      return tokens(result);
    };
    progress("newsimpact: warming up on %d articles, %d threads, at least %.0f s", warmup.size(),
        options.threads(), options.warmupSeconds());
    Map<String, Object> our = new LinkedHashMap<>();
    our.put("warmup_passes", warmUp(warmup, options.threads(), options.warmupSeconds(), ours));

    Map<String, Object> base = new LinkedHashMap<>();
    try (BaselineProcess baseline = options.baseline() ? startBaseline(items, warmup.size()) : null) {
      if (baseline != null) {
        base.put("pipeline", "tokenize,ssplit,pos,lemma,ner(4class, no SUTime, no fine-grained),"
            + "depparse on whole documents, in a JVM of its own");
        base.put("model_load_s", round(baseline.modelLoadSeconds(), 2));
        base.put("warmup_passes", baseline.warmUp(options.threads(), options.warmupSeconds(),
            warmup.size()));
      }
      List<Integer> counts =
          options.threads() > 1 ? List.of(1, options.threads()) : List.of(1);
      progress("%d articles on %s thread(s)%s", items.size(), counts,
          baseline == null ? "" : ", newsimpact and baseline taking turns");
      Map<Integer, Throughput.Run[]> runs = interleaved(items, counts, ours, baseline);
      for (int threads : counts) {
        String key = threads == 1 ? "1_thread" : threads + "_threads";
        our.put(key, describe(runs.get(threads)[0]));
        if (baseline != null) {
          base.put(key, describe(runs.get(threads)[1]));
        }
      }
    }
    report.put("peak_heap_after_gc_mb", heap.peakAfterGcMegabytes());
    report.put("peak_heap_mb", heap.peakMegabytes());
    report.put("max_heap_mb", HeapMeter.maxMegabytes());
    scaling(our);
    our.put("same_records", same.get());
    report.put("newsimpact", our);
    if (options.baseline()) {
      scaling(base);
      report.put("baseline", base);
      report.put("speedup", speedups(our, base));
    }
    return report;
  }

  /**
   * Our pipeline and the baseline take turns so that both see the same load on a shared machine: in
   * each of {@link #TURNS} turns, on each thread count in turn, ours goes over all the items and the
   * baseline over the next share of them, so the baseline covers the items once and ours {@link
   * #TURNS} times on every thread count. Turns of equal article counts (as before) timed ours, some
   * 25 times faster, over a few dozen milliseconds a turn, where starting the worker pool, the last
   * article of a turn keeping one thread busy alone, and caches left cold by the other pipeline
   * outweighed the work. Thread counts take turns too: run one after the other, a slow spell of the
   * machine (CPU per article moved by a fifth between runs on this 2-core VM) fell on one of them
   * and made the thread scaling say more about the machine than about us. The baseline has a JVM of
   * its own: in this one its garbage and its compiled code cost ours a core on N threads after each
   * of its turns. Without the baseline there is one turn.
   *
   * @return by thread count: ours, then the baseline's (null without it)
   */
  private static Map<Integer, Throughput.Run[]> interleaved(List<Article> items,
      List<Integer> counts, ToIntFunction<Article> ours, BaselineProcess plain) throws IOException {
    Map<Integer, Throughput.Run[]> runs = new LinkedHashMap<>();
    for (int threads : counts) {
      runs.put(threads, new Throughput.Run[2]);
    }
    int turns = plain == null ? 1 : TURNS;
    for (int turn = 0; turn < turns; turn++) {
      int from = items.size() * turn / turns;
      int to = items.size() * (turn + 1) / turns;
      for (int threads : counts) {
        Throughput.Run[] sum = runs.get(threads);
        sum[0] = plus(sum[0], Throughput.measure(items, threads, ours));
        if (plain != null && to > from) {
          sum[1] = plus(sum[1], plain.run(threads, from, to));
        }
      }
    }
    return runs;
  }

  private static Throughput.Run plus(Throughput.Run sum, Throughput.Run run) {
    return sum == null ? run : sum.plus(run);
  }

  private BaselineProcess startBaseline(List<Article> items, int warmup) throws IOException {
    progress("baseline: loading its models in a JVM of its own; warming up on %d articles,"
        + " at least %.0f s", warmup, options.warmupSeconds());
    return new BaselineProcess(items);
  }

  /**
   * Runs {@code articles} untimed, again until the least warm-up time has passed, and returns how
   * many times. C2, the optimizing compiler, needs about 25 s of CPU for the code these pipelines
   * run (CoreNLP's is vast); after one pass of ours (2 s) it kept a core busy for half a minute, a
   * core the 2-thread run then lacked (scaling 1.42 with 20 s of warm-up, 2.0 with 90 s).
   */
  static int warmUp(List<Article> articles, int threads, double seconds,
      ToIntFunction<Article> work) {
    long until = System.nanoTime() + (long) (seconds * 1e9);
    int passes = 0;
    do {
      Throughput.measure(articles, threads, work);
      passes++;
    } while (System.nanoTime() < until && !articles.isEmpty());
    return passes;
  }


  private static void scaling(Map<String, Object> runs) {
    if (runs.get("1_thread") instanceof Map<?, ?> one) {
      for (Map.Entry<String, Object> entry : Map.copyOf(runs).entrySet()) {
        if (entry.getKey().endsWith("_threads") && entry.getValue() instanceof Map<?, ?> many) {
          runs.put("thread_scaling", round(
              (Double) many.get("articles_per_s") / (Double) one.get("articles_per_s"), 2));
        }
      }
    }
  }

  private Map<String, Object> coldStart() throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    Path input = options.coldStartInput();
    if (input == null || !Files.isRegularFile(input)) {
      out.put("skipped", input == null ? "not asked for" : input + " not found");
      return out;
    }
    progress("cold start: newsimpact extract %s in a new JVM", input);
    ColdStart cold = ColdStart.measure(input);
    out.put("input", input.toString());
    out.put("first_record_s", round(cold.firstRecordSeconds(), 2));
    out.put("cpu_s_at_first_record", round(cold.cpuSeconds(), 2));
    out.put("records", cold.records());
    out.put("exit_code", cold.exitCode());
    out.put("jvm_options", cold.jvmOptions());
    return out;
  }

  private Map<String, Object> speedups(Map<String, Object> ours, Map<String, Object> base) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : List.of("1_thread", options.threads() + "_threads")) {
      if (ours.get(key) instanceof Map<?, ?> o && base.get(key) instanceof Map<?, ?> b) {
        double wall = (Double) o.get("articles_per_s") / (Double) b.get("articles_per_s");
        double cpu = (Double) b.get("cpu_ms_per_article") / (Double) o.get("cpu_ms_per_article");
        out.put(key, round(wall, 1));
        out.put(key + "_by_cpu_time", round(cpu, 1));
      }
    }
    return out;
  }

  private static Map<String, Object> describe(Throughput.Run run) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articles_per_s", round(run.articlesPerSecond(), 2));
    out.put("tokens_per_s", round(run.tokensPerSecond(), 0));
    out.put("cpu_ms_per_article", round(run.cpuMillisPerArticle(), 1));
    out.put("seconds", round(run.seconds(), 2));
    out.put("articles", run.articles());
    out.put("tokens", run.tokens());
    return out;
  }

  private static int tokens(ArticleResult result) {
    int tokens = 0;
    for (Sentence sentence : result.text().sentences()) {
      tokens += sentence.tokens().size();
    }
    return tokens;
  }

  private void progress(String format, Object... args) {
    log.println(String.format(Locale.ROOT, format, args));
    log.flush();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}

package dev.newsimpact.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of {@code spark-submit --class dev.newsimpact.spark.SparkMain} and of {@code
 * scripts/newsimpact-spark}. {@link #run} takes its streams and returns the exit code; stdout gets
 * only the help it is asked for, everything else goes to stderr.
 */
public final class SparkMain {

  static final int OK = 0;
  static final int INPUT_FAILED = 1;
  static final int USAGE = 2;
  static final int OUTPUT = 4;
  static final int INTERNAL = 70;

  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      err.println("newsimpact-spark: " + e.getMessage());
      err.println("Try 'newsimpact-spark --help' for the options.");
      return USAGE;
    }
    if (options == null) {
      out.print(JobOptions.USAGE);
      out.flush();
      return OK;
    }
    long start = System.nanoTime();
    // A session that was there before (a notebook, a test) is its owner's to stop.
    boolean owned = SparkSession.getDefaultSession().isEmpty()
        && SparkSession.getActiveSession().isEmpty();
    SparkSession spark = session(options);
    if (spark.sparkContext().isLocal()) {
      warmUp(options.minConfidence());
    }
    try {
      ImpactJob.Summary summary = ImpactJob.run(spark, options);
      for (String missing : summary.missing()) {
        err.println("newsimpact-spark: " + missing + ": no such file or directory");
      }
      err.printf(Locale.ROOT, "newsimpact-spark: %s, %s, %d failed in %.1f s; wrote %s (%s, %s)%n",
          count(summary.articles(), "article"), count(summary.records(), "record"),
          summary.failed(), (System.nanoTime() - start) / 1e9, options.output(),
          options.format().name().toLowerCase(Locale.ROOT),
          count(summary.partitions(), "partition"));
      return summary.complete() ? OK : INPUT_FAILED;
    } catch (ImpactJob.OutputException e) {
      err.println("newsimpact-spark: " + e.getMessage());
      return OUTPUT;
    } catch (Exception e) {
      err.println("newsimpact-spark: the job failed: " + rootMessage(e));
      e.printStackTrace(err);
      return INTERNAL;
    } finally {
      if (owned) {
        spark.stop();
      }
    }
  }

  /**
   * The session: spark-submit's settings, or a local one. Local runs get no web UI unless asked,
   * since nobody is there to look and it takes a port.
   */
  private static SparkSession session(JobOptions options) {
    SparkSession.Builder builder = SparkSession.builder().appName("newsimpact");
    String master = options.master();
    if (master == null && System.getProperty("spark.master") == null) {
      master = "local[*]";
    }
    if (master != null) {
      builder.master(master);
      if (master.startsWith("local") && !options.conf().containsKey("spark.ui.enabled")) {
        builder.config("spark.ui.enabled", "false");
      }
    }
    for (Map.Entry<String, String> setting : options.conf().entrySet()) {
      builder.config(setting.getKey(), setting.getValue());
    }
    return builder.getOrCreate();
  }

  /**
   * In local mode this JVM is the executor too: the models load while Spark plans the job and
   * lists the inputs, instead of after. A cluster's driver never loads them.
   */
  private static void warmUp(double minConfidence) {
    Thread thread = new Thread(() -> Pipelines.extractor(minConfidence), "newsimpact-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.toString();
  }
}

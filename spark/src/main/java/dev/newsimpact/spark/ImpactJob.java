package dev.newsimpact.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The job: inputs read file by file, the articles spread over the partitions, each partition through
 * the pipeline, the records written as JSON Lines or Parquet part files. Records of one article stay
 * together and in the CLI's order; articles come in no particular order across the part files.
 */
final class ImpactJob {

  /** One partition of the language stage per this much input, at least. */
  static final long BYTES_PER_PARTITION = 16L << 20;

  private ImpactJob() {}

  /**
   * What the run did.
   *
   * @param missing inputs that named no file, reported and passed over
   */
  record Summary(long articles, long records, long failed, List<String> missing, int partitions) {
    boolean complete() {
      return failed == 0 && missing.isEmpty();
    }
  }

  /** The output cannot be written: it exists, or its directory cannot be made. */
  static final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
      super(message);
    }
  }

  static Summary run(SparkSession spark, JobOptions options) throws IOException, OutputException {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = context.hadoopConfiguration();
    InputFiles.Listing listing = InputFiles.list(hadoop, options.inputs());
    checkOutput(hadoop, options);
    JobCounters counters = JobCounters.register(spark.sparkContext());
    int partitions = options.partitions() > 0 ? options.partitions()
        : partitionsFor(listing.bytes(), context.defaultParallelism());
    JavaRDD<String> records = InputFiles.read(context, listing, options.inputFormat(), counters)
        .repartition(partitions)
        .mapPartitions(new ImpactPartition(options.minConfidence(), counters));
    Dataset<String> lines = spark.createDataset(records.rdd(), Encoders.STRING());
    SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (options.format() == JobOptions.OutputFormat.PARQUET) {
      spark.read().schema(ImpactSchema.RECORD).option("mode", "FAILFAST").json(lines)
          .write().mode(mode).parquet(options.output());
    } else {
      lines.write().mode(mode).text(options.output());
    }
    return new Summary(counters.articles().value(), counters.records().value(),
        counters.failed().value(), listing.missing(), partitions);
  }

  /** One partition per {@link #BYTES_PER_PARTITION} of input, and at least one per core. */
  static int partitionsFor(long inputBytes, int parallelism) {
    long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.max(Math.max(1, parallelism), Math.min(bySize, 1_000_000));
  }

  /** Fails before any work when the records could not be written at the end. */
  private static void checkOutput(Configuration hadoop, JobOptions options)
      throws IOException, OutputException {
    Path output = new Path(options.output());
    FileSystem fs = output.getFileSystem(hadoop);
    if (fs.exists(output)) {
      if (!options.overwrite()) {
        throw new OutputException(options.output()
            + " exists; choose a new --output directory or add --overwrite");
      }
      return;
    }
    try {
      if (!fs.mkdirs(output)) {
        throw new OutputException("cannot create " + options.output());
      }
      fs.delete(output, true);
    } catch (IOException e) {
      throw new OutputException("cannot create " + options.output() + " (" + e.getMessage() + ")");
    }
  }
}

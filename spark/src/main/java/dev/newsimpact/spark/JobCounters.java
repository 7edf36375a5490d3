package dev.newsimpact.spark;

import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the executors count for the summary line. Spark may count a task twice when it runs it again
 * (a lost executor, speculation), so these are for people, not for checks.
 *
 * @param articles articles that reached the pipeline
 * @param records records written
 * @param failed inputs that failed: articles the pipeline refused or could not run, and files that
 *     could not be read to their end
 */
record JobCounters(LongAccumulator articles, LongAccumulator records, LongAccumulator failed)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static JobCounters register(SparkContext context) {
    return new JobCounters(context.longAccumulator("newsimpact articles"),
        context.longAccumulator("newsimpact records"), context.longAccumulator("newsimpact failed"));
  }
}

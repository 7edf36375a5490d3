package dev.newsimpact.spark;

import dev.newsimpact.batch.ArticleTask;
import dev.newsimpact.batch.ErrorKind;
import dev.newsimpact.batch.Outcome;
import dev.newsimpact.output.RecordKind;
import dev.newsimpact.output.Records;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language stage for one partition: each article through the core's pipeline, the way {@code
 * newsimpact extract} runs it, to its {@code impact/v1} lines. Lazy: one article is in hand at a
 * time, so a partition of any size needs no more memory than its largest article. An article that
 * fails is logged (on the executor's stderr) and counted, and the partition goes on.
 */
final class ImpactPartition implements FlatMapFunction<Iterator<ArticleInput>, String> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ImpactPartition.class);

  private final double minConfidence;
  private final JobCounters counters;

  ImpactPartition(double minConfidence, JobCounters counters) {
    this.minConfidence = minConfidence;
    this.counters = counters;
  }

  @Override
  public Iterator<String> call(Iterator<ArticleInput> articles) {
    if (!articles.hasNext()) {
      return Collections.emptyIterator(); // an empty partition loads no models
    }
    ArticleTask task = new ArticleTask(Pipelines.extractor(minConfidence), article -> false);
    return new Iterator<>() {
      private Iterator<String> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && articles.hasNext()) {
          current = records(task, articles.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private List<String> records(ArticleTask task, ArticleInput article) {
    counters.articles().add(1);
    Outcome outcome = task.apply(article.toItem());
    if (outcome instanceof Outcome.Done done) {
      List<String> lines = Records.json(done.result(), RecordKind.IMPACT);
      counters.records().add(lines.size());
      return lines;
    }
    if (outcome instanceof Outcome.Failed failed) {
      counters.failed().add(1);
      if (failed.kind() == ErrorKind.INTERNAL) {
        LOG.error("{}: {}", article.source(), failed.message(), failed.cause());
      } else {
        LOG.warn("{}: {} ({})", article.source(), failed.message(), failed.kind().schemaName());
      }
    }
    return List.of();
  }
}

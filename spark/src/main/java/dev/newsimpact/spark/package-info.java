/**
 * The extractor on Apache Spark, for archives one machine cannot get through: JSON Lines of articles
 * and WARC files (a news crawl such as Common Crawl's CC-NEWS) in, {@code impact/v1} records out as
 * JSON Lines part files or Parquet.
 *
 * <p>The job has two stages. Each input file is read by one task ({@link InputFiles}: JSON Lines
 * through the core's {@link dev.newsimpact.batch.JsonlArticles}, WARC through {@link WarcPages}, the
 * only jwarc user) into {@link ArticleInput}s, which are then spread over many partitions so that one
 * large file does not keep the language work on one core. Each partition runs the core's pipeline
 * ({@link ImpactPartition}), built once per executor JVM ({@link Pipelines}), so the records are the
 * ones {@code newsimpact extract} prints for the same articles.
 *
 * <p>{@link SparkMain} is the entry point for {@code spark-submit} and {@code scripts/newsimpact-spark};
 * {@link ImpactJob} is the job itself, given a session, for tests.
 */
package dev.newsimpact.spark;

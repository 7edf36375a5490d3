/**
 * Running many inputs in one go: what to read ({@link dev.newsimpact.batch.Intake} expands paths,
 * directories, input lists and JSON Lines of articles into {@link dev.newsimpact.batch.Item}s, lazily)
 * and how ({@link dev.newsimpact.batch.OrderedRunner} processes them on several threads and hands the
 * results to one consumer in input order). {@link dev.newsimpact.batch.JsonlArticles} reads JSON Lines
 * of articles from any stream with the same rules, for callers outside the command line.
 *
 * <p>Nothing here throws for a bad input: an input that cannot be listed, read or parsed becomes a
 * {@link dev.newsimpact.batch.Outcome.Failed} in its place in the order, so the caller reports it and
 * the batch goes on. Only the command line decides whether a failure stops the run.
 */
package dev.newsimpact.batch;

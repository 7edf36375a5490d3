/**
 * The benchmark behind {@code newsimpact bench}: a corpus of articles ({@link
 * dev.newsimpact.bench.Corpus}), timed runs of the pipeline and of the plain whole-document CoreNLP
 * baseline on one or more threads ({@link dev.newsimpact.bench.Throughput}), the time to the first
 * record of a cold JVM ({@link dev.newsimpact.bench.ColdStart}) and the heap ({@link
 * dev.newsimpact.bench.HeapMeter}). {@link dev.newsimpact.bench.Bench} runs them in one process, so
 * that on a machine shared with other work the figures that are compared were taken side by side.
 *
 * <p>Wall-clock figures on a busy machine are noisy; each run also reports the CPU time of the
 * threads that did the work, which other processes disturb far less. Compare ratios, not absolutes.
 */
package dev.newsimpact.bench;

/**
 * Where records go and how they look: {@code impact/v1}, {@code mention/v1} and {@code ticker/v1}
 * as JSON Lines, CSV or tables, with a fixed field order and rounded numbers so that the same input
 * always gives the same bytes, and files that appear whole ({@link dev.newsimpact.output.AtomicFile}).
 *
 * <p>The only package that uses Jackson, for reading JSON Lines input as well as for writing.
 * Writers are not thread-safe: one writer per stream, used by one thread.
 */
package dev.newsimpact.output;

/**
 * The state and history of batch runs in an SQLite database ({@code --db FILE}): which articles were
 * processed (so a cron run prints only new records) and every article and record with indexed
 * columns, for queries with sqlite3 or DuckDB. The only package that uses sqlite-jdbc.
 *
 * <p>Safety comes from SQLite itself: write-ahead logging lets readers work while a run writes; a
 * busy timeout makes a second run wait for the first's short transactions instead of failing; each
 * article is one transaction, so a run killed at any point leaves every article either fully stored
 * or absent.
 */
package dev.newsimpact.store;

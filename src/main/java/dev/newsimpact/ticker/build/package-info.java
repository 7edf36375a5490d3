/**
 * Build-time code that turns the ticker source files (SEC, NASDAQ Trader, S&amp;P 500,
 * FinanceDatabase, pytickersymbols, SEntFiN) and the curated files in {@code src/main/universe}
 * into the universe resource. Run by {@code scripts/build-universe}; nothing here runs when
 * newsimpact links an article. Reads JSON with Jackson, the one exception to Jackson living in
 * {@code output}: this package is a build tool, not part of the pipeline.
 */
package dev.newsimpact.ticker.build;

/**
 * Mentions and tickers: the universe of securities news can name, and the linker that finds them in
 * an article. {@link dev.newsimpact.ticker.Universe} loads a prebuilt resource and answers symbol and
 * name look-ups; {@link dev.newsimpact.ticker.AliasLinker} is the {@link
 * dev.newsimpact.ticker.TickerLinker} that turns tokenized text into {@link
 * dev.newsimpact.ticker.Mention}s with a confidence. Neither loads models; both are thread-safe.
 */
package dev.newsimpact.ticker;

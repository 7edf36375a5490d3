/**
 * Mentions and tickers: the universe of securities news can name, and the linker that finds them in
 * an article. {@link dev.newsimpact.ticker.Universe} loads a prebuilt resource and answers symbol and
 * name look-ups; {@link dev.newsimpact.ticker.AliasLinker} is the {@link
 * dev.newsimpact.ticker.TickerLinker} that turns tokenized text into {@link
 * dev.newsimpact.ticker.Mention}s with a confidence. Neither loads models; both are thread-safe.
 *
 * <p>Linking an article: the universe's automaton finds names and symbols per sentence; a first pass
 * decides them to learn which markets the article is about ({@code MarketContext}); sector words
 * that name a sector become that market's sector index ({@code SectorFinder}); a second pass
 * establishes what the article names with confidence; the last decides every span knowing both,
 * and small rules settle futures on an index, lists of companies, and names inside other names.
 */
package dev.newsimpact.ticker;

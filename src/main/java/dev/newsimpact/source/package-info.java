/**
 * Stage 1 of the pipeline: turns what the user named on the command line (a file, {@code -} for
 * standard input, an http(s) URL) into the raw bytes of one document, a {@link
 * dev.newsimpact.source.RawDocument}.
 *
 * <p>Every reader here is bounded: a size cap (the document is then marked {@code truncated}), gzip
 * decompression with the same cap so a gzip bomb cannot exhaust memory, and for the network a timeout
 * and a total deadline. Failures are {@link dev.newsimpact.source.InputException}s whose message names
 * the input and says why in plain words, so the CLI can print it as one line and go on with the batch.
 *
 * <p>URLs are someone else's, and a URL list may be hostile, so {@link
 * dev.newsimpact.source.HttpSource} also follows redirects itself and checks every hop against an
 * address policy (no loopback, private, link-local or metadata addresses unless asked), respects
 * robots.txt, spaces its requests to a host, retries only what is transient, and refuses non-text
 * content before downloading it.
 *
 * <p>Jsoup is used here only for fetching; parsing belongs to {@code dev.newsimpact.text}.
 * crawler-commons (robots.txt) is used only here.
 */
package dev.newsimpact.source;

/**
 * Stage 2 of the pipeline: the bytes of one document to an {@link dev.newsimpact.text.Article},
 * its main text with page furniture removed, plus title, canonical URL, publication date, site
 * and language.
 *
 * <p>The entry point is {@link dev.newsimpact.text.JsoupTextExtractor}. HTML and plain text are
 * told apart by content. Both end in the same {@link dev.newsimpact.text.ZoneFilter}, which keeps
 * the zone of the document that reads as prose and drops menus, labels, hashtags and handles; for
 * HTML, markup first narrows the page to the article's container. The output contract matters
 * downstream: one paragraph or heading per line, and a line break always ends a sentence.
 *
 * <p>Jsoup is used here only for parsing; fetching belongs to {@code dev.newsimpact.source}.
 */
package dev.newsimpact.text;

package dev.newsimpact.sentiment.train;

import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.ticker.Mention;

/**
 * One labelled entity span of FinEntity, cut to its sentence as the pipeline would see it.
 *
 * @param passage index of the passage in FinEntity.json
 * @param sentence the sentence holding the span, tokenized by {@code PlainTokenizer}
 * @param mention the span as a mention of that sentence (its security is a placeholder)
 * @param label the gold label
 * @param heldOut true when the passage belongs to the held-out split
 * @param linked true when a Reuters instrument code follows the span in the source, i.e. the span
 *     is one of the linked mentions of {@code finentity-links.jsonl}
 */
public record Example(
    int passage,
    Sentence sentence,
    Mention mention,
    Sentiment.Label label,
    boolean heldOut,
    boolean linked) {}

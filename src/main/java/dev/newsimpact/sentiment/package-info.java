/**
 * Stage 6 of the pipeline: sentiment toward each security, for its holders (a fall is bad news).
 *
 * <p>{@link dev.newsimpact.sentiment.SentimentScorer} is the role. {@link
 * dev.newsimpact.sentiment.FinanceSentimentScorer} is the one to use: a price move's direction
 * decides a claim, and a mention is scored by a linear classifier trained on FinEntity's
 * entity-level labels, over features that see the target ({@link
 * dev.newsimpact.sentiment.TargetFeatures}): the words around it, the nearest good or bad cue on each
 * side ({@link dev.newsimpact.sentiment.FinanceCues}, this project's own word lists), negation,
 * contrast and other names in between, and the target's role ({@code TargetRole}: the cue is its
 * own verb, a preposition ties it to a cue noun, it is only the source of the news). {@link
 * dev.newsimpact.sentiment.RuleSentimentScorer} is the earlier rule-only scorer, kept as a baseline.
 * In a headline (no final period, or title case) {@link dev.newsimpact.sentiment.HeadlineCues} may
 * overrule the classifier when it finds the target's own news: a short headline gives a classifier
 * trained on long Reuters sentences too little to leave neutral.
 *
 * <p>The classifier reads only token words and offsets, never tags, so it works on untagged
 * sentences; {@link dev.newsimpact.sentiment.FeatureWords} makes CoreNLP's PTB tokens and {@link
 * dev.newsimpact.sentiment.PlainTokenizer}'s (used in training) look alike. The model ships as a
 * text resource, {@code finentity-linear.model}, read with our own {@link
 * dev.newsimpact.sentiment.LinearModel}: nothing here imports CoreNLP. Training lives in {@code
 * dev.newsimpact.sentiment.train}.
 */
package dev.newsimpact.sentiment;

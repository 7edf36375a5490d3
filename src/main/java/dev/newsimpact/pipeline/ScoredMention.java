package dev.newsimpact.pipeline;

import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.ticker.Mention;

/** A linked mention with the sentiment toward its security in its sentence. */
public record ScoredMention(Mention mention, Sentiment sentiment) {}

package dev.newsimpact.pipeline;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.sentiment.Sentiment;

/** A claim with the sentiment it carries for the holders of its security. */
public record ScoredClaim(Claim claim, Sentiment sentiment) {}

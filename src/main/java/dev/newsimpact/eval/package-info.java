/**
 * Evaluation data and scoring, with no models: readers for the hand-annotated claims development set
 * ({@code src/test/resources/eval/claims-dev.jsonl}) and the FinEntity ticker-linking set
 * ({@code finentity-links.jsonl}), the builder of the linking set, and pure scorers
 * ({@link dev.newsimpact.eval.ClaimScorer}, {@link dev.newsimpact.eval.LinkScorer}) that compare what
 * the pipeline found with those answers and list every error so a report can group them by kind.
 *
 * <p>The package depends on no other newsimpact package: callers turn their own records into
 * {@link dev.newsimpact.eval.ActualMove} and {@link dev.newsimpact.eval.PredictedMention}.
 */
package dev.newsimpact.eval;

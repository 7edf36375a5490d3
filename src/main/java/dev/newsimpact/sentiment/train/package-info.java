/**
 * Builds and measures the shipped sentiment model; not used at run time.
 *
 * <p>{@link dev.newsimpact.sentiment.train.SentimentTrainer} (run by {@code scripts/train-sentiment})
 * reads FinEntity ({@code ../shared/data/eval/finentity/FinEntity.json}, ODC-BY 1.0) into {@link
 * dev.newsimpact.sentiment.train.Example}s cut to their sentence, splits them by passage with a hash
 * of the passage text (about 80/20), trains on the first part with CoreNLP's maximum-entropy
 * machinery ({@link dev.newsimpact.sentiment.train.ClassifierTraining}, the only CoreNLP importer of
 * the sentiment packages) and writes the model resource. It then prints accuracy on the held-out
 * passages, also on CoreNLP's own tokens and on the founding sample, next to the rule-based
 * baseline. It also reads the Twitter Financial News rows of {@code data/sentiment/} ({@link
 * dev.newsimpact.sentiment.train.TweetExamples}), which can be added to the training data at a
 * weight that {@code --cv} chooses (now 0). Training is a pure function of the input files: the
 * tests check that the shipped model is what the trainer builds and that held-out accuracy stays
 * above a floor.
 */
package dev.newsimpact.sentiment.train;

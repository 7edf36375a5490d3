/**
 * Language analysis, the only package that uses Stanford CoreNLP: sentences and tokens ({@link
 * dev.newsimpact.nlp.LanguageAnalyzer#tokenize}), then part of speech, lemmas, entities and enhanced++
 * dependencies only on the sentences a later stage asks for ({@link
 * dev.newsimpact.nlp.LanguageAnalyzer#analyze}), all returned as our own immutable records ({@link
 * dev.newsimpact.nlp.AnnotatedText}, {@link dev.newsimpact.nlp.Sentence}, {@link
 * dev.newsimpact.nlp.Token}, {@link dev.newsimpact.nlp.Dependency}).
 *
 * <p>{@link dev.newsimpact.nlp.CoreNlpAnalyzer} runs CoreNLP's models with the same results as
 * CoreNLP's own pipeline, faster: the dependency parser's network is evaluated by our {@code
 * TransitionParser}, and a model cache ({@code ModelCache}: the parser's weights and vectors in
 * binary, the tagger and NER models without their shared word-cluster lexicon) makes a cold start
 * load in a fraction of the time. {@link dev.newsimpact.nlp.BaselinePipeline} is CoreNLP used
 * plainly, the benchmark's yardstick.
 */
package dev.newsimpact.nlp;

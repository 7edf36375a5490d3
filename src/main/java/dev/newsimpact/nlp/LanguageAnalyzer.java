package dev.newsimpact.nlp;

import java.util.Set;

/**
 * The natural-language analyses the pipeline uses. Tokenizing is cheap and runs on the whole text;
 * tagging, entity recognition and parsing are expensive and run only on the sentences a later stage
 * asks for. Implementations are thread-safe and load their models once.
 */
public interface LanguageAnalyzer {

  /** Splits text into sentences (a line break always ends one) and tokens. */
  AnnotatedText tokenize(String text);

  /**
   * Returns a copy of {@code text} whose sentences in {@code entities} carry ner tags (and are
   * {@link Sentence#tagged()}), whose sentences in {@code tags} carry pos and lemma, and whose
   * sentences in {@code parse} carry pos, lemma and enhanced++ dependencies. Indices are sentence
   * indices. Each analysis of a sentence depends on that sentence alone, so asking for more
   * sentences never changes the analyses of the others.
   */
  AnnotatedText analyze(AnnotatedText text, Set<Integer> entities, Set<Integer> tags,
      Set<Integer> parse);
}

package dev.newsimpact.nlp;

import java.util.Set;

/**
 * The natural-language analyses the pipeline uses. Tokenizing is cheap and runs on the whole text;
 * tagging and parsing are expensive and run only on the sentences a later stage asks for.
 * Implementations are thread-safe and load their models once.
 */
public interface LanguageAnalyzer {

  /** Splits text into sentences (a line break always ends one) and tokens. */
  AnnotatedText tokenize(String text);

  /**
   * Returns a copy of {@code text} whose sentences in {@code tag} carry pos, lemma and ner, and whose
   * sentences in {@code parse} also carry enhanced++ dependencies. Indices are sentence indices.
   */
  AnnotatedText analyze(AnnotatedText text, Set<Integer> tag, Set<Integer> parse);
}

package dev.newsimpact.nlp;

import java.util.List;

/** An article text split into sentences and tokens, with the analyses run so far. Immutable. */
public record AnnotatedText(String text, List<Sentence> sentences) {

  public AnnotatedText {
    sentences = List.copyOf(sentences);
  }
}

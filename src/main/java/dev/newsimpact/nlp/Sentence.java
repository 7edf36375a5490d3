package dev.newsimpact.nlp;

import java.util.List;

/**
 * One sentence of the article text. Sentences are tagged (ner; pos and lemma) and parsed
 * (dependencies) only when a later stage needs them, so any of these may be absent.
 *
 * @param index position in the article, from 0
 * @param begin character offset of the first token in the article text
 * @param end character offset just past the last token
 * @param text the sentence verbatim from the article text
 * @param tokens the tokens, never empty
 * @param dependencies enhanced++ dependencies; empty unless {@code parsed}
 * @param tagged true when the tokens carry ner tags; pos and lemma are there when a stage asked for
 *     them (always in a parsed sentence), else null
 * @param parsed true when dependencies were computed
 */
public record Sentence(
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    List<Dependency> dependencies,
    boolean tagged,
    boolean parsed) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}

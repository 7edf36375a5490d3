package dev.newsimpact.nlp;

/**
 * One token of the article text.
 *
 * @param index position in its sentence, from 0
 * @param word the token as CoreNLP normalised it (e.g. {@code -LRB-} stays {@code (})
 * @param begin character offset in the article text, inclusive
 * @param end character offset in the article text, exclusive
 * @param pos part-of-speech tag, or null when no stage asked for it in this sentence
 * @param lemma lemma, or null when no stage asked for it in this sentence
 * @param ner 4-class named-entity tag (PERSON, ORGANIZATION, LOCATION, MISC, O), or null when not
 *     tagged
 */
public record Token(int index, String word, int begin, int end, String pos, String lemma, String ner) {

  /** The lemma when tagged, else the lower-cased word. */
  public String lemmaOrWord() {
    return lemma != null ? lemma : word.toLowerCase(java.util.Locale.ROOT);
  }
}

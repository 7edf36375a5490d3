package dev.newsimpact.ticker;

import dev.newsimpact.nlp.AnnotatedText;
import java.util.List;

/**
 * Finds the securities a text names and links each to its ticker. Works on tokenized text; where a
 * sentence is tagged it may use the tags (NER, part of speech) to accept or reject a candidate, but
 * never lets them decide alone. Thread-safe.
 */
public interface TickerLinker {

  /** Every linked mention, in text order, without overlaps. */
  List<Mention> link(AnnotatedText text);

  /**
   * On text not yet tagged: what {@link #link} finds, and in headlines also the names an entity
   * tag could still lift to the bar. The pipeline tags only the sentences these are in.
   */
  default List<Mention> candidates(AnnotatedText text) {
    return link(text);
  }
}

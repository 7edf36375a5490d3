package dev.newsimpact.claim;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.ticker.Mention;
import java.util.List;

/** Finds the figures a text claims about the securities it mentions. Thread-safe. */
public interface ClaimFinder {

  /**
   * Claims in text order. Only parsed sentences can yield claims; {@code mentions} are the linker's
   * output for the same text.
   */
  List<Claim> find(AnnotatedText text, List<Mention> mentions);
}

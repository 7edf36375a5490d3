package dev.newsimpact.claim;

import dev.newsimpact.nlp.Token;
import java.util.List;

/**
 * Decides from words alone whether a sentence can hold a claim, so that only those sentences are
 * parsed: it needs a figure with a unit, and a linked name or a word that can refer back to one.
 */
public final class ClaimSentences {

  private ClaimSentences() {}

  /**
   * @param tokens the sentence's tokens, tagged or not
   * @param named true when the linker found a security named in the sentence
   */
  public static boolean mayHoldClaim(List<Token> tokens, boolean named) {
    if (!FigureScanner.hasFigure(tokens)) {
      return false;
    }
    return named || tokens.stream().anyMatch(t -> Antecedents.isReferring(t.word()));
  }
}

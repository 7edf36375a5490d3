package dev.newsimpact.ticker;

import java.util.Objects;

/**
 * One place in the text where a security is named, linked to its ticker.
 *
 * @param sentence sentence index
 * @param firstToken index of the first token of the mention in its sentence
 * @param endToken index just past the last token
 * @param begin character offset in the article text
 * @param end character offset just past the mention
 * @param text the mention as written
 * @param security the linked security
 * @param confidence how sure the link is, in [0, 1]
 */
public record Mention(
    int sentence,
    int firstToken,
    int endToken,
    int begin,
    int end,
    String text,
    Security security,
    double confidence) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(security, "security");
  }

  /** True when token {@code index} of the mention's sentence lies inside the mention. */
  public boolean covers(int index) {
    return index >= firstToken && index < endToken;
  }
}

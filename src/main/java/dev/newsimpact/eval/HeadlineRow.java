package dev.newsimpact.eval;

import java.util.Locale;
import java.util.Set;

/**
 * One line of a hand-labelled headline set: a headline, the security it names as written there,
 * and the label a holder of that security would give the headline.
 *
 * @param headline the headline as published
 * @param security the security's words, found in the headline (their first occurrence counts)
 * @param label positive, negative or neutral
 */
public record HeadlineRow(String headline, String security, String label) {

  static final Set<String> LABELS = Set.of("positive", "negative", "neutral");

  public HeadlineRow {
    label = ExpectedMove.requireText(label, "label").toLowerCase(Locale.ROOT);
    if (!LABELS.contains(label)) {
      throw new IllegalArgumentException("label must be positive, negative or neutral: " + label);
    }
    if (headline == null || security == null || headline.indexOf(security) < 0) {
      throw new IllegalArgumentException("'" + security + "' is not in '" + headline + "'");
    }
  }

  /** Offset of the security's words in the headline. */
  public int begin() {
    return headline.indexOf(security);
  }

  /** Offset just past the security's words. */
  public int end() {
    return begin() + security.length();
  }
}

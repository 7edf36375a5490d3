package dev.newsimpact.ticker;

import java.util.Objects;

/**
 * One answer of {@link Universe#lookup}: a security, how well the query names it, and the alias or
 * symbol that matched.
 *
 * @param security the security
 * @param score in [0, 1], rounded to thousandths; 1 for an exact symbol
 * @param matchedAlias the alias or symbol the query matched, as the universe spells it
 */
public record Candidate(Security security, double score, String matchedAlias) {

  public Candidate {
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(matchedAlias, "matchedAlias");
  }
}

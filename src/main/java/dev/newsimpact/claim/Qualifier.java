package dev.newsimpact.claim;

import java.util.Locale;

/** The hedge around a figure: "as much as 8.3%", "more than 10%", "about 6%". */
public enum Qualifier {
  AS_MUCH_AS,
  MORE_THAN,
  LESS_THAN,
  ABOUT,
  NEARLY,
  AT_LEAST;

  public String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

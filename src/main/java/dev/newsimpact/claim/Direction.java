package dev.newsimpact.claim;

import java.util.Locale;

/** Which way a price moved. */
public enum Direction {
  UP,
  DOWN,
  FLAT;

  public String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

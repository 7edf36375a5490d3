package dev.newsimpact.store;

import java.util.Objects;

/**
 * One output record as the database keeps it: the JSON line as printed, and the fields people filter
 * on as columns of their own.
 *
 * @param schema {@code impact/v1} or {@code mention/v1}
 * @param ticker the security's ticker
 * @param claimType price_move, price_level or figure; null for a mention
 * @param value the claim's signed value; null for a mention
 * @param unit the claim's unit; null for a mention
 * @param sentiment the sentiment score in [-1, 1]
 * @param json the record exactly as printed
 */
public record StoredRecord(String schema, String ticker, String claimType, Double value, String unit,
    double sentiment, String json) {

  public StoredRecord {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(json, "json");
  }
}

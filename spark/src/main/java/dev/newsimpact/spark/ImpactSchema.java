package dev.newsimpact.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code impact/v1} record as Spark columns, in the record's field order, for Parquet output.
 * Written out rather than inferred so that every part file has the same types whatever its records
 * hold (a file with no {@code value_to} still has the column) and no pass is spent inferring.
 * Numbers that may have a fraction are doubles; offsets and groups are longs.
 */
final class ImpactSchema {

  static final StructType RECORD = struct(
      field("schema", StringType),
      field("article", struct(
          field("id", StringType),
          field("source", StringType),
          field("url", StringType),
          field("title", StringType),
          field("published", StringType),
          field("site", StringType))),
      field("entity", struct(
          field("name", StringType),
          field("canonical", StringType),
          field("ticker", StringType),
          field("exchange", StringType),
          field("kind", StringType),
          field("confidence", DoubleType))),
      field("claim", struct(
          field("type", StringType),
          field("metric", StringType),
          field("value", DoubleType),
          field("value_to", DoubleType),
          field("unit", StringType),
          field("direction", StringType),
          field("qualifier", StringType),
          field("period", StringType),
          field("period_start", StringType),
          field("period_end", StringType),
          field("text", StringType),
          field("group", LongType))),
      field("sentiment", struct(
          field("label", StringType),
          field("score", DoubleType))),
      field("evidence", struct(
          field("sentence", StringType),
          field("start", LongType),
          field("end", LongType))));

  private ImpactSchema() {}

  private static StructType struct(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, org.apache.spark.sql.types.Metadata.empty());
  }
}

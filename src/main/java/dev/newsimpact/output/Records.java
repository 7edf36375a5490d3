package dev.newsimpact.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.PeriodDates;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.ScoredClaim;
import dev.newsimpact.pipeline.ScoredMention;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.text.Article;
import dev.newsimpact.ticker.Mention;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the JSON trees of the output schemas ({@code impact/v1}, {@code mention/v1}) with a fixed
 * field order and rounded numbers, so the same input always gives the same bytes.
 */
public final class Records {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private Records() {}

  /** The records of one article, in text order. */
  public static List<ObjectNode> of(ArticleResult result, RecordKind kind) {
    List<ObjectNode> records = new ArrayList<>();
    if (kind == RecordKind.TICKER) {
      return TickerSummaries.of(result);
    }
    if (kind == RecordKind.IMPACT) {
      for (ScoredClaim claim : result.claims()) {
        records.add(impact(result, claim));
      }
    } else {
      for (ScoredMention mention : result.mentions()) {
        records.add(mention(result, mention));
      }
    }
    return records;
  }

  /**
   * The records of one article as compact JSON lines without line ends, in the order of {@link
   * ArticleResult#claims()} (impact) or {@link ArticleResult#mentions()} (mention).
   */
  public static List<String> json(ArticleResult result, RecordKind kind) {
    List<String> lines = new ArrayList<>();
    for (ObjectNode record : of(result, kind)) {
      lines.add(JsonLinesWriter.render(record));
    }
    return lines;
  }

  static ObjectNode impact(ArticleResult result, ScoredClaim scored) {
    Claim claim = scored.claim();
    ObjectNode record = JSON.objectNode();
    record.put("schema", "impact/v1");
    record.set("article", article(result.article()));
    record.set("entity", entity(claim.entity()));
    ObjectNode body = record.putObject("claim");
    body.put("type", claim.type().schemaName());
    body.put("metric", claim.metric());
    body.set("value", number(claim.value()));
    if (claim.valueTo() != null) {
      body.set("value_to", number(claim.valueTo()));
    }
    body.put("unit", claim.unit());
    body.put("direction", claim.direction() == null ? null : claim.direction().schemaName());
    body.put("qualifier", claim.qualifier() == null ? null : claim.qualifier().schemaName());
    body.put("period", claim.period());
    PeriodDates.resolve(claim.period(), result.article().published()).ifPresent(range -> {
      body.put("period_start", range.start().toString());
      body.put("period_end", range.end().toString());
    });
    body.put("text", claim.text());
    body.put("group", claim.group());
    record.set("sentiment", sentiment(scored.sentiment()));
    Sentence sentence = result.text().sentences().get(claim.sentence());
    record.set("evidence", evidence(sentence));
    return record;
  }

  static ObjectNode mention(ArticleResult result, ScoredMention scored) {
    Mention mention = scored.mention();
    ObjectNode record = JSON.objectNode();
    record.put("schema", "mention/v1");
    record.set("article", article(result.article()));
    record.set("entity", entity(mention));
    record.set("sentiment", sentiment(scored.sentiment()));
    ObjectNode evidence = evidence(result.text().sentences().get(mention.sentence()));
    evidence.put("mention_start", mention.begin());
    evidence.put("mention_end", mention.end());
    record.set("evidence", evidence);
    return record;
  }

  static ObjectNode article(Article article) {
    ObjectNode node = JSON.objectNode();
    node.put("id", article.id());
    node.put("source", article.source());
    node.put("url", article.url());
    node.put("title", article.title());
    node.put("published", article.published());
    node.put("site", article.site());
    return node;
  }

  private static ObjectNode entity(Mention mention) {
    ObjectNode node = JSON.objectNode();
    node.put("name", mention.text());
    node.put("canonical", mention.security().name());
    node.put("ticker", mention.security().ticker());
    node.put("exchange", mention.security().mic());
    node.put("kind", mention.security().kind().schemaName());
    node.set("confidence", number(mention.confidence()));
    return node;
  }

  private static ObjectNode sentiment(Sentiment sentiment) {
    ObjectNode node = JSON.objectNode();
    node.put("label", sentiment.label().schemaName());
    node.set("score", number(sentiment.score()));
    return node;
  }

  private static ObjectNode evidence(Sentence sentence) {
    ObjectNode node = JSON.objectNode();
    node.put("sentence", sentence.text());
    node.put("start", sentence.begin());
    node.put("end", sentence.end());
    return node;
  }

  /** Integral values print without a fraction; others are rounded to six decimals. */
  static com.fasterxml.jackson.databind.JsonNode number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return JSON.numberNode((long) value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return JSON.numberNode(rounded);
  }
}

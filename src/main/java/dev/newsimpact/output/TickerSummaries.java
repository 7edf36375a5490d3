package dev.newsimpact.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.ScoredClaim;
import dev.newsimpact.pipeline.ScoredMention;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ticker/v1}: what one article says about each security it names, for readers who want one
 * line per ticker rather than per claim. Tickers come in the order the article first names them.
 *
 * <p>The aggregate sentiment is that of the ticker's lead price move (the first the article reports:
 * the news for holders, as a reader takes it), else the mean of its mentions' scores; {@code basis}
 * says which.
 */
final class TickerSummaries {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TickerSummaries() {}

  private static final class Tally {
    final Security security;
    final int firstOffset;
    int mentions;
    int claims;
    double mentionScores;
    Sentiment leadMove;

    Tally(Security security, int firstOffset) {
      this.security = security;
      this.firstOffset = firstOffset;
    }
  }

  static List<ObjectNode> of(ArticleResult result) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (ScoredMention scored : result.mentions()) {
      Tally tally = tally(tallies, scored.mention());
      tally.mentions++;
      tally.mentionScores += scored.sentiment().score();
    }
    for (ScoredClaim scored : result.claims()) {
      Tally tally = tally(tallies, scored.claim().entity());
      tally.claims++;
      if (tally.leadMove == null && scored.claim().type() == ClaimType.PRICE_MOVE) {
        tally.leadMove = scored.sentiment();
      }
    }
    List<Tally> ordered = new ArrayList<>(tallies.values());
    ordered.sort((a, b) -> Integer.compare(a.firstOffset, b.firstOffset));
    List<ObjectNode> records = new ArrayList<>();
    for (Tally tally : ordered) {
      records.add(record(result, tally));
    }
    return records;
  }

  private static Tally tally(Map<String, Tally> tallies, Mention mention) {
    return tallies.computeIfAbsent(mention.security().ticker(),
        ticker -> new Tally(mention.security(), mention.begin()));
  }

  private static ObjectNode record(ArticleResult result, Tally tally) {
    ObjectNode record = JSON.objectNode();
    record.put("schema", RecordKind.TICKER.schema());
    record.set("article", Records.article(result.article()));
    ObjectNode entity = record.putObject("entity");
    entity.put("ticker", tally.security.ticker());
    entity.put("canonical", tally.security.name());
    entity.put("exchange", tally.security.mic());
    entity.put("kind", tally.security.kind().schemaName());
    record.put("mentions", tally.mentions);
    record.put("claims", tally.claims);
    String basis;
    Sentiment sentiment;
    if (tally.leadMove != null) {
      basis = "lead_move";
      sentiment = tally.leadMove;
    } else if (tally.mentions > 0) {
      basis = "mentions";
      sentiment = Sentiment.ofScore(tally.mentionScores / tally.mentions);
    } else {
      basis = "none";
      sentiment = Sentiment.NEUTRAL;
    }
    ObjectNode node = record.putObject("sentiment");
    node.put("label", sentiment.label().schemaName());
    node.set("score", Records.number(sentiment.score()));
    node.put("basis", basis);
    return record;
  }
}

package dev.newsimpact.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.claim.Direction;
import dev.newsimpact.claim.Qualifier;
import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.ScoredClaim;
import dev.newsimpact.pipeline.ScoredMention;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.text.Article;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

  private static final String TEXT = "SK Hynix plunging 14%";

  private final Mention hynix = new Mention(0, 0, 2, 0, 8, "SK Hynix",
      new Security("000660.KS", "SK hynix", SecurityKind.EQUITY, "XKRX", "South Korea"), 0.93);
  private final Claim claim = new Claim(ClaimType.PRICE_MOVE, "price", -14, null, "percent",
      Direction.DOWN, Qualifier.MORE_THAN, null, TEXT, hynix, 0, 1);
  private final ArticleResult result = new ArticleResult(
      new Article("abc", "in.txt", null, null, null, null, TEXT),
      new AnnotatedText(TEXT, List.of(new Sentence(0, 0, TEXT.length(), TEXT,
          List.of(new Token(0, "SK", 0, 2, null, null, null)), List.of(), false, false))),
      List.of(new ScoredMention(hynix, Sentiment.ofScore(-0.5))),
      List.of(new ScoredClaim(claim, Sentiment.ofScore(-1))));

  @Test
  void impactRecordsHaveTheSchemaFieldsInAFixedOrder() {
    ObjectNode record = Records.of(result, RecordKind.IMPACT).get(0);
    assertThat(record.fieldNames()).toIterable()
        .containsExactly("schema", "article", "entity", "claim", "sentiment", "evidence");
    assertThat(record.path("claim").path("value").isIntegralNumber()).isTrue();
    assertThat(record.path("claim").path("qualifier").asText()).isEqualTo("more_than");
    assertThat(record.path("entity").path("kind").asText()).isEqualTo("equity");
  }

  @Test
  void jsonLinesAreCompactAndByteStable() {
    StringWriter first = new StringWriter();
    new JsonLinesWriter(new PrintWriter(first), RecordKind.IMPACT).write(result);
    StringWriter second = new StringWriter();
    new JsonLinesWriter(new PrintWriter(second), RecordKind.IMPACT).write(result);
    assertThat(first.toString()).isEqualTo(second.toString()).endsWith("}\n")
        .contains("\"value\":-14,").doesNotContain("\n{\n");
    assertThat(first.toString().lines()).hasSize(1);
  }

  @Test
  void mentionRecordsCarryMentionOffsets() {
    ObjectNode record = Records.of(result, RecordKind.MENTION).get(0);
    assertThat(record.path("schema").asText()).isEqualTo("mention/v1");
    assertThat(record.path("evidence").path("mention_end").asInt()).isEqualTo(8);
  }

  @Test
  void numbersAreRoundedToSixDecimals() {
    assertThat(Records.number(8.300000000001).toString()).isEqualTo("8.3");
    assertThat(Records.number(1.3e11).toString()).isEqualTo("130000000000");
  }
}

package dev.newsimpact.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.claim.Direction;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shipped model on hand-made untagged sentences; no CoreNLP model is loaded. */
class FinanceSentimentScorerTest {

  private final FinanceSentimentScorer scorer = new FinanceSentimentScorer();

  private Sentiment.Label label(String text, String target) {
    Sentence s = TestSentences.plain(text);
    return scorer.forMention(TestSentences.mention(s, target), s).label();
  }

  @Test
  void readsTheShippedModelQuickly() throws IOException {
    long start = System.nanoTime();
    LinearModel model;
    try (InputStream in = FinanceSentimentScorer.class.getResourceAsStream(
        FinanceSentimentScorer.MODEL_RESOURCE)) {
      model = LinearModel.read(in);
    }
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "shipped model: %d features, read in %.0f ms%n", model.size(), ms);
    assertThat(model.size()).isGreaterThan(1000);
    assertThat(FinanceSentimentScorer.shippedModel().size()).isEqualTo(model.size());
  }

  @Test
  void eachTargetGetsItsOwnSideOfTheSentence() {
    String text = "Siemens is rallying 6% after a boom in orders, while Nokia slumped 4% on weak sales.";
    assertThat(label(text, "Siemens")).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(label(text, "Nokia")).isEqualTo(Sentiment.Label.NEGATIVE);
  }

  @Test
  void financePhrasesAndNeutralMentions() {
    assertThat(label("Adidas lowered its annual sales forecast on weak demand in China.", "Adidas"))
        .isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(label("Levi Strauss gained 2% after its quarterly results beat estimates.",
        "Levi Strauss")).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(label("The company will report results on Thursday, Reuters said.", "Reuters"))
        .isEqualTo(Sentiment.Label.NEUTRAL);
  }

  @Test
  void aHeadlineTargetThatDidNotMoveIsNeutral() {
    String text = "Sensex, Nifty end flat; IT stocks gain";
    assertThat(label(text, "Sensex")).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(label(text, "Nifty")).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(label("Acme shares unchanged as investors await results", "Acme"))
        .isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(label("Acme shares end 3% higher after results", "Acme"))
        .isEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void worksOnPtbTokensOfTheFoundingArticle() {
    Sentence s = TestSentences.ptb("South Korea +'s Kospi index fell as much as 8.3 +% , with SK"
        + " Hynix plunging 14 +% and Samsung Electronics dropping 10 +% .");
    for (String name : new String[] {"Kospi", "SK Hynix", "Samsung Electronics"}) {
      Sentiment sentiment = scorer.forMention(TestSentences.mention(s, name), s);
      assertThat(sentiment.label()).as(name).isEqualTo(Sentiment.Label.NEGATIVE);
      assertThat(sentiment.score()).as(name).isBetween(-1.0, -0.5);
    }
  }

  @Test
  void aPriceMoveDecidesItsClaimAndOtherClaimsAskTheModel() {
    Sentence s = TestSentences.plain("Meta shares rose 9% on the announcement.");
    Mention meta = TestSentences.mention(s, "Meta");
    Claim up = new Claim(ClaimType.PRICE_MOVE, "price", 9, "percent", Direction.UP, null, null,
        "Meta shares rose 9%", meta, 0, 1);
    Claim down = new Claim(ClaimType.PRICE_MOVE, "price", -9, "percent", Direction.DOWN, null, null,
        "Meta shares rose 9%", meta, 0, 1);
    assertThat(scorer.forClaim(up).label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(scorer.forClaim(down).label()).isEqualTo(Sentiment.Label.NEGATIVE);
    Claim figure = new Claim(ClaimType.FIGURE, "revenue", 5, "USD", null, null, null,
        "Meta revenue plunged to $5 billion", meta, 0, 2);
    assertThat(scorer.forClaim(figure).label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(scorer.forClaim(figure, s).label()).isEqualTo(Sentiment.Label.POSITIVE);
    Claim elsewhere = new Claim(ClaimType.FIGURE, "revenue", 5, "USD", null, null, null,
        "the fund had $5 billion", meta, 0, 3);
    assertThat(scorer.forClaim(elsewhere)).isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void aMentionOutsideItsSentenceIsNeutral() {
    Sentence s = TestSentences.plain("Oil rose.");
    Mention m = TestSentences.mention(TestSentences.plain("Brent crude oil rose sharply"), "sharply");
    assertThat(scorer.forMention(m, s)).isEqualTo(Sentiment.NEUTRAL);
  }

  @Test
  void scoresAreInRangeAndTheSameEveryTime() {
    Sentence s = TestSentences.plain("Tesla beat estimates but cut its delivery forecast.");
    Mention tesla = TestSentences.mention(s, "Tesla");
    Sentiment first = scorer.forMention(tesla, s);
    assertThat(first.score()).isBetween(-1.0, 1.0);
    assertThat(scorer.forMention(tesla, s)).isEqualTo(first);
  }
}

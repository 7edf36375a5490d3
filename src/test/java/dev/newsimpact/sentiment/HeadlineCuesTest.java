package dev.newsimpact.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headline rules on headlines made up by hand, in the shapes business pages use; no model. */
class HeadlineCuesTest {

  /** The headline's words with {@code target} (its first occurrence) as the target. */
  private static FeatureWords words(String headline, String target) {
    Sentence s = TestSentences.plain(headline);
    Mention m = TestSentences.mention(s, target);
    return FeatureWords.of(s.tokens(), m.firstToken(), m.endToken());
  }

  private static int polarity(String headline, String target) {
    return HeadlineCues.polarity(words(headline, target));
  }

  @Test
  void aHeadlineHasNoFinalPeriodOrIsInTitleCase() {
    assertThat(HeadlineCues.isHeadline(TestSentences.plain("Gold slips on strong dollar").tokens()))
        .isTrue();
    assertThat(HeadlineCues.isHeadline(
        TestSentences.plain("Shares Of Acme Tumble After Weak Guidance.").tokens())).isTrue();
    assertThat(HeadlineCues.isHeadline(
        TestSentences.plain("Acme shares fell 3% after the company cut its outlook.").tokens()))
        .isFalse();
    assertThat(HeadlineCues.isHeadline(
        TestSentences.plain("Gold prices fall, silver becomes costlier!").tokens())).isTrue();
    assertThat(HeadlineCues.isHeadline(
        TestSentences.plain("Can Acme shares make a comeback?").tokens())).isTrue();
  }

  private static boolean neutral(String headline, String target) {
    return HeadlineCues.neutral(words(headline, target));
  }

  @Test
  void aDateIsNoNewsYet() {
    String calendar = "Q3 Results Calendar: Wipro, Acme, Beta To Announce Earnings, Dividend On This Date";
    assertThat(polarity(calendar, "Acme")).isZero();
    assertThat(neutral(calendar, "Acme")).isTrue();
    assertThat(neutral("Acme to consider bonus issue on Friday", "Acme")).isTrue();
    assertThat(neutral("Acme bonus issue record date next week", "Acme")).isTrue();
    // a move in the target's own clause still speaks
    assertThat(polarity("Acme shares jump 6%, to announce results on Friday", "Acme")).isEqualTo(1);
    assertThat(neutral("Acme hits record high", "Acme")).isFalse();
    assertThat(neutral("Stocks to watch: Acme, Beta, Gamma", "Acme")).isTrue();
    assertThat(neutral("Acme, Beta among top buzzing stocks today", "Acme")).isTrue();
    assertThat(neutral("Acme in focus after board meet", "Acme")).isTrue();
  }

  @Test
  void cardsColoursPossessivesAndPrices() {
    assertThat(polarity("Acme Finance | Brokerage: Jefferies | Rating: Underperform | Target: Rs 90",
        "Acme Finance")).isEqualTo(-1);
    assertThat(polarity("Acme | Brokerage: Nomura | Rating: Buy | Target: Rs 1,500", "Acme"))
        .isEqualTo(1);
    assertThat(polarity("Wipro, Acme & Beta In Green After A Weak Week", "Acme")).isEqualTo(1);
    assertThat(polarity("Acme ends in the red", "Acme")).isEqualTo(-1);
    assertThat(polarity("Acme Hotels' Q2 net loss narrows to Rs 50 crore", "Acme Hotels"))
        .isEqualTo(1);
    assertThat(polarity("Acme Q1 Results: Profit declines 9% YoY; declares dividend", "Acme"))
        .isEqualTo(-1);
    assertThat(polarity("Gold prices fall, silver becomes costlier", "silver")).isEqualTo(1);
    assertThat(polarity("Nifty nears life-time high", "Nifty")).isEqualTo(1);
    assertThat(polarity("Metal stocks shine as Acme gains", "Acme")).isEqualTo(1);
    assertThat(polarity("Acme under pressure after weak quarter", "Acme")).isEqualTo(-1);
    assertThat(polarity("Acme gets $500 million investment offer", "Acme")).isEqualTo(1);
    assertThat(polarity("Sensex, Nifty End At Six-Month High", "Nifty")).isEqualTo(1);
  }

  @Test
  void aHouseActingOnTheTargetFromItsLeft() {
    assertThat(polarity("Nomura cuts Acme target price to Rs 900", "Acme")).isEqualTo(-1);
    assertThat(polarity("Nomura raises Acme target price", "Acme")).isEqualTo(1);
    assertThat(polarity("Fund house adds Beta, Acme to portfolio", "Acme")).isEqualTo(1);
    assertThat(polarity("Model Portfolio: Cuts Acme; Adds Beta, Gamma", "Acme")).isEqualTo(-1);
    assertThat(polarity("Model Portfolio: Cuts Acme; Adds Beta, Gamma", "Gamma")).isEqualTo(1);
    assertThat(polarity("Acme to postpone launch of new car", "Acme")).isEqualTo(-1);
    assertThat(polarity("Regulator bars Beta, Acme from markets", "Acme")).isEqualTo(-1);
    assertThat(polarity("Acme and its promoter: a scheme of fund diversion", "Acme")).isEqualTo(-1);
  }

  @Test
  void theTargetsOwnMove() {
    assertThat(polarity("Gold slips on strong dollar", "Gold")).isEqualTo(-1);
    assertThat(polarity("Paytm slumps to record low", "Paytm")).isEqualTo(-1);
    assertThat(polarity("Adani shares crash after report", "Adani")).isEqualTo(-1);
    assertThat(polarity("Rupee falls 10 paise against dollar", "Rupee")).isEqualTo(-1);
    assertThat(polarity("Wipro stock soars 8% in early trade", "Wipro")).isEqualTo(1);
  }

  @Test
  void aMetricDecidesWhatItsMoveMeans() {
    assertThat(polarity("HDFC Bank Q2 net profit jumps 20%", "HDFC Bank")).isEqualTo(1);
    assertThat(polarity("Acme Q3 net profit falls 12% on weak demand", "Acme")).isEqualTo(-1);
    assertThat(polarity("Acme Q1 net loss widens to Rs 300 crore", "Acme")).isEqualTo(-1);
    assertThat(polarity("Acme Q1 loss narrows", "Acme")).isEqualTo(1);
    assertThat(polarity("Vedanta declares dividend of Rs 8 per share", "Vedanta")).isEqualTo(1);
  }

  @Test
  void newsAFewWordsAwayAndExtremes() {
    assertThat(polarity("SBI hits 52-week high", "SBI")).isEqualTo(1);
    assertThat(polarity("Acme gets order worth Rs 500 crore", "Acme")).isEqualTo(1);
    assertThat(polarity("Acme IPO subscribed 50 times on final day", "Acme")).isEqualTo(1);
    assertThat(polarity("Acme Q2 results miss estimates", "Acme")).isEqualTo(-1);
    assertThat(polarity("Acme signs supply deal with Beta", "Acme")).isEqualTo(1);
    assertThat(polarity("Acme to build second factory in Pune", "Acme")).isEqualTo(1);
    assertThat(polarity("Acme forms partnership with Beta for cloud services", "Acme")).isEqualTo(1);
    assertThat(polarity("Acme makes inroads in rural markets", "Acme")).isEqualTo(1);
  }

  @Test
  void somethingDoneToTheTarget() {
    assertThat(polarity("Sebi bars Acme from markets for two years", "Acme")).isEqualTo(-1);
    assertThat(polarity("Fitch downgrades Acme", "Acme")).isEqualTo(-1);
    assertThat(polarity("Moody's upgrades Acme to investment grade", "Acme")).isEqualTo(1);
    assertThat(polarity("Tax department raids Acme offices", "Acme")).isEqualTo(-1);
  }

  @Test
  void brokerageCalls() {
    assertThat(polarity("Buy Tata Motors, target Rs 1,050: Motilal Oswal", "Tata Motors"))
        .isEqualTo(1);
    assertThat(polarity("Sell Acme; target Rs 90", "Acme")).isEqualTo(-1);
    assertThat(polarity("Accumulate Acme with target of Rs 400", "Acme")).isEqualTo(1);
  }

  @Test
  void aListSharesItsCue() {
    String h = "Sensex tanks 600 pts; Infosys, TCS drag";
    assertThat(polarity(h, "Sensex")).isEqualTo(-1);
    assertThat(polarity(h, "Infosys")).isEqualTo(-1);
    assertThat(polarity(h, "TCS")).isEqualTo(-1);
    assertThat(polarity("Acme, Beta and Gamma rally up to 9%", "Acme")).isEqualTo(1);
    String losers = "ONGC, Coal India top losers on Sensex";
    assertThat(polarity(losers, "ONGC")).isEqualTo(-1);
    assertThat(polarity(losers, "Coal India")).isEqualTo(-1);
    assertThat(polarity("Titan, Acme among top gainers in early trade", "Titan")).isEqualTo(1);
  }

  @Test
  void eachTargetKeepsItsOwnClause() {
    String h = "Infosys rises 2%, TCS falls";
    assertThat(polarity(h, "Infosys")).isEqualTo(1);
    assertThat(polarity(h, "TCS")).isEqualTo(-1);
    assertThat(polarity("Acme gains despite weak market", "Acme")).isEqualTo(1);
    assertThat(polarity("Oil falls after Acme misses estimates", "Acme")).isEqualTo(-1);
  }

  @Test
  void negationFlipsTheCue() {
    assertThat(polarity("Acme fails to rally after results", "Acme")).isEqualTo(-1);
    assertThat(polarity("Acme shares not to fall further, say analysts", "Acme")).isEqualTo(1);
  }

  @Test
  void aSourceOrAPlainMentionGetsNoRule() {
    assertThat(polarity("Acme says rates will rise next year", "Acme")).isZero();
    assertThat(polarity("Acme to announce Q2 results on Friday", "Acme")).isZero();
    assertThat(polarity("Acme launches new phone in India", "Acme")).isZero();
  }

  @Test
  void theScorerLetsTheRuleDecideOnlyInHeadlines() {
    // A model that always says neutral: whatever is polar came from the rule.
    FinanceSentimentScorer scorer = new FinanceSentimentScorer(
        new LinearModel(Map.of("bias", new double[] {0, 0, 4})));
    Sentence headline = TestSentences.plain("Acme shares crash after report");
    Sentiment h = scorer.forMention(TestSentences.mention(headline, "Acme"), headline);
    assertThat(h.label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(h.score()).isBetween(-1.0, -0.5);
    Sentence sentence = TestSentences.plain("Acme shares crash after report, it said.");
    assertThat(scorer.forMention(TestSentences.mention(sentence, "Acme"), sentence).label())
        .isEqualTo(Sentiment.Label.NEUTRAL);
  }
}

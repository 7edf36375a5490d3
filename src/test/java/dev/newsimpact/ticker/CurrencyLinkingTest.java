package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Currencies link where the text speaks of the currency as traded (it moves, it is quoted against
 * another, its fall or strength), never in everyday money talk. Hand-tokenized text, no models.
 */
class CurrencyLinkingTest {

  private static AliasLinker linker;

  @BeforeAll
  static void setUp() {
    linker = TestTexts.linker();
  }

  private static Map<String, String> links(String text) {
    return TestTexts.links(linker, text);
  }

  private static List<Mention> currencies(String text) {
    return linker.link(TestTexts.tokenize(text)).stream()
        .filter(m -> m.security().kind() == SecurityKind.CURRENCY).toList();
  }

  @Test
  void theRowsAreCurrenciesPricedInUsDollars() {
    Universe universe = Universe.loadDefault();
    for (String ticker : List.of("INRUSD=X", "JPYUSD=X", "EURUSD=X", "GBPUSD=X", "CNYUSD=X",
        "KRWUSD=X", "CHFUSD=X", "AUDUSD=X", "CADUSD=X", "HKDUSD=X", "RUBUSD=X", "TRYUSD=X",
        "BRLUSD=X", "MXNUSD=X", "DX-Y.NYB")) {
      assertThat(universe.bySymbol(ticker)).as(ticker).hasValueSatisfying(s -> {
        assertThat(s.kind()).isEqualTo(SecurityKind.CURRENCY);
        assertThat(s.mic()).isNull();
      });
    }
  }

  @Test
  void aCurrencyThatMovesLinks() {
    assertThat(links("Rupee slips 12 paise to 71.25 against US dollar."))
        .containsEntry("Rupee", "INRUSD=X").containsEntry("US dollar", "DX-Y.NYB");
    assertThat(links("The yen weakens past 150 as traders bet on rate gaps."))
        .containsEntry("yen", "JPYUSD=X");
    assertThat(links("Rupee hits record low as importers buy dollars."))
        .containsEntry("Rupee", "INRUSD=X");
    assertThat(links("Sterling rose 0.5% against the dollar after the decision."))
        .containsEntry("Sterling", "GBPUSD=X").containsEntry("dollar", "DX-Y.NYB");
    assertThat(links("The euro fell 0.3% to $1.0850.")).containsEntry("euro", "EURUSD=X");
    assertThat(links("The yuan firmed while the Swiss franc was steady."))
        .containsEntry("yuan", "CNYUSD=X").containsEntry("Swiss franc", "CHFUSD=X");
    assertThat(links("The Turkish lira slumped 5% and the rouble fell 2%."))
        .containsEntry("Turkish lira", "TRYUSD=X").containsEntry("rouble", "RUBUSD=X");
    assertThat(links("The Australian dollar edged up and the Canadian dollar, or loonie, gained."))
        .containsEntry("Australian dollar", "AUDUSD=X").containsEntry("Canadian dollar", "CADUSD=X");
    assertThat(links("The Brazilian real rose 1.1% and the Mexican peso gained 0.7%."))
        .containsEntry("Brazilian real", "BRLUSD=X").containsEntry("Mexican peso", "MXNUSD=X");
    assertThat(links("The Hong Kong dollar weakened to the edge of its band."))
        .containsEntry("Hong Kong dollar", "HKDUSD=X");
    assertThat(links("The renminbi strengthened 0.2% on Monday."))
        .containsEntry("renminbi", "CNYUSD=X");
  }

  @Test
  void theWonOnlyAsAMoverAfterTheOrUnderItsFullName() {
    assertThat(links("The won dropped 0.8% on Friday.")).containsEntry("won", "KRWUSD=X");
    assertThat(links("The South Korean won fell 1.2% against the dollar."))
        .containsEntry("South Korean won", "KRWUSD=X");
    assertThat(currencies("Samsung won the order from Apple.")).isEmpty();
    assertThat(currencies("The team won gains in the final round.")).isEmpty();
    assertThat(currencies("Hyundai won rose in the poll.")).isEmpty();
  }

  @Test
  void theCurrencyAsTheOtherSideOrWhoseStateIsTold() {
    assertThat(links("The rupee's fall has hurt importers.")).containsEntry("rupee", "INRUSD=X");
    assertThat(links("They may find a silver lining in the euro's 10% decline."))
        .containsEntry("euro", "EURUSD=X");
    assertThat(links("Gold slips as a stronger dollar weighs.")).containsEntry("dollar", "DX-Y.NYB");
    assertThat(links("The Japanese yen strengthened versus the greenback."))
        .containsEntry("Japanese yen", "JPYUSD=X").containsEntry("greenback", "DX-Y.NYB");
    assertThat(links("The dollar index rose 0.2% to 104.5.")).containsEntry("dollar index", "DX-Y.NYB");
    assertThat(links("Sterling GBP= was last trading at $1.2925.")).containsEntry("Sterling", "GBPUSD=X");
    assertThat(links("The dollar index rose, with the euro up 0.05%.")).containsEntry("euro", "EURUSD=X");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The company raised $1.2 billion in its offering.",
      "It signed a billion-dollar deal with the government.",
      "In dollar terms, exports fell 3%.",
      "The fund holds 100 million dollars of bonds and a dollar amount fell.",
      "Euro Disney attendance rose last year.",
      "Eurostar passenger numbers climbed 5%.",
      "Euronext shares rose 1% in Paris.",
      "Coffee rose 2 cents per pound.",
      "He lost a pound in weight.",
      "The euro zone economy grew 0.3%.",
      "Prices are quoted in Indian rupees and euros.",
      "Revenue in real terms rose 3%.",
      "The dollar-denominated bonds fell 2%.",
      "Dollar/yen rose 0.5% to 150.2.",
      "The sterling performance of the team was noted.",
  })
  void moneyTalkIsNoCurrency(String text) {
    assertThat(currencies(text)).as(text).isEmpty();
  }

  @Test
  void companiesNamedAfterMoneyKeepTheirTickers() {
    assertThat(links("Dollar General shares rose 4% after earnings."))
        .containsEntry("Dollar General", "DG").doesNotContainValue("DX-Y.NYB");
    assertThat(links("Dollar Tree fell 2% on weak guidance."))
        .containsEntry("Dollar Tree", "DLTR").doesNotContainValue("DX-Y.NYB");
  }

  @Test
  void anotherCountrysCurrencyIsNotTheOneOfTheBareWord() {
    assertThat(links("The Pakistani rupee fell 2% against the dollar."))
        .doesNotContainValue("INRUSD=X").containsEntry("dollar", "DX-Y.NYB");
    assertThat(links("The Zimbabwe dollar plunged again.")).doesNotContainValue("DX-Y.NYB");
  }
}

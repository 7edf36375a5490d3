package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Market news as Reuters writes it: everyday company names, market phrases for indices, sector
 * words, index futures, and the listing a market report means. Hand-tokenized text, no models.
 */
class MarketLinkingTest {

  private static AliasLinker linker;

  @BeforeAll
  static void setUp() {
    linker = TestTexts.linker();
  }

  private static List<Mention> link(String text) {
    return linker.link(TestTexts.tokenize(text));
  }

  private static Map<String, String> links(String text) {
    return TestTexts.links(linker, text);
  }

  @Test
  void aProductNameInsideAnotherCompanysNameLinksOnlyThatCompany() {
    Map<String, String> links = links("Meta will compete with Amazon Web Services, Google Cloud,"
        + " and Microsoft Azure. Google Cloud revenue grew 30% in the quarter.");
    assertThat(links).doesNotContainKey("Cloud").containsEntry("Google", "GOOGL,GOOGL");
    Map<String, String> shouted = links("META TO COMPETE WITH AMAZON WEB SERVICES, GOOGLE CLOUD AND"
        + " MICROSOFT AZURE");
    assertThat(shouted).doesNotContainKey("CLOUD");
    assertThat(shouted.values()).noneMatch(t -> t.endsWith(".KL"));
  }

  @Test
  void everydayNamesOfCompanies() {
    assertThat(links("Snap's shares plunged 32.4% after the Snapchat owner missed estimates."))
        .containsEntry("Snap", "SNAP");
    assertThat(links("Analysts at Citi raised their target.")).containsEntry("Citi", "C");
    assertThat(links("In France, BNP rose 4% after a jump in trading.")).containsEntry("BNP", "BNP.PA");
    assertThat(links("Take-Two fell 3% and T-Mobile US rose 2%."))
        .containsEntry("Take-Two", "TTWO").containsEntry("T-Mobile US", "TMUS");
    assertThat(links("Shares in Deliveroo are up 10.4%, while Ocado is gaining 6.8%."))
        .containsEntry("Deliveroo", "ROO.L").containsEntry("Ocado", "OCDO.L");
    assertThat(links("Melco Resorts jumped 10.3% and Peloton shares fell 5%."))
        .containsEntry("Melco Resorts", "MLCO").containsEntry("Peloton", "PTON");
    assertThat(links("Spirit Airlines rose 2.6%, and the Netherlands' ING Groep rallied 5.5%."))
        .containsEntry("Spirit Airlines", "SAVE").containsEntry("ING Groep", "INGA.AS");
    assertThat(links("Adbri fell 19% to top losses on the index.")).containsEntry("Adbri", "ABC.AX");
  }

  @Test
  void aListOfCompaniesSupportsItsMembers() {
    assertThat(links("The biggest buybacks came from Apple, Alphabet, Microsoft and Lowe's."))
        .containsEntry("Alphabet", "GOOGL");
    assertThat(links("Also, Exxon Mobil posted a record quarterly profit.")).doesNotContainKey("Also");
  }

  @Test
  void indicesUnderTheirNames() {
    assertThat(links("The pan-European STOXX 600 index fell 1.2%.")).containsValue("^STOXX");
    assertThat(links("The S&P industrials index rose 1.79%.")).containsValue("^SP500-20");
    assertThat(links("The Philadelphia semiconductor index fell 2%.")).containsValue("^SOX");
  }

  @Test
  void marketPhrasesNameTheMarketsIndex() {
    assertThat(links("Singapore stocks rose 0.7% on Friday. Stocks in Malaysia and Indonesia gained"
        + " 2.7% and 3.4%, respectively.")).containsEntry("Singapore stocks", "^STI")
        .containsEntry("Stocks in Malaysia", "^KLSE").containsEntry("Indonesia", "^JKSE");
    assertThat(links("Chinese bluechips and Hong Kong stocks gained 1.2% and 2.4% respectively."))
        .containsEntry("Chinese bluechips", "000300.SS").containsEntry("Hong Kong stocks", "^HSI");
    assertThat(links("Japanese shares fell, Australian shares rose and European shares were flat."))
        .containsEntry("Japanese shares", "^N225").containsEntry("Australian shares", "^AXJO")
        .containsEntry("European shares", "^STOXX");
  }

  @Test
  void indexFuturesAreTheContracts() {
    assertThat(links("Dow e-minis were down 62 points, S&P 500 e-minis were down 2.25 points and"
        + " Nasdaq 100 e-minis were flat.")).containsEntry("Dow e-minis", "YM=F")
        .containsEntry("S&P 500 e-minis", "ES=F").containsEntry("Nasdaq 100 e-minis", "NQ=F");
    assertThat(links("Banks fell more than the market, where futures tracking the S&P were down"
        + " 2.6%.")).containsEntry("S&P", "ES=F");
    assertThat(links("Nikkei futures fell 0.3%.")).containsEntry("Nikkei futures", "NKD=F");
    assertThat(links("Futures on the S&P 500 and Nasdaq fell 1%.")).containsEntry("S&P 500", "ES=F")
        .containsEntry("Nasdaq", "NQ=F");
    assertThat(links("The service covers funds tracking the S&P 500 and Nasdaq."))
        .containsEntry("S&P 500", "SPY").containsEntry("Nasdaq", "QQQ");
    assertThat(links("Hedge funds pushed the S&P 500 lower.")).containsEntry("S&P 500", "^GSPC");
  }

  @Test
  void sectorWordsLinkWhereTheyNameASector() {
    Map<String, String> links = links("So far there is a clear tilt toward defensive S&P 500 sectors."
        + " Healthcare, staples and utilities are posting the best gains, while energy and"
        + " consumer discretionary are among weaker groups. Tech stocks rose 2.8%.");
    assertThat(links).containsEntry("Healthcare", "^SP500-35").containsEntry("staples", "^SP500-30")
        .containsEntry("utilities", "^SP500-55").containsEntry("energy", "^SP500-10")
        .containsEntry("consumer discretionary", "^SP500-25")
        .containsEntry("Tech stocks", "^SP500-45");
  }

  @Test
  void theArticlesMarketChoosesTheListingAndTheSectorIndex() {
    assertThat(links("Rio Tinto rose 1.3% in London.")).containsEntry("Rio Tinto", "RIO.L");
    Map<String, String> sydney = links("Australian shares rose on Friday as BHP Group gained 2%."
        + " Miners rose about 1.1%, with index heavyweights such as Rio Tinto and Fortescue"
        + " Metals gaining.");
    assertThat(sydney).containsEntry("Rio Tinto", "RIO.AX").containsEntry("Miners", "^AXMM");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Energy prices soared, and the consumer staples maker said materials costs rose.",
      "Healthcare workers in Indonesia and Malaysia went on strike over pay and utilities bills.",
      "Tech giants and energy companies lobbied lawmakers in Singapore about small business rules.",
      "The rules halt shipments of equipment to factories producing advanced logic chips.",
      "(Reporting by Rod Nickel in Winnipeg; rod.nickel@tr.com; Twitter: @RodNickel_Rtrs)",
      "Micro-blogging sites grew fast in the 2010s, a market historian says.",
      "S&P downgraded the lender's credit rating to BBB, citing weak capital.",
      "Also, the coach said the team would play on Sunday.",
      "She was in (good) spirits, in \"Hong Kong\" and in; the end, in.",
  })
  void sectorAndPlaceWordsInOtherSensesLinkNothing(String passage) {
    assertThat(link(passage)).isEmpty();
  }
}

package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indian business-press headlines: the short names, abbreviations and brands the press uses for
 * NSE companies, the Nifty sector indices, and sector phrases of an Indian market story.
 * Hand-tokenized text, no models.
 */
class IndiaLinkingTest {

  private static AliasLinker linker;

  @BeforeAll
  static void setUp() {
    linker = TestTexts.linker();
  }

  private static Map<String, String> links(String text) {
    return TestTexts.links(linker, text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Jefferies adds BPCL, Axis Bank to its India portfolio|BPCL|BPCL.NS",
    "SBI, PNB and Bank of Baroda in green as PSU bank shares roar back|PNB|PNB.NS",
    "Sensex finishes 571 pts lower, Nifty slips; M&M, ICICI Bank drop 3%|M&M|M&M.NS",
    "Maruti to postpone launch of new car as Sensex slips|Maruti|MARUTI.NS",
    "Sensex settles flat; Britannia cracks 6%, Zomato up 4%|Britannia|BRITANNIA.NS",
    "Can IndiGo shares make a comeback?|IndiGo|INDIGO.NS",
    "Infosys and PowerGrid Corp top losers in Nifty|PowerGrid Corp|POWERGRID.NS",
    "GRSE share price jumps 12% on an order win|GRSE|GRSE.NS",
    "Sensex up 400 pts; SBI, Shriram Finance, Tata Steel top gainers|Shriram Finance|SHRIRAMFIN.NS",
    "Nifty PSU Bank index extends rally, zooms 24% since September|Nifty PSU Bank index|^CNXPSUBANK",
    "Nifty Pharma and Nifty Metal gain as Sensex rises|Nifty Pharma|^CNXPHARMA",
    "Nifty Pharma and Nifty Metal gain as Sensex rises|Nifty Metal|^CNXMETAL",
    "Dalal Street ends lower as banks drag|Dalal Street|^BSESN",
    "Indian equities rally for a third day on foreign buying|Indian equities|^BSESN",
    "Vedanta board approves interim dividend of Rs 11 per share|Vedanta|VEDL.NS"
  })
  void namesTheIndianPressUses(String headline, String name, String ticker) {
    assertThat(links(headline)).containsEntry(name, ticker);
  }

  @Test
  void theExchangeIsNoSecurity() {
    // NSE is also a small Paris listing (ALNSE.PA); the exchange needs more than its initials
    assertThat(links("NSE to launch new derivatives contracts from next month")).isEmpty();
  }

  @Test
  void sectorPhrasesOfAnIndianMarketStoryNameTheNiftySectorIndices() {
    assertThat(links("Sensex falls 500 points as IT stocks drag; PSU banks rally"))
        .containsEntry("IT stocks", "^CNXIT").containsEntry("PSU banks", "^CNXPSUBANK");
    assertThat(links("Nifty ends higher as metal stocks and bank stocks gain"))
        .containsEntry("metal stocks", "^CNXMETAL").containsEntry("bank stocks", "^NSEBANK");
  }

  @Test
  void hindustanAeronauticsOrHalliburtonAsTheMarketSays() {
    assertThat(links("HAL shares rose 3% in Mumbai after a defence order; the Sensex gained."))
        .containsEntry("HAL", "HAL.NS");
    assertThat(links("Exxon and Chevron rose on Wall Street, and HAL gained 2% on the NYSE."))
        .containsEntry("HAL", "HAL");
  }
}

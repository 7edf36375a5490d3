package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Large caps named in a market wrap of their own market, as Asian and European wires write them,
 * and the listing such a wrap means. Hand-tokenized text, no models.
 */
class WrapLinkingTest {

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
    "Hong Kong's Hang Seng index|SMIC|0981.HK",
    "Hong Kong's Hang Seng index|China Construction Bank|0939.HK",
    "Hong Kong's Hang Seng index|Alibaba|9988.HK",
    "Hong Kong's Hang Seng index|NetEase|9999.HK",
    "China's Shanghai Composite|China Merchants Bank|600036.SS",
    "South Korea's Kospi|LG Energy Solution|373220.KS",
    "South Korea's Kospi|KB Financial|105560.KS",
    "South Korea's Kospi|Hyundai Heavy Industries|329180.KS",
    "Japan's Nikkei|Fast Retailing|9983.T",
    "Japan's Nikkei|Sumitomo Mitsui Financial|8316.T",
    "Taiwan's Taiex|Delta Electronics|2308.TW",
    "India's Nifty 50|Adani Ports|ADANIPORTS.NS",
    "Australia's S&P/ASX 200|Westpac|WBC.AX",
    "Australia's S&P/ASX 200|Commonwealth Bank|CBA.AX",
    "Australia's S&P/ASX 200|Zip|ZIP.AX",
    "London's FTSE 100|Marks & Spencer|MKS.L",
    "London's FTSE 100|IAG|IAG.L",
    "Germany's DAX|Rheinmetall|RHM.DE",
    "Germany's DAX|Porsche|P911.DE",
    "France's CAC 40|TotalEnergies|TTE.PA",
    "Switzerland's SMI|Roche|ROG.SW"
  })
  void aLargeCapInItsMarketsWrapIsItsHomeLine(String index, String name, String ticker) {
    assertThat(links(index + " rose 1.1 % , with " + name + " up 2.5 % ."))
        .containsEntry(name, ticker);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "RIL slips after Q2 results|RIL|RELIANCE.NS",
    "Nifty slips below 12,000|Nifty|^NSEI",
    "Nifty ends higher as metal stocks gain|Nifty|^NSEI",
    "Gold slips Rs 200 on weak global cues|Gold|GC=F",
    "Crude oil futures rise on global cues|Crude oil futures|CL=F",
    "SBI cuts lending rates by 10 bps|SBI|SBIN.NS",
    "Vodafone Idea shares crash 20% on AGR ruling|Vodafone Idea|IDEA.NS",
    "Crude oil prices rise on supply concerns|Crude oil prices|BZ=F"
  })
  void aHeadlineInThePresentTenseIsMarketNews(String headline, String name, String ticker) {
    assertThat(links(headline)).containsEntry(name, ticker);
  }

  @Test
  void theAdjectiveIsNotTheIndex() {
    assertThat(links("It is a nifty gadget , and sales of it rise .")).doesNotContainKey("nifty");
    assertThat(links("The gold medal winner falls ill")).doesNotContainKey("gold");
  }

  @Test
  void aCoinsSymbolInParenthesesIsTheCoin() {
    // BTC and ETH are also a fund's and a furniture maker's symbols
    assertThat(links("Bitcoin ( BTC ) fell 3 % while Ether ( ETH ) slid 4.5 % ."))
        .containsEntry("Bitcoin", "BTC-USD").containsEntry("BTC", "BTC-USD")
        .containsEntry("Ether", "ETH-USD").containsEntry("ETH", "ETH-USD");
  }

  @Test
  void goldFuturesAreNotAGoldMiner() {
    assertThat(links("U.S. gold futures rose 0.5 % to $ 2,342.40 ."))
        .containsEntry("U.S. gold futures", "GC=F");
  }
}

package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Coverage and lookups of the shipped universe. */
class UniverseTest {

  private final Universe universe = Universe.loadDefault();

  @ParameterizedTest(name = "{0} is a {1}")
  @CsvSource({
      "SMH, ETF", "MU, EQUITY", "META, EQUITY", "SNDK, EQUITY", "000660.KS, EQUITY",
      "005930.KS, EQUITY", "7203.T, EQUITY", "2330.TW, EQUITY", "0005.HK, EQUITY",
      "000001.SS, INDEX", "^KS11, INDEX", "^TOPX, INDEX", "BTC-USD, CRYPTO", "GC=F, COMMODITY",
      "BZ=F, COMMODITY", "^GSPC, INDEX", "^SOX, INDEX", "ETH-USD, CRYPTO", "CL=F, COMMODITY",
      "SAP.DE, EQUITY", "ASML.AS, EQUITY", "RELIANCE.NS, EQUITY", "HSBA.L, EQUITY", "0700.HK, EQUITY"
  })
  void holdsSecurity(String ticker, SecurityKind kind) {
    assertThat(universe.bySymbol(ticker)).hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(kind));
  }

  @Test
  void namesAndMarkets() {
    Security smh = universe.bySymbol("SMH").orElseThrow();
    assertThat(smh.name()).isEqualTo("VanEck Semiconductor ETF");
    assertThat(universe.bySymbol("MU").orElseThrow().mic()).isEqualTo("XNAS");
    assertThat(universe.bySymbol("000660.KS").orElseThrow().mic()).isEqualTo("XKRX");
    assertThat(universe.bySymbol("7203.T").orElseThrow().mic()).isEqualTo("XTKS");
    assertThat(universe.bySymbol("^KS11").orElseThrow().mic()).isNull();
    assertThat(universe.bySymbol("brk.b")).hasValueSatisfying(s -> assertThat(s.ticker()).isEqualTo("BRK-B"));
    assertThat(universe.size()).isGreaterThan(30_000);
  }

  @ParameterizedTest(name = "\"{0}\" finds {1} first")
  @CsvSource({
      "Kospi, ^KS11", "Brent crude, BZ=F", "Samsung Electronics, 005930.KS", "Toyota, 7203.T",
      "SK Hynix, 000660.KS", "Micron Technology, MU", "Sandisk, SNDK", "Meta Platforms, META",
      "VanEck Semiconductor ETF, SMH", "Nikkei 225, ^N225", "gold, GC=F", "bitcoin, BTC-USD",
      "ether, ETH-USD", "TSMC, 2330.TW", "S&P 500, ^GSPC", "Hang Seng, ^HSI", "MU, MU",
      "U.S. crude, CL=F", "Philadelphia Semiconductor, ^SOX"
  })
  void lookupRanksTheEverydayMeaningFirst(String query, String ticker) {
    List<Candidate> found = universe.lookup(query, 5);
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).security().ticker()).isEqualTo(ticker);
    assertThat(found.get(0).score()).isBetween(0.0, 1.0);
  }

  @Test
  void lookupIsOrderedAndLimited() {
    List<Candidate> found = universe.lookup("Samsung", 3);
    assertThat(found).hasSizeLessThanOrEqualTo(3);
    assertThat(found).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(universe.lookup("", 3)).isEmpty();
    assertThat(universe.lookup("zzzz no such company qqq", 3)).isEmpty();
  }
}

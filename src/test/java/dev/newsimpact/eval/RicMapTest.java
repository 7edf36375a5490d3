package dev.newsimpact.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RicMapTest {

  private static RicMap map;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = RicMapTest.class.getResourceAsStream("/eval/ric-to-yahoo.tsv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      map = RicMap.read(reader);
    }
  }

  private static String ticker(String ric) {
    return map.resolve(ric).ticker();
  }

  @Test
  void suffixRulesKeepTheRoot() {
    assertThat(ticker("JNJ.N")).isEqualTo("JNJ");
    assertThat(ticker("AAPL.O")).isEqualTo("AAPL");
    assertThat(ticker("NWG.L")).isEqualTo("NWG.L");
    assertThat(ticker("SIKA.S")).isEqualTo("SIKA.SW");
    assertThat(ticker("005930.KS")).isEqualTo("005930.KS");
    assertThat(ticker("MTNJ.J")).isEqualTo("MTN.JO");
    assertThat(map.resolve("JNJ.N").bySuffix()).isTrue();
  }

  @Test
  void exactRowsCoverIndicesFuturesAndRootsThatDiffer() {
    assertThat(ticker(".SPX")).isEqualTo("^GSPC");
    assertThat(ticker(".STOXX")).isEqualTo("^STOXX");
    assertThat(ticker("LCOc1")).isEqualTo("BZ=F");
    assertThat(ticker("XAU=")).isEqualTo("GC=F");
    assertThat(ticker("BNPP.PA")).isEqualTo("BNP.PA");
    assertThat(ticker("NOVOb.CO")).isEqualTo("NOVO-B.CO");
    assertThat(map.resolve("FB.O")).extracting(RicMap.Resolution::ticker, RicMap.Resolution::status)
        .containsExactly("META", RicMap.Status.RENAMED);
  }

  @Test
  void codesWithoutSymbolAndUnknownCodesHaveNoTicker() {
    assertThat(map.resolve("GGL.UL").status()).isEqualTo(RicMap.Status.NONE);
    assertThat(ticker("GGL.UL")).isNull();
    assertThat(map.resolve("XYZ.ZZ").status()).isEqualTo(RicMap.Status.UNKNOWN);
    assertThat(map.resolve("BRKb.N").status()).as("share class not guessed").isEqualTo(RicMap.Status.UNKNOWN);
    assertThat(map.resolve(".UNKNOWNINDEX").status()).isEqualTo(RicMap.Status.UNKNOWN);
  }

  @Test
  void malformedTableFails() {
    assertThatThrownBy(() -> RicMap.read(new StringReader("ric\t.SPX\t^GSPC\tsure\n")))
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> RicMap.read(new StringReader("ric\tA.N\tA\tok\nric\tA.N\tB\tok\n")))
        .hasMessageContaining("twice");
  }
}

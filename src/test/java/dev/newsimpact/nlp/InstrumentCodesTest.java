package dev.newsimpact.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstrumentCodesTest {

  @Test
  void blanksReutersIndexCodesKeepingEveryOffset() {
    String text = "the Dow Jones Industrial Average .DJI fell 0.36%, the S&P 500 .SPX lost 0.2%,"
        + " Tokyo's Nikkei <.N225> rose and the STOXX 600 (.STOXX) was flat, as was .FTSE";
    String blanked = InstrumentCodes.blank(text);
    assertThat(blanked).hasSameSizeAs(text)
        .doesNotContain(".DJI", ".SPX", ".N225", ".STOXX", ".FTSE")
        .contains("Average      fell 0.36%", "S&P 500      lost", "Nikkei <     > rose", "(      )");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The U.S. economy grew 3.5% in Q3.",
    "Apple Inc. said so. Shares rose.",
    "It rose 12.5 percent. S&P futures fell.",
    "See www.example.com/.DJI for more",
    "no dot at all"
  })
  void leavesOtherDotsAlone(String text) {
    assertThat(InstrumentCodes.blank(text)).isSameAs(text);
  }
}

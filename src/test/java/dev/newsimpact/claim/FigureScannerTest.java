package dev.newsimpact.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureScannerTest {

  private static List<Figure> scan(String words) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : words.split(" ")) {
      tokens.add(new Token(tokens.size(), word, offset, offset + word.length(), null, null, null));
      offset += word.length() + 1;
    }
    return FigureScanner.scan(tokens);
  }

  @Test
  void readsPercentSignsAndWords() {
    assertThat(scan("fell as much as 8.3 %")).singleElement()
        .satisfies(f -> {
          assertThat(f.value()).isEqualTo(8.3);
          assertThat(f.unit()).isEqualTo("percent");
          assertThat(f.first()).isEqualTo(4);
          assertThat(f.last()).isEqualTo(5);
        });
    assertThat(scan("rose two percent")).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(2.0));
    assertThat(scan("up 3 per cent")).singleElement()
        .satisfies(f -> assertThat(f.unit()).isEqualTo("percent"));
  }

  @Test
  void readsPointsCurrencyAndScales() {
    assertThat(scan("the Dow lost 412 points")).singleElement()
        .satisfies(f -> assertThat(f.unit()).isEqualTo("points"));
    assertThat(scan("exceeding $ 130 billion")).singleElement()
        .satisfies(f -> {
          assertThat(f.value()).isEqualTo(1.3e11);
          assertThat(f.unit()).isEqualTo("USD");
        });
    assertThat(scan("fell $ 3.10 , or 5.2 %")).extracting(Figure::unit)
        .containsExactly("USD", "percent");
    assertThat(scan("closed at 38,120.5 points")).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(38120.5));
  }

  @Test
  void readsPaiseAsHundredthsOfARupee() {
    // "Rupee slips 12 paise to 71.25": the move in rupees, as "62 cents" is 0.62 USD
    assertThat(scan("Rupee slips 12 paise to 71.25")).extracting(Figure::value, Figure::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0.12, "INR"),
            org.assertj.core.groups.Tuple.tuple(71.25, FigureScanner.LEVEL));
  }

  @Test
  void readsUnitsGluedToNumbers() {
    assertThat(scan("over 5GW of capacity")).singleElement()
        .satisfies(f -> assertThat(f.unit()).isEqualTo("GW"));
  }

  @Test
  void ignoresBareNumbersQuartersAndYears() {
    assertThat(scan("in Q3 2026 , 48 hours , the 1990s , 3rd time")).isEmpty();
  }

  @Test
  void readsFractionsOfValueAsPercentages() {
    assertThat(scan("Snap lost a third of its value")).singleElement()
        .satisfies(f -> {
          assertThat(f.value()).isEqualTo(33.33);
          assertThat(f.unit()).isEqualTo("percent");
        });
    assertThat(scan("shares lost half their market value")).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(50.0));
    assertThat(scan("it shed two - thirds of its worth")).singleElement()
        .satisfies(f -> assertThat(f.value()).isEqualTo(66.67));
    assertThat(scan("revenue fell by a third")).isEmpty();
    assertThat(scan("in the first half of the year")).isEmpty();
  }

  @Test
  void readsBritishPc() {
    assertThat(scan("Rolls-Royce rose 3.4pc")).singleElement()
        .satisfies(f -> {
          assertThat(f.value()).isEqualTo(3.4);
          assertThat(f.unit()).isEqualTo("percent");
        });
    assertThat(scan("down 2 pc")).singleElement()
        .satisfies(f -> assertThat(f.unit()).isEqualTo("percent"));
  }
}

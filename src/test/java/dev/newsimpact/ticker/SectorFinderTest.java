package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.AnnotatedText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sector words per market, on one sentence with the market given: the Nifty sector indices for an
 * Indian story, and nothing Indian for others. Hand-tokenized text, no models.
 */
class SectorFinderTest {

  private static SectorFinder finder;

  @BeforeAll
  static void setUp() {
    finder = new SectorFinder(Universe.loadDefault());
  }

  /** Sector spans of the text's first sentence, as written text to the index's symbol. */
  private static Map<String, String> sectors(String text, String market) {
    AnnotatedText annotated = TestTexts.tokenize(text);
    SentenceView view = new SentenceView(annotated.text(), annotated.sentences().get(0));
    Map<String, String> out = new LinkedHashMap<>();
    for (Span s : finder.find(view, null, market)) {
      out.put(s.text(), s.symbol().ticker());
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "IT stocks drag the market lower|IT stocks|^CNXIT",
    "PSU banks rally on bad-loan hopes|PSU banks|^CNXPSUBANK",
    "Pharma stocks fall after the price cap|Pharma stocks|^CNXPHARMA",
    "Metal stocks gain on China stimulus|Metal stocks|^CNXMETAL",
    "Auto stocks slip on weak sales|Auto stocks|^CNXAUTO",
    "FMCG stocks advance on rural demand|FMCG stocks|^CNXFMCG",
    "Realty stocks surge after the rate cut|Realty stocks|^CNXREALTY",
    "Bank stocks lead the gains|Bank stocks|^NSEBANK",
    "Banks rose while metals fell|Banks|^NSEBANK"
  })
  void indianSectorPhrasesNameTheNiftySectorIndex(String text, String phrase, String ticker) {
    assertThat(sectors(text, "India")).containsEntry(phrase, ticker);
  }

  @Test
  void theSameWordsInAnotherMarketsStoryNameNoIndianIndex() {
    assertThat(sectors("Pharma stocks fall after the price cap", "United States")).isEmpty();
    assertThat(sectors("PSU banks rally on bad-loan hopes", "United States")).isEmpty();
    assertThat(sectors("Tech stocks rose and banks fell", "United States"))
        .containsEntry("Tech stocks", "^SP500-45").hasSize(1);
    assertThat(sectors("Indian IT stocks rose on the weak rupee", "United States"))
        .containsEntry("Indian IT stocks", "^CNXIT");
  }

  @Test
  void thePronounTheLoneBankAndAnIndexsOwnNameAreNoSector() {
    assertThat(sectors("It rose 2% as tech gained", "India")).doesNotContainKey("It");
    assertThat(sectors("The bank rose 2% on Monday", "India")).isEmpty();
    assertThat(sectors("The Nifty IT index fell 1%", "India")).isEmpty();
    assertThat(sectors("Bajaj Auto shares rose 2%", "India")).isEmpty();
  }
}

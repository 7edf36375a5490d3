package dev.newsimpact.golden;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsimpact.testing.CliRun;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Currency news through the real pipeline: a currency's move is a price move of its ticker (its
 * price in US dollars), in the direction of the currency; a rate quoted the other way round ("to
 * 71.25 against US dollar", rupees per dollar) is no level of that ticker.
 */
class CurrencyClaimsIT {

  private static final String TEXT = String.join("\n\n",
      "Rupee slips 12 paise to 71.25 against US dollar",
      "The Japanese yen weakened 0.4% to 151.2 per dollar on Tuesday.",
      "The euro fell 0.3% to $1.0850.",
      "The Turkish lira slumped 5% after the central bank cut rates.",
      "The dollar index rose 0.2% to 104.5.",
      "Dollar General shares rose 4% after the company raised $1.2 billion in dollar terms.");

  private static List<JsonNode> claims;
  private static List<JsonNode> mentions;

  @BeforeAll
  static void run() {
    byte[] stdin = TEXT.getBytes(UTF_8);
    claims = CliRun.run(stdin, "extract", "-").succeeded().records();
    mentions = CliRun.run(stdin, "mentions", "-").succeeded().records();
  }

  private static List<String> claimsOf(String ticker) {
    return claims.stream().filter(r -> r.path("entity").path("ticker").asText().equals(ticker))
        .map(r -> r.path("claim").path("type").asText() + " " + r.path("claim").path("value").asDouble()
            + " " + r.path("claim").path("unit").asText() + " " + r.path("claim").path("direction").asText())
        .toList();
  }

  @Test
  void theRupeeSlipsTwelvePaise() {
    assertThat(claimsOf("INRUSD=X")).containsExactly("price_move -0.12 INR down");
    assertThat(claims).filteredOn(r -> r.path("entity").path("ticker").asText().equals("INRUSD=X"))
        .allSatisfy(r -> {
          assertThat(r.path("entity").path("kind").asText()).isEqualTo("currency");
          assertThat(r.path("entity").path("exchange").isNull()).isTrue();
          assertThat(r.path("sentiment").path("label").asText()).isEqualTo("negative");
        });
  }

  @Test
  void movesInPercentAndLevelsInDollars() {
    assertThat(claimsOf("JPYUSD=X")).containsExactly("price_move -0.4 percent down");
    assertThat(claimsOf("EURUSD=X"))
        .containsExactlyInAnyOrder("price_move -0.3 percent down", "price_level 1.085 USD null");
    assertThat(claimsOf("TRYUSD=X")).containsExactly("price_move -5.0 percent down");
    assertThat(claimsOf("DX-Y.NYB"))
        .containsExactlyInAnyOrder("price_move 0.2 percent up", "price_level 104.5 points null");
  }

  @Test
  void moneyWordsOfACompanyAreNoCurrency() {
    assertThat(claimsOf("DG")).contains("price_move 4.0 percent up");
    assertThat(mentions).noneSatisfy(r -> {
      assertThat(r.path("entity").path("kind").asText()).isEqualTo("currency");
      assertThat(r.path("evidence").path("sentence").asText()).startsWith("Dollar General");
    });
  }

  /** The dollar the rupee slipped against gained: the other side of the move, not a reading of words. */
  @Test
  void theCurrencyQuotedAgainstTakesTheOtherSide() {
    assertThat(mentions).filteredOn(r -> r.path("evidence").path("sentence").asText()
            .startsWith("Rupee slips"))
        .extracting(r -> r.path("entity").path("ticker").asText() + " "
            + r.path("sentiment").path("label").asText())
        .containsExactly("INRUSD=X negative", "DX-Y.NYB positive");
  }
}

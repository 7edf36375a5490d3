package dev.newsimpact.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.claim.Direction;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentimentScorerTest {

  private final RuleSentimentScorer scorer = new RuleSentimentScorer();
  private final Mention micron = new Mention(0, 0, 1, 0, 6, "Micron",
      new Security("MU", "Micron Technology", SecurityKind.EQUITY, "XNAS", "US"), 0.9);

  private Claim move(Direction direction, double value) {
    return new Claim(ClaimType.PRICE_MOVE, "price", value, null, "percent", direction, null, null,
        "Micron fell", micron, 0, 1);
  }

  @Test
  void aFallIsBadNewsForHoldersAndBiggerFallsAreWorse() {
    Sentiment small = scorer.forClaim(move(Direction.DOWN, -1));
    Sentiment large = scorer.forClaim(move(Direction.DOWN, -14));
    assertThat(small.label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(large.score()).isLessThan(small.score());
    assertThat(scorer.forClaim(move(Direction.UP, 9)).label()).isEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void scoresMentionsFromCueWordsWithNegation() {
    assertThat(scorer.forMention(micron, sentence("Micron faces a class-action lawsuit")).label())
        .isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(scorer.forMention(micron, sentence("Micron beat expectations")).label())
        .isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(scorer.forMention(micron, sentence("Micron did not miss expectations")).label())
        .isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(scorer.forMention(micron, sentence("Micron is based in Boise")).label())
        .isEqualTo(Sentiment.Label.NEUTRAL);
  }

  private static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String word : text.split(" ")) {
      tokens.add(new Token(tokens.size(), word, offset, offset + word.length(), null, null, null));
      offset += word.length() + 1;
    }
    return new Sentence(0, 0, text.length(), text, tokens, List.of(), false, false);
  }
}

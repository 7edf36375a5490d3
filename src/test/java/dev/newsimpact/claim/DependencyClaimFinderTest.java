package dev.newsimpact.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyClaimFinderTest {

  private final DependencyClaimFinder finder = new DependencyClaimFinder();

  private List<Claim> find(Sentence sentence, Mention... mentions) {
    return finder.find(new AnnotatedText(sentence.text(), List.of(sentence)), List.of(mentions));
  }

  @Test
  void attachesAFigureToTheSubjectOfItsMoveVerb() {
    Sentence s = Sentences.parsed(0, 0, "SK/NNP Hynix/NNP plunging/VBG/plunge 14/CD %/NN",
        "2 nsubj 1", "1 compound 0", "2 obj 4", "4 nummod 3");
    List<Claim> claims = find(s, Sentences.mention(s, 0, 2, "000660.KS", SecurityKind.EQUITY));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(ClaimType.PRICE_MOVE);
      assertThat(c.value()).isEqualTo(-14.0);
      assertThat(c.unit()).isEqualTo("percent");
      assertThat(c.direction()).isEqualTo(Direction.DOWN);
      assertThat(c.qualifier()).isNull();
      assertThat(c.text()).isEqualTo("SK Hynix plunging 14 %");
    });
  }

  @Test
  void pairsListsWrittenWithRespectively() {
    Sentence s = Sentences.parsed(0, 0,
        "Pfizer/NNP and/CC Merck/NNP fell/VBD/fall 3.1/CD %/NN and/CC 2/CD %/NN ,/, respectively/RB",
        "3 nsubj 0", "3 nsubj 2", "0 conj:and 2", "3 obj 5", "5 nummod 4", "5 conj:and 8",
        "3 obj 8", "8 nummod 7", "3 advmod 10");
    List<Claim> claims = find(s, Sentences.mention(s, 0, 1, "PFE", SecurityKind.EQUITY),
        Sentences.mention(s, 2, 3, "MRK", SecurityKind.EQUITY));
    assertThat(claims).extracting(c -> c.entity().security().ticker() + " " + c.value())
        .containsExactly("PFE -3.1", "MRK -2.0");
  }

  @Test
  void readsHedgeAndPeriod() {
    Sentence s = Sentences.parsed(0, 0,
        "The/DT ETF/NN fell/VBD/fall over/IN 5/CD %/NN on/IN Tuesday/NNP",
        "2 nsubj 1", "1 det 0", "2 obl:over 5", "5 case 3", "5 nummod 4", "2 obl:on 7",
        "7 case 6");
    List<Claim> claims = find(s, Sentences.mention(s, 1, 2, "SMH", SecurityKind.ETF));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.qualifier()).isEqualTo(Qualifier.MORE_THAN);
      assertThat(c.period()).isEqualTo("Tuesday");
    });
  }

  @Test
  void resolvesTheFundToTheLastFundNamed() {
    Sentence first = Sentences.parsed(0, 0, "SMH/NNP is/VBZ/be an/DT ETF/NN", "3 nsubj 0");
    Sentence second = Sentences.parsed(1, 20, "The/DT fund/NN rose/VBD/rise 2/CD %/NN",
        "2 nsubj 1", "1 det 0", "2 obj 4", "4 nummod 3");
    Mention smh = Sentences.mention(first, 0, 1, "SMH", SecurityKind.ETF);
    List<Claim> claims = finder.find(
        new AnnotatedText("", List.of(first, second)), List.of(smh));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.entity()).isEqualTo(smh);
      assertThat(c.value()).isEqualTo(2.0);
      assertThat(c.sentence()).isEqualTo(1);
    });
  }

  @Test
  void hypotheticalsAreNoClaimsAndRevenueIsAFigure() {
    Sentence could = Sentences.parsed(0, 0, "Tesla/NNP could/MD drop/VB 20/CD %/NN",
        "2 nsubj 0", "2 aux 1", "2 obj 4", "4 nummod 3");
    assertThat(find(could, Sentences.mention(could, 0, 1, "TSLA", SecurityKind.EQUITY))).isEmpty();
    Sentence revenue = Sentences.parsed(0, 0,
        "Tesla/NNP 's/POS revenue/NN rose/VBD/rise 5/CD %/NN",
        "3 nsubj 2", "2 nmod:poss 0", "3 obj 5", "5 nummod 4");
    assertThat(find(revenue, Sentences.mention(revenue, 0, 1, "TSLA", SecurityKind.EQUITY)))
        .singleElement().satisfies(c -> {
          assertThat(c.type()).isEqualTo(ClaimType.FIGURE);
          assertThat(c.metric()).isEqualTo("revenue");
          assertThat(c.value()).isEqualTo(5.0);
          assertThat(c.direction()).isEqualTo(Direction.UP);
        });
  }

  @Test
  void aDirectionWithoutAFigureIsNoClaim() {
    Sentence s = Sentences.parsed(0, 0, "Shares/NNS of/IN Boeing/NNP fell/VBD/fall",
        "3 nsubj 0", "0 nmod:of 2");
    assertThat(find(s, Sentences.mention(s, 2, 3, "BA", SecurityKind.EQUITY))).isEmpty();
  }
}

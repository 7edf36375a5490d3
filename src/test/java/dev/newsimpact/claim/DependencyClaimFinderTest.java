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

  @Test
  void aRangeIsOneClaimPerNameWithBothEnds() {
    Sentence s = Sentences.parsed(0, 0,
        "Zscaler/NNP and/CC SentinelOne/NNP fell/VBD/fall between/IN 2/CD %/NN and/CC 11/CD %/NN",
        "3 nsubj 0", "3 nsubj 2", "0 conj:and 2", "3 obl:between 6", "6 nummod 5",
        "6 conj:and 9", "9 nummod 8");
    List<Claim> claims = find(s, Sentences.mention(s, 0, 1, "ZS", SecurityKind.EQUITY),
        Sentences.mention(s, 2, 3, "S", SecurityKind.EQUITY));
    assertThat(claims).extracting(c -> c.entity().security().ticker() + " " + c.value() + ".." + c.valueTo())
        .containsExactly("ZS -2.0..-11.0", "S -2.0..-11.0");
  }

  @Test
  void aRestatedFigureSharesTheMoveWordAndTheGroup() {
    // "Brent fell 2 cents, or 0.02%": the parser hangs the percentage off the verb's clause
    Sentence s = Sentences.parsed(0, 0,
        "Brent/NNP fell/VBD/fall 2/CD cents/NNS ,/, or/CC 0.02/CD %/NN",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 conj:or 7", "7 nummod 6");
    List<Claim> claims = find(s, Sentences.mention(s, 0, 1, "BZ=F", SecurityKind.COMMODITY));
    assertThat(claims).extracting(c -> c.value() + " " + c.unit())
        .containsExactlyInAnyOrder("-0.02 USD", "-0.02 percent");
    assertThat(claims).extracting(Claim::group).containsOnly(claims.get(0).group());
  }

  @Test
  void aGappedListTakesTheLeftOutVerb() {
    Sentence s = Sentences.parsed(0, 0,
        "The/DT Nasdaq/NNP added/VBD/add 3.3/CD %/NN ,/, the/DT Dow/NNP 2.4/CD %/NN",
        "2 nsubj 1", "2 obj 4", "4 nummod 3", "2 dep 7", "7 dep 9", "9 nummod 8");
    List<Claim> claims = find(s, Sentences.mention(s, 1, 2, "^IXIC", SecurityKind.INDEX),
        Sentences.mention(s, 7, 8, "^DJI", SecurityKind.INDEX));
    assertThat(claims).extracting(c -> c.entity().security().ticker() + " " + c.value())
        .containsExactly("^IXIC 3.3", "^DJI 2.4");
  }

  @Test
  void upOrOffBesideTheFigureGivesTheDirection() {
    // "Its shares were last up around 2.5%": parsers often hang "up" off the number
    Sentence first = Sentences.parsed(0, 0, "Bank/NNP of/IN America/NNP beat/VBD estimates/NNS",
        "3 nsubj 0");
    Sentence s = Sentences.parsed(1, 40, "Its/PRP$ shares/NNS were/VBD/be last/JJ up/RB around/RB 2.5/CD %/NN",
        "1 nmod:poss 0", "3 nsubj 1", "3 cop 2", "3 dep 7", "6 dep 4", "6 advmod 5", "7 nummod 6");
    Mention bank = Sentences.mention(first, 0, 3, "BAC", SecurityKind.EQUITY);
    List<Claim> claims = finder.find(new AnnotatedText("", List.of(first, s)), List.of(bank));
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.entity()).isEqualTo(bank);
      assertThat(c.value()).isEqualTo(2.5);
      assertThat(c.qualifier()).isEqualTo(Qualifier.ABOUT);
    });
    Sentence off = Sentences.parsed(0, 0, "Goldman/NNP Sachs/NNP off/RB 2.4/CD %/NN",
        "4 nummod 3", "1 compound 0", "4 dep 1", "4 advmod 2");
    assertThat(find(off, Sentences.mention(off, 0, 2, "GS", SecurityKind.EQUITY)))
        .singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(-2.4));
  }

  @Test
  void aLevelAfterAtOrToIsAPriceLevelNotAMove() {
    Sentence s = Sentences.parsed(0, 0, "The/DT Nikkei/NNP closed/VBD/close at/IN 38,120.5/CD",
        "2 nsubj 1", "2 obl:at 4", "4 case 3");
    assertThat(find(s, Sentences.mention(s, 1, 2, "^N225", SecurityKind.INDEX))).singleElement()
        .satisfies(c -> {
          assertThat(c.type()).isEqualTo(ClaimType.PRICE_LEVEL);
          assertThat(c.value()).isEqualTo(38120.5);
          assertThat(c.unit()).isEqualTo("points");
        });
  }

  @Test
  void statisticsAndAmountsInBillionsAreNotPriceMoves() {
    Sentence s = Sentences.parsed(0, 0, "the/DT median/JJ decline/NN of/IN 24/CD %/NN for/IN SPX/NNP",
        "2 amod 1", "2 nmod:of 5", "5 nummod 4", "2 nmod:for 7");
    assertThat(find(s, Sentences.mention(s, 7, 8, "^GSPC", SecurityKind.INDEX))).isEmpty();
  }
}

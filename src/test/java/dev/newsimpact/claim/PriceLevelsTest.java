package dev.newsimpact.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who stood at a level, when the parse hangs the level on another clause's verb. */
class PriceLevelsTest {

  private final DependencyClaimFinder finder = new DependencyClaimFinder();

  private List<String> claims(Sentence s, Mention... mentions) {
    return finder.find(new AnnotatedText(s.text(), List.of(s)), List.of(mentions)).stream()
        .map(c -> c.type() + " " + c.entity().security().ticker() + " " + c.value())
        .toList();
  }

  private static Mention commodity(Sentence s, int first, int end, String ticker) {
    return Sentences.mention(s, first, end, ticker, SecurityKind.COMMODITY);
  }

  @Test
  void aLevelAfterAMoveIsTheMoversAndStandingAtOneIsTheNameBefore() {
    // CoreNLP's parse: "$ 29.67" a dep of "climbed", "palladium" a conjunct of "$ 1,001.65"
    Sentence s = Sentences.parsed(0, 0,
        "silver/NN gained/VBD/gain 1.1/CD %/NN to/IN $/$ 29.67/CD ,/, platinum/NN climbed/VBD/climb"
            + " 0.6/CD %/NN to/IN $/$ 1,001.65/CD and/CC palladium/NN was/VBD/be steady/JJ at/IN"
            + " $/$ 968.50/CD",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 advmod 4", "9 dep 5", "9 dep 6", "9 nsubj 8",
        "4 dep 9", "9 obj 11", "11 nummod 10", "18 mark 12", "18 nsubj 13", "13 nummod 14",
        "13 conj:and 16", "18 nsubj 16", "18 cop 17", "9 advcl:to 18", "18 obl:at 20",
        "20 case 19", "20 nummod 21");
    assertThat(claims(s, commodity(s, 0, 1, "SI=F"), commodity(s, 8, 9, "PL=F"),
        commodity(s, 16, 17, "PA=F")))
        .contains("PRICE_LEVEL SI=F 29.67", "PRICE_LEVEL PL=F 1001.65", "PRICE_LEVEL PA=F 968.5")
        .doesNotContain("PRICE_LEVEL PL=F 29.67", "PRICE_LEVEL PL=F 968.5");
  }

  @Test
  void aMoveWordAfterTheRestatedFigureServesBoth() {
    Sentence s = Sentences.parsed(0, 0,
        "The/DT Topix/NNP finished/VBD/finish 20.12/CD points/NNS ,/, or/CC 0.73/CD percent/NN ,/,"
            + " lower/JJR at/IN 2,720.45/CD",
        "2 nsubj 1", "2 obj 4", "4 nummod 3", "4 conj:or 8", "8 nummod 7", "4 amod 10",
        "10 obl:at 12", "12 case 11");
    assertThat(claims(s, Sentences.mention(s, 1, 2, "^TOPX", SecurityKind.INDEX)))
        .contains("PRICE_MOVE ^TOPX -20.12", "PRICE_MOVE ^TOPX -0.73", "PRICE_LEVEL ^TOPX 2720.45");
  }

  @Test
  void aReutersCodeAndTheLevelStandBetweenANameAndItsMove() {
    // "Brent LCOc1 was last at $60.73, down 2.74% on the day", the parse giving the move to the
    // first clause's crude
    Sentence s = Sentences.parsed(0, 0,
        "crude/NN fell/VBD/fall 3.38/CD %/NN and/CC Brent/NNP LCOc1/NNP was/VBD/be last/JJ at/IN"
            + " $/$ 60.73/CD ,/, down/RB 2.74/CD %/NN",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "6 compound 5", "7 nsubj 6", "1 conj:and 7",
        "7 advmod 8", "10 case 9", "7 obl:at 10", "10 nummod 11", "1 advmod 13",
        "13 obl:npmod 15", "15 nummod 14");
    assertThat(claims(s, commodity(s, 0, 1, "CL=F"), commodity(s, 5, 6, "BZ=F")))
        .contains("PRICE_MOVE CL=F -3.38", "PRICE_MOVE BZ=F -2.74", "PRICE_LEVEL BZ=F 60.73")
        .doesNotContain("PRICE_MOVE CL=F -2.74");
  }
}

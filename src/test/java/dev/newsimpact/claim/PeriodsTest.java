package dev.newsimpact.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods the parse leaves unattached, read from the words around the figure. */
class PeriodsTest {

  private final DependencyClaimFinder finder = new DependencyClaimFinder();

  private List<String> periods(Sentence s, Mention... mentions) {
    return finder.find(new AnnotatedText(s.text(), List.of(s)), List.of(mentions)).stream()
        .filter(c -> c.type() == ClaimType.PRICE_MOVE)
        .map(c -> c.entity().security().ticker() + " " + c.period())
        .toList();
  }

  @Test
  void aTimePhraseRightAfterTheFigureIsItsPeriod() {
    // the parse hangs "year" off the percentage as a dep and the rest off "year"
    Sentence s = Sentences.parsed(0, 0,
        "Home/NNP Depot/NNP shares/NNS are/VBP/be up/IN 39/CD percent/NN year/NN -/HYPH to/IN"
            + " -/HYPH date/NN",
        "3 nsubj 2", "2 compound 0", "2 compound 1", "3 advmod 4", "4 dep 6", "6 nummod 5",
        "6 dep 7", "11 case 9", "7 nmod:to 11");
    assertThat(periods(s, Sentences.mention(s, 0, 2, "HD", SecurityKind.EQUITY)))
        .containsExactly("HD year - to - date");
    Sentence year = Sentences.parsed(0, 0,
        "GameStop/NNP skyrocketed/VBD/skyrocket 680/CD %/NN in/IN 2021/CD thanks/NNS to/IN Reddit/NNP",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 obl:in 6", "6 nummod 5", "6 case 4");
    assertThat(periods(year, Sentences.mention(year, 0, 1, "GME", SecurityKind.EQUITY)))
        .containsExactly("GME 2021");
  }

  @Test
  void aFrontedTimePhraseCoversEveryMoveOfTheSentence() {
    Sentence s = Sentences.parsed(0, 0,
        "For/IN the/DT week/NN ,/, Brent/NNP was/VBD/be up/RB 11/CD %/NN and/CC WTI/NNP up/RP"
            + " 16/CD %/NN",
        "5 obl:for 2", "2 case 0", "2 det 1", "5 nsubj 4", "5 advmod 6", "6 obl:npmod 8",
        "8 nummod 7", "5 conj:and 10", "13 dep 11", "13 nummod 12", "10 orphan 13");
    assertThat(periods(s, Sentences.mention(s, 4, 5, "BZ=F", SecurityKind.COMMODITY),
        Sentences.mention(s, 10, 11, "CL=F", SecurityKind.COMMODITY)))
        .containsExactly("BZ=F week", "CL=F week");
  }

  @Test
  void wordsAfterTheFigureThatAreNoTimePhraseGiveNoPeriod() {
    Sentence s = Sentences.parsed(0, 0,
        "Brent/NNP rose/VBD/rise 2/CD %/NN to/TO $/$ 80/CD a/DT barrel/NN",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 obl:to 5", "5 nummod 6");
    assertThat(periods(s, Sentences.mention(s, 0, 1, "BZ=F", SecurityKind.COMMODITY)))
        .containsExactly("BZ=F null");
  }

  @Test
  void aPeriodAfterTheLevelReachedIsTheMovesToo() {
    Sentence s = Sentences.parsed(0, 0,
        "Bitcoin/NNP climbed/VBD/climb 4.2/CD %/NN to/TO $/$ 67,450/CD over/IN the/DT weekend/NN",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 obl:to 5", "5 nummod 6", "5 nmod:over 9",
        "9 case 7", "9 det 8");
    assertThat(periods(s, Sentences.mention(s, 0, 1, "BTC-USD", SecurityKind.CRYPTO)))
        .containsExactly("BTC-USD weekend");
  }
}

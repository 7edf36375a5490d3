package dev.newsimpact.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names next to a move that are not what moved, and moves said against an earlier extreme. */
class WhatMovedTest {

  private final DependencyClaimFinder finder = new DependencyClaimFinder();

  private List<Claim> claims(List<Sentence> sentences, Mention... mentions) {
    return finder.find(new AnnotatedText("", sentences), List.of(mentions));
  }

  private List<String> moves(Sentence s, Mention... mentions) {
    return claims(List.of(s), mentions).stream()
        .filter(c -> c.type() == ClaimType.PRICE_MOVE)
        .map(c -> c.entity().security().ticker() + " " + c.value())
        .toList();
  }

  @Test
  void aCompanyOwningAnIndexIsItsMakerNotTheMover() {
    Sentence s = Sentences.parsed(0, 0,
        "MSCI/NNP 's/POS global/JJ stock/NN index/NN was/VBD/be down/RB 0.08/CD %/NN",
        "4 nmod:poss 0", "0 case 1", "4 amod 2", "4 compound 3", "5 nsubj 4", "5 advmod 6",
        "6 obl:npmod 8", "8 nummod 7");
    assertThat(moves(s, Sentences.mention(s, 0, 1, "MSCI", SecurityKind.EQUITY))).isEmpty();
    // nor is such an index an earlier one named again
    Sentence before = Sentences.parsed(0, 0, "The/DT Hang/NNP Seng/NNP fell/VBD/fall", "3 nsubj 2");
    Sentence after = Sentences.parsed(1, 30,
        "MSCI/NNP 's/POS index/NN for/IN currencies/NNS edged/VBD/edge 0.1/CD %/NN higher/JJR",
        "2 nmod:poss 0", "0 case 1", "2 nmod:for 4", "5 nsubj 2", "8 obl:npmod 7", "7 nummod 6",
        "5 advmod 8");
    assertThat(claims(List.of(before, after),
        Sentences.mention(before, 1, 3, "^HSI", SecurityKind.INDEX),
        Sentences.mention(after, 0, 1, "MSCI", SecurityKind.EQUITY))).isEmpty();
  }

  @Test
  void futuresOnAnIndexAreNotTheIndex() {
    Sentence s = Sentences.parsed(0, 0, "FTSE/NNP futures/NNS are/VBP/be up/RB 0.08/CD %/NN",
        "1 compound 0", "2 nsubj 1", "2 advmod 3", "3 obl:npmod 5", "5 nummod 4");
    assertThat(moves(s, Sentences.mention(s, 0, 1, "^FTSE", SecurityKind.INDEX))).isEmpty();
  }

  @Test
  void aCurrencysMoveIsAPriceMoveOfItsTicker() {
    // the universe holds currencies as their price in US dollars (INRUSD=X) and the dollar as its
    // index, so the currency's direction is the ticker's
    Sentence s = Sentences.parsed(0, 0, "The/DT dollar/NN index/NN rose/VBD/rise 0.05/CD %/NN",
        "2 compound 1", "3 nsubj 2", "3 obj 5", "5 nummod 4");
    List<Claim> found = claims(List.of(s),
        Sentences.mention(s, 1, 3, "DX-Y.NYB", SecurityKind.CURRENCY));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(ClaimType.PRICE_MOVE);
      assertThat(c.value()).isEqualTo(0.05);
      assertThat(c.unit()).isEqualTo("percent");
      assertThat(c.direction()).isEqualTo(Direction.UP);
    });
  }

  @Test
  void offItsRecordHighIsAFallFromIt() {
    Sentence s = Sentences.parsed(0, 0,
        "The/DT Nasdaq/NNP is/VBZ/be about/RB 11/CD %/NN off/IN its/PRP$ record/JJ high/NN",
        "5 nsubj 1", "5 cop 2", "4 advmod 3", "5 nummod 4", "9 case 6", "9 nmod:poss 7",
        "9 amod 8", "5 nmod:off 9");
    List<Claim> found = claims(List.of(s), Sentences.mention(s, 1, 2, "^IXIC", SecurityKind.INDEX));
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo(-11.0);
      assertThat(c.qualifier()).isEqualTo(Qualifier.ABOUT);
      assertThat(c.period()).isEqualTo("record high");
    });
    // but "25% off the regular price" is a discount
    Sentence deal = Sentences.parsed(0, 0,
        "Apple/NNP AirPods/NNPS are/VBP/be 25/CD %/NN off/IN the/DT regular/JJ price/NN",
        "1 compound 0", "4 nsubj 1", "4 cop 2", "4 nummod 3", "8 case 5", "8 det 6", "8 amod 7",
        "4 nmod:off 8");
    assertThat(moves(deal, Sentences.mention(deal, 0, 1, "AAPL", SecurityKind.EQUITY))).isEmpty();
  }

  @Test
  void aNameWrittenBeforeAnotherMoveWordIsThatMovesOnly() {
    // the parse lists both names under "down"; each is written right before its own move word
    Sentence s = Sentences.parsed(0, 0,
        "namely/RB UBS/NNP ,/, falling/VBG/fall 6/CD %/NN and/CC Logitech/NNP ,/, down/RB 3.5/CD %/NN",
        "1 advmod 0", "1 acl 3", "3 obj 5", "5 nummod 4", "1 conj:and 7", "9 obl:npmod 11",
        "11 nummod 10", "7 amod 9");
    assertThat(moves(s, Sentences.mention(s, 1, 2, "UBSG.SW", SecurityKind.EQUITY),
        Sentences.mention(s, 7, 8, "LOGN.SW", SecurityKind.EQUITY)))
        .containsExactly("UBSG.SW -6.0", "LOGN.SW -3.5");
  }

  @Test
  void aPossessiveWithItsNounLeftOutIsNotTheCompanysShares() {
    // "KKR's fell 11%" after a sentence on distributable earnings
    Sentence s = Sentences.parsed(0, 0, "KKR/NNP 's/POS fell/VBD/fall 11/CD %/NN",
        "2 nsubj 0", "0 case 1", "2 obj 4", "4 nummod 3");
    assertThat(moves(s, Sentences.mention(s, 0, 1, "KKR", SecurityKind.EQUITY))).isEmpty();
  }

  @Test
  void anAverageIsHistoryNotAMove() {
    Sentence s = Sentences.parsed(0, 0,
        "LPL/NNP says/VBZ/say that/IN ,/, on/IN average/NN ,/, the/DT S&P/NNP 500/CD has/VBZ/have"
            + " gained/VBN/gain 2.5/CD %/NN in/IN July/NNP",
        "1 nsubj 0", "1 ccomp 11", "11 nsubj 8", "8 nummod 9", "11 aux 10", "11 obj 13",
        "13 nummod 12", "11 obl:in 15", "5 case 4", "1 obl:on 5");
    assertThat(moves(s, Sentences.mention(s, 8, 10, "^GSPC", SecurityKind.INDEX))).isEmpty();
  }

  @Test
  void aLevelPassedIsNoMove() {
    Sentence s = Sentences.parsed(0, 0, "Bitcoin/NNP fell/VBD/fall below/IN $/$ 60,000/CD",
        "1 nsubj 0", "1 obl:below 3", "3 case 2", "3 nummod 4");
    assertThat(claims(List.of(s), Sentences.mention(s, 0, 1, "BTC-USD", SecurityKind.CRYPTO)))
        .isEmpty();
  }

  @Test
  void anInfinitiveClauseMovesTheSubjectOfTheVerbItCompletes() {
    // the parse makes "losses" the subject of "close"
    Sentence s = Sentences.parsed(0, 0,
        "Meta/NNP fell/VBD/fall 4.2/CD %/NN before/IN paring/VBG/pare losses/NNS to/TO close/VB"
            + " down/RP 1.5/CD %/NN",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "8 mark 4", "6 amod 5", "8 nsubj 6", "8 mark 7",
        "1 advcl:to 8", "11 dep 9", "11 nummod 10", "8 advmod 11");
    assertThat(moves(s, Sentences.mention(s, 0, 1, "META", SecurityKind.EQUITY)))
        .containsExactly("META -4.2", "META -1.5");
  }

  @Test
  void aForecastVerbsObjectRisingIsNoMove() {
    Sentence s = Sentences.parsed(0, 0,
        "Goldman/NNP sees/VBZ/see the/DT S&P/NNP 500/CD rising/VBG/rise 10/CD %/NN by/IN"
            + " year-end/NN",
        "1 nsubj 0", "1 obj 3", "3 det 2", "3 nummod 4", "3 acl 5", "5 obj 7", "7 nummod 6",
        "5 obl:by 9", "9 case 8");
    assertThat(moves(s, Sentences.mention(s, 3, 5, "^GSPC", SecurityKind.INDEX))).isEmpty();
  }

  @Test
  void aStocksPointsAddedToAnIndexAreItsContribution() {
    Sentence s = Sentences.parsed(0, 0,
        "Nvidia/NNP added/VBD/add 42/CD points/NNS to/TO the/DT Nasdaq/NNP 100/CD",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 obl:to 6", "6 case 4", "6 det 5", "6 nummod 7");
    assertThat(claims(List.of(s), Sentences.mention(s, 0, 1, "NVDA", SecurityKind.EQUITY),
        Sentences.mention(s, 6, 8, "^NDX", SecurityKind.INDEX)))
        .singleElement().satisfies(c -> {
          assertThat(c.type()).isEqualTo(ClaimType.FIGURE);
          assertThat(c.metric()).isEqualTo("index_contribution");
        });
  }
}

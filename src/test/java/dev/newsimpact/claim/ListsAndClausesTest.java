package dev.newsimpact.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of moves and clauses the parser misreads. The edges are the ones CoreNLP gave for these
 * sentences (cut to the words that matter), so each test shows a slip the rules must survive.
 */
class ListsAndClausesTest {

  private final DependencyClaimFinder finder = new DependencyClaimFinder();

  private List<String> moves(Sentence sentence, Mention... mentions) {
    return finder.find(new AnnotatedText(sentence.text(), List.of(sentence)), List.of(mentions))
        .stream()
        .filter(c -> c.type() == ClaimType.PRICE_MOVE)
        .map(c -> c.entity().security().ticker() + " " + c.value()
            + (c.valueTo() == null ? "" : ".." + c.valueTo()))
        .toList();
  }

  private static Mention equity(Sentence s, int first, int end, String ticker) {
    return Sentences.mention(s, first, end, ticker, SecurityKind.EQUITY);
  }

  @Test
  void aWithClauseMovesItsOwnName() {
    // the parser hangs "up 2.5%" off "rose", whose subject is the index
    Sentence s = Sentences.parsed(0, 0,
        "The/DT Nifty/NNP rose/VBD/rise 1.1/CD %/NN ,/, with/IN Tata/NNP Motors/NNPS up/IN 2.5/CD %/NN",
        "2 nsubj 1", "1 det 0", "2 obj 4", "4 nummod 3", "2 obl:with 8", "8 case 6",
        "8 compound 7", "11 case 9", "11 nummod 10", "2 advmod 11");
    assertThat(moves(s, Sentences.mention(s, 1, 2, "^NSEI", SecurityKind.INDEX),
        equity(s, 7, 9, "TATAMOTORS.NS")))
        .containsExactly("^NSEI 1.1", "TATAMOTORS.NS 2.5");
  }

  @Test
  void aRelativeClauseBetweenNameAndMoveIsSkipped() {
    Sentence s = Sentences.parsed(0, 0,
        "Shares/NNS of/IN Tower/NNP Semiconductor/NNP ,/, which/WDT agreed/VBD/agree to/TO sell/VB"
            + " itself/PRP to/IN Intel/NNP ,/, were/VBD/be down/RB 4/CD %/NN",
        "0 nmod:of 3", "3 case 1", "3 compound 2", "3 acl:relcl 6", "6 xcomp 8", "8 obl:to 11",
        "11 dep 13", "13 advmod 14", "14 obl:npmod 16", "16 nummod 15");
    assertThat(moves(s, equity(s, 2, 4, "TSEM"), equity(s, 11, 12, "INTC")))
        .containsExactly("TSEM -4.0");
  }

  @Test
  void aNameListedAfterTheFigureKeepsItsOwnMove() {
    Sentence s = Sentences.parsed(0, 0,
        "with/IN Affirm/NNP down/RB more/JJR than/IN 75/CD %/NN and/CC Zip/NNP down/RB 79/CD %/NN",
        "1 case 0", "1 conj:and 8", "2 obl:npmod 6", "1 advmod 2", "6 nummod 5", "5 advmod 3",
        "3 fixed 4", "8 advmod 9", "9 obl:npmod 11", "11 nummod 10");
    assertThat(moves(s, equity(s, 1, 2, "AFRM"), equity(s, 8, 9, "ZIP.AX")))
        .containsExactly("AFRM -75.0", "ZIP.AX -79.0");
  }

  @Test
  void namesTheParserJoinedIntoOneAreStillAList() {
    Sentence s = Sentences.parsed(0, 0,
        "Chinese/JJ bluechips/NNS and/CC Hong/NNP Kong/NNP stocks/NNS gained/VBD/gain 1.2/CD %/NN"
            + " and/CC 2.4/CD %/NN respectively/RB",
        "1 amod 0", "5 compound 1", "4 cc 2", "4 compound 3", "1 conj:and 4", "5 compound 4",
        "6 nsubj 5", "6 obj 8", "8 nummod 7", "6 obj 11", "8 conj:and 11", "11 nummod 10",
        "6 advmod 12");
    assertThat(moves(s, Sentences.mention(s, 0, 2, "000300.SS", SecurityKind.INDEX),
        Sentences.mention(s, 3, 6, "^HSI", SecurityKind.INDEX)))
        .containsExactly("000300.SS 1.2", "^HSI 2.4");
    // but a maker's name before a product's is one name: "CME e-mini Nasdaq 100 futures"
    Sentence futures = Sentences.parsed(0, 0,
        "CME/NNP e-mini/NN Nasdaq/NNP 100/CD futures/NNS are/VBP/be off/RB 2/CD %/NN",
        "4 compound 0", "4 compound 1", "4 compound 2", "2 nummod 3", "6 nsubj 4", "6 cop 5",
        "6 obl:npmod 8", "8 nummod 7");
    assertThat(moves(futures, equity(futures, 0, 1, "CME"),
        Sentences.mention(futures, 2, 5, "NQ=F", SecurityKind.OTHER)))
        .containsExactly("NQ=F -2.0");
  }

  @Test
  void sharesOfAGroupIncludingNamesMoveEachName() {
    Sentence s = Sentences.parsed(0, 0,
        "Shares/NNS of/IN solar/JJ providers/NNS ,/, including/VBG Sunrun/NNP and/CC SunPower/NNP"
            + " ,/, closed/VBD/close 20/CD %/NN to/IN 27/CD %/NN higher/JJR",
        "10 nsubj 0", "0 nmod:of 3", "3 case 1", "3 amod 2", "3 nmod:including 6", "6 case 5",
        "6 conj:and 8", "3 nmod:including 8", "10 obj 12", "12 nummod 11", "16 obl:npmod 15",
        "15 nummod 14", "10 advcl:to 16");
    assertThat(moves(s, equity(s, 6, 7, "RUN"), equity(s, 8, 9, "SPWR")))
        .containsExactly("RUN 20.0..27.0", "SPWR 20.0..27.0");
  }

  @Test
  void theMoveVerbWrittenBeforeTheFigureIsItsOwn() {
    // the parser hangs "over 2%" off the next clause's verb
    Sentence s = Sentences.parsed(0, 0,
        "Qualcomm/NNP added/VBD/add over/IN 2/CD %/NN and/CC Micron/NNP climbed/VBD/climb 1.5/CD %/NN",
        "1 nsubj 0", "4 case 2", "4 nummod 3", "7 obl:over 4", "7 nsubj 6", "1 ccomp 7",
        "7 obj 9", "9 nummod 8");
    assertThat(moves(s, equity(s, 0, 1, "QCOM"), equity(s, 6, 7, "MU")))
        .containsExactly("QCOM 2.0", "MU 1.5");
  }

  @Test
  void namesListedBeforeTheSubjectAndAGappedNameAfterTheFigureMoveToo() {
    // "Ford rose 2.2%, GM and Stellantis gained more than 1%, Rivian 4.5 percent": the parse makes
    // GM a conjunct of "rose" and lends "gained" to Rivian's figure
    Sentence s = Sentences.parsed(0, 0,
        "Ford/NNP rose/VBD/rise 2.2/CD %/NN ,/, GM/NNP and/CC Stellantis/NNP gained/VBD/gain"
            + " 1/CD %/NN ,/, Rivian/NNP 4.5/CD percent/NN",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 conj:and 5", "8 nsubj 7", "1 conj:and 8",
        "8 obj 10", "10 nummod 9", "14 compound 12", "14 nummod 13", "8 obl:npmod 14");
    assertThat(moves(s, equity(s, 0, 1, "F"), equity(s, 5, 6, "GM"), equity(s, 7, 8, "STLA"),
        equity(s, 12, 13, "RIVN")))
        .containsExactly("F 2.2", "GM 1.0", "STLA 1.0", "RIVN 4.5");
  }

  @Test
  void aBrokersPriceTargetIsNeitherItsLevelNorItsMove() {
    Sentence s = Sentences.parsed(0, 0,
        "Goldman/NNP raised/VBD/raise its/PRP$ price/NN target/NN on/IN Nvidia/NNP to/TO $/$ 150/CD",
        "1 nsubj 0", "1 obj 4", "4 nmod:poss 2", "4 compound 3", "4 nmod:on 6", "6 case 5",
        "1 obl:to 8", "8 case 7", "8 nummod 9");
    List<Claim> claims = finder.find(new AnnotatedText(s.text(), List.of(s)),
        List.of(equity(s, 0, 1, "GS"), equity(s, 6, 7, "NVDA")));
    assertThat(claims).allSatisfy(c -> assertThat(c.type()).isEqualTo(ClaimType.FIGURE));
    assertThat(claims).extracting(c -> c.entity().security().ticker() + " " + c.metric())
        .containsOnly("NVDA price_target");
  }

  @Test
  void aFigureContinuingAMoveAfterACommaTakesItsMoveWordAndItsOwnPeriod() {
    Sentence s = Sentences.parsed(0, 0,
        "the/DT S&P/NNP 500/CD close/JJ down/IN 4/CD %/NN on/IN the/DT day/NN ,/, 17.7/CD %/NN"
            + " for/IN the/DT year-to-date/NN",
        "3 nsubj 1", "1 nummod 2", "6 case 4", "6 nummod 5", "3 obl:down 6", "9 case 7",
        "9 det 8", "3 obl:on 9", "12 nummod 11", "3 dep 12", "15 dep 13", "15 det 14",
        "12 dep 15");
    List<Claim> claims = finder.find(new AnnotatedText(s.text(), List.of(s)),
        List.of(Sentences.mention(s, 1, 3, "^GSPC", SecurityKind.INDEX)));
    assertThat(claims).extracting(c -> c.value() + " " + c.period())
        .containsExactly("-4.0 day", "-17.7 year-to-date");
  }

  @Test
  void aMoveNounAfterAnEarlierMoveIsItsMovers() {
    // "was up 0.4% at $85.57 after a 7.6% decline last week": the parse hangs the decline on
    // the level
    Sentence s = Sentences.parsed(0, 0,
        "WTI/NNP was/VBD/be up/RB 0.4/CD %/NN at/IN $/$ 85.57/CD after/IN a/DT 7.6/CD %/NN"
            + " decline/NN last/JJ week/NN",
        "1 nsubj 0", "1 advmod 2", "2 obl:npmod 4", "4 nummod 3", "4 dep 5", "5 dep 6",
        "6 dep 7", "12 case 8", "12 det 9", "11 nummod 10", "12 compound 11", "7 nmod:after 12",
        "14 amod 13", "12 obl:tmod 14");
    assertThat(moves(s, Sentences.mention(s, 0, 1, "CL=F", SecurityKind.COMMODITY)))
        .containsExactly("CL=F 0.4", "CL=F -7.6");
  }

  @Test
  void liftingItsSharesIsARiseOfThem() {
    Sentence first = Sentences.parsed(0, 0, "Tencent/NNP Music/NNP posted/VBD/post growth/NN",
        "2 nsubj 1", "1 compound 0", "2 obj 3");
    Sentence s = Sentences.parsed(1, 40,
        "It/PRP said/VBD/say so/RB ,/, lifting/VBG/lift its/PRP$ shares/NNS 2/CD %/NN",
        "1 nsubj 0", "1 advmod 2", "1 advcl 4", "4 obj 6", "6 nmod:poss 5", "4 obl:npmod 8",
        "8 nummod 7");
    Mention tme = Sentences.mention(first, 0, 2, "TME", SecurityKind.EQUITY);
    assertThat(finder.find(new AnnotatedText("", List.of(first, s)), List.of(tme)))
        .singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(2.0));
  }

  @Test
  void aGappedClauseWithAnUnlinkedMoverIsNotTheFirstNamesMove() {
    Sentence s = Sentences.parsed(0, 0,
        "Apple/NNP rose/VBD/rise 2/CD %/NN ,/, and/CC the/DT broader/JJR market/NN 1/CD %/NN",
        "1 nsubj 0", "1 obj 3", "3 nummod 2", "1 conj:and 8", "8 det 6", "8 amod 7",
        "8 dep 10", "10 nummod 9");
    assertThat(moves(s, equity(s, 0, 1, "AAPL"))).containsExactly("AAPL 2.0");
  }
}

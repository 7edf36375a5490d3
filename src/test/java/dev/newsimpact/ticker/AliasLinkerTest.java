package dev.newsimpact.ticker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.AnnotatedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Linking on hand-tokenized text: no models are loaded. */
class AliasLinkerTest {

  private static AliasLinker linker;

  @BeforeAll
  static void setUp() {
    linker = TestTexts.linker();
  }

  private static List<Mention> link(String text) {
    return linker.link(TestTexts.tokenize(text));
  }

  /** Mention text to ticker, for compact assertions. */
  private static Map<String, String> links(String text) {
    return TestTexts.links(linker, text);
  }

  private static String sampleBody() throws IOException {
    String text = Files.readString(Path.of("samples/meta-sells-compute-chip-slump.txt"), StandardCharsets.UTF_8);
    return text.substring(text.indexOf("#MetaSellsComputeTriggersChipSlump"));
  }

  @Test
  void foundingSampleLinksEverySecurityItMoves() throws IOException {
    List<Mention> mentions = link(sampleBody());
    Map<String, Set<String>> byText = mentions.stream().collect(Collectors.groupingBy(
        Mention::text, Collectors.mapping(m -> m.security().ticker(), Collectors.toSet())));
    assertThat(byText).containsEntry("Kospi", Set.of("^KS11"))
        .containsEntry("SK Hynix", Set.of("000660.KS"))
        .containsEntry("Samsung Electronics", Set.of("005930.KS"))
        .containsEntry("Micron Technology", Set.of("MU"))
        .containsEntry("Micron", Set.of("MU"))
        .containsEntry("Sandisk", Set.of("SNDK"))
        .containsEntry("VanEck Semiconductor ETF", Set.of("SMH"))
        .containsEntry("SMH", Set.of("SMH"))
        .containsEntry("Meta Platforms", Set.of("META"))
        .containsEntry("Meta", Set.of("META"));
    String body = sampleBody();
    int possessive = body.indexOf("Meta's compute capacity");
    assertThat(mentions).anySatisfy(m -> {
      assertThat(m.begin()).isEqualTo(possessive);
      assertThat(m.text()).isEqualTo("Meta");
    });
    Set<String> allowed = Set.of("^KS11", "000660.KS", "005930.KS", "MU", "SNDK", "SMH", "META",
        "AMZN", "GOOGL", "MSFT", "NVDA");
    assertThat(mentions).allSatisfy(m -> assertThat(allowed).contains(m.security().ticker()));
    assertThat(byText.keySet()).doesNotContain("AI", "GPUs", "Q3", "CEO", "DRAM", "Bloomberg",
        "Mark Zuckerberg", "Zuckerberg", "Korea Exchange", "SpaceX", "Gate", "Bedrock");
  }

  @Test
  void mentionsAreOrderedAndDoNotOverlap() throws IOException {
    List<Mention> mentions = link(sampleBody());
    for (int i = 1; i < mentions.size(); i++) {
      assertThat(mentions.get(i).begin()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
    }
    assertThat(mentions).allSatisfy(m -> assertThat(m.confidence()).isBetween(0.5, 1.0));
  }

  @Test
  void sameInputSameLinks() throws IOException {
    assertThat(link(sampleBody())).isEqualTo(link(sampleBody()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The Lakers beat the Celtics 112-104 on Sunday, and the rookie won gold at the national games"
          + " last summer. The coach said the team would target the playoffs.",
      "Peel and slice the apple, brush the tart with melted butter and finish it with gold leaf."
          + " Add a pinch of sugar and a splash of olive oil, then bake for 40 minutes.",
      "The spy agency said it had detected a network of agents. Officials declined to comment on"
          + " the net effect, and it is not clear whether all of them were on the same team.",
      "Block the afternoon for a walk. Target your core with planks, and mind the gap between"
          + " sets; cost is no excuse, since it is all free.",
      "Artificial intelligence (AI) is changing how the CEO of any company plans for Q3.",
      "Former prime minister Boris Johnson met Michael Dell and Harrison Ford in London on Friday.",
      "The United States and China agreed on a new framework, and the HD broadcast drew millions.",
      "Share this story on Facebook, X and LinkedIn. Follow us for more updates. Sign up for free."
  })
  void passagesThatNameNoSecurityLinkNothing(String passage) {
    assertThat(link(passage)).isEmpty();
  }

  @Test
  void explicitSymbolForms() {
    assertThat(links("Shares of Ford Motor (NYSE: F) rose 2%.")).containsEntry("F", "F");
    assertThat(links("Traders piled into $MU after the report.")).containsEntry("MU", "MU");
    assertThat(links("Toyota (TYO: 7203) raised its outlook.")).containsEntry("7203", "7203.T");
    assertThat(links("Samsung Electronics (KRX: 005930) fell.")).containsEntry("005930", "005930.KS");
    assertThat(links("The fund holds Nvidia (NVDA) and Broadcom.")).containsEntry("NVDA", "NVDA");
  }

  @Test
  void capitalisationMatters() {
    assertThat(links("Investors sold Apple shares after the launch.")).containsEntry("Apple", "AAPL");
    assertThat(links("She ate an apple and sold her shares.")).isEmpty();
    assertThat(links("Gold rose 1% to $2,350 an ounce as traders sought safety."))
        .containsEntry("Gold", "GC=F");
    assertThat(links("Brent crude futures fell 2% to $81 a barrel.")).containsValue("BZ=F");
  }

  @Test
  void tickersThatSpellTheNameOfAGiantAreNames() {
    assertThat(links("AMD shares rose 4% after the chipmaker raised its forecast."))
        .containsEntry("AMD", "AMD");
  }

  @Test
  void outletsNamedAsSourcesAreNotLinked() {
    assertThat(links("The Nikkei fell 2% on Tuesday.")).containsEntry("Nikkei", "^N225");
    assertThat(links("The deal is worth $2 billion, Nikkei reported on Tuesday.")).isEmpty();
    assertThat(links("The bank is cutting jobs, according to Reuters.")).isEmpty();
  }

  @Test
  void peopleNamedLikeCompaniesAreNotLinked() {
    assertThat(links("The film starred Harrison Ford and was shot in Morocco.")).isEmpty();
    AnnotatedText tagged = TestTexts.tag("Yesterday Ford spoke to reporters about his new film.",
        Map.of("Ford", "PERSON"));
    assertThat(linker.link(tagged)).isEmpty();
  }

  @Test
  void listingPhrasesPickTheListing() {
    assertThat(links("Hong Kong-listed HSBC rose 3%.")).containsEntry("HSBC", "0005.HK");
    assertThat(links("London-listed HSBC rose 3%.")).containsEntry("HSBC", "HSBA.L");
  }

  @Test
  void hyphensSplitOutByTheTokenizerStillJoin() {
    var text = TestTexts.tokenizeSplittingHyphens(
        "Hong Kong-listed HSBC rose 3%, while SK Hynix-led chipmakers and Coca-Cola fell.");
    assertThat(linker.link(text)).extracting(m -> m.text() + "=" + m.security().ticker())
        .containsExactly("HSBC=0005.HK", "SK Hynix=000660.KS", "Coca-Cola=KO");
  }

  @Test
  void nerCannotDecideAlone() {
    AnnotatedText tagged = TestTexts.tag("South Korea's Kospi index fell 2%, and Meta Platforms rose.",
        Map.of("Kospi", "MISC", "Meta", "PERSON"));
    assertThat(linker.link(tagged)).extracting(m -> m.security().ticker())
        .containsExactly("^KS11", "META");
  }

  @Test
  void headlineMovesConfirmIndicesAndCommodities() {
    // title case gets such names a person's tag; a person does not end at a high or crash
    assertThat(links("Sensex, Nifty End At Six-Month High; Post Weekly Gains"))
        .containsEntry("Sensex", "^BSESN").containsEntry("Nifty", "^NSEI");
    assertThat(links("Gold Down \u20b93,000, Silver Crashes \u20b99,000"))
        .containsEntry("Gold", "GC=F").containsEntry("Silver", "SI=F");
    assertThat(links("Gold falls to Rs 1.20 lakh per 10 gm on MCX, silver too declines"))
        .containsEntry("silver", "SI=F");
  }

  @Test
  void anIndexBesideAnotherOfItsMarketIsTheIndex() {
    // title case capitalises "At": no longer name starts there
    assertThat(links("Sensex Up 701.63 Points At 72,038.43, Nifty At 21,654.75"))
        .containsEntry("Nifty", "^NSEI");
    assertThat(links("Nifty At 21,654.75")).doesNotContainKey("Nifty");
  }

  @Test
  void anEverydayWordAfterAnArticleIsNoCompany() {
    AnnotatedText tagged = TestTexts.tag("The Evolution of AI Infrastructure",
        Map.of("Evolution", "ORGANIZATION"));
    assertThat(linker.link(tagged)).isEmpty();
    assertThat(links("Not just the Sensex, even the Nifty has been rallying")).containsKeys("Nifty");
  }

  @Test
  void headlineNamesThatOnlyATagConfirmsAreCandidates() {
    String headline = "Apple just gutted its laptop lineup";
    assertThat(linker.link(TestTexts.tokenize(headline))).isEmpty();
    assertThat(linker.candidates(TestTexts.tokenize(headline)))
        .extracting(m -> m.security().ticker()).containsExactly("AAPL");
    assertThat(linker.link(TestTexts.tag(headline, Map.of("Apple", "ORGANIZATION"))))
        .extracting(m -> m.security().ticker()).containsExactly("AAPL");
    // a body sentence, even one closed inside quotes, is no headline
    assertThat(linker.candidates(TestTexts.tokenize("\"Apple just gutted its laptop lineup.\"")))
        .isEmpty();
  }

  @Test
  void minimumConfidenceFilters() {
    String text = "Gold rose on the day.";
    AliasLinker lax = linker.withMinConfidence(0.0);
    assertThat(lax.link(TestTexts.tokenize(text))).isNotEmpty();
    assertThat(linker.withMinConfidence(0.99).link(TestTexts.tokenize(text))).isEmpty();
  }

  @Test
  void aNumberAfterInIsNoListingPlace() {
    // "in" followed by a word with no alias key (here a full stop) once threw from the listing hints
    assertThat(link("Apple sells a plug in. Shares of Apple fell 3% in 2023."))
        .extracting(m -> m.security().ticker()).contains("AAPL");
  }
}

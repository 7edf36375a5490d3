package dev.newsimpact.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextExtractionTest {

  private static String text(String... lines) throws Exception {
    return Fixtures.extract(Fixtures.file("in.txt", String.join("\n", lines))).text();
  }

  private static final String P1 = "Shares of Samsung Electronics fell 10% on Tuesday after a report that"
      + " Meta Platforms would sell spare computing capacity to other companies.";
  private static final String P2 = "Analysts said the reaction was overdone, since demand for memory chips"
      + " used in data centres is still growing faster than supply.";

  @Test
  void dropsAMenuOfShortLinesIncludingItsPunctuatedTagline() throws Exception {
    assertThat(text("Markets", "Stocks", "Trade stocks around the clock", "Futures", "SK Hynix",
        "Earn rewards", "Get the app today and start trading in minutes.", "Chip stocks slide", P1, P2))
        .isEqualTo("Chip stocks slide\n" + P1 + "\n" + P2);
  }

  @Test
  void dropsHashtagsHandlesAndButtonLabels() throws Exception {
    assertThat(text("#ChipSlump", P1, "Share", "Follow", "@market_desk", "#Kospi #Semis", P2, "Like", "Reply"))
        .isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void keepsHeadingsAndShortSentencesInsideTheArticle() throws Exception {
    assertThat(text(P1, "Why it matters", "Memory is cyclical.", P2, "Key risks:", "Oversupply", "Price wars",
        P1))
        .isEqualTo(String.join("\n", P1, "Why it matters", "Memory is cyclical.", P2, "Key risks:",
            "Oversupply", "Price wars", P1));
  }

  @Test
  void dropsFooterFurniture() throws Exception {
    assertThat(text(P1, P2, "About us", "Contact", "Careers", "\u00a9 2026 Example Media. All rights reserved.",
        "Terms of use | Privacy | Cookies"))
        .isEqualTo(P1 + "\n" + P2);
  }

  @Test
  void aShortNoteWithoutParagraphsIsKept() throws Exception {
    assertThat(text("Micron fell 10%.")).isEqualTo("Micron fell 10%.");
    assertThat(text("Micron down 10% premarket")).isEqualTo("Micron down 10% premarket");
  }

  @Test
  void hardWrappedParagraphsAreRejoinedSoNoSentenceIsSplit() throws Exception {
    String wrapped = String.join("\n",
        "Shares of Samsung Electronics fell 10% on Tuesday after a report",
        "that Meta Platforms would sell spare computing capacity to other",
        "companies, a move investors read as a sign of overcapacity.",
        "",
        "Analysts said the reaction was overdone, since demand for memory",
        "chips used in data centres is still growing faster than supply and",
        "inventories at the big cloud providers remain lean this quarter.");

    assertThat(text(wrapped)).isEqualTo(
        "Shares of Samsung Electronics fell 10% on Tuesday after a report that Meta Platforms would sell"
            + " spare computing capacity to other companies, a move investors read as a sign of overcapacity.\n"
            + "Analysts said the reaction was overdone, since demand for memory chips used in data centres is"
            + " still growing faster than supply and inventories at the big cloud providers remain lean this"
            + " quarter.");
  }

  @Test
  void windowsLineEndingsAndBlankLinesAreNormalised() throws Exception {
    assertThat(Fixtures.extract(Fixtures.file("crlf.txt", P1 + "\r\n\r\n" + P2 + "\r\n")).text())
        .isEqualTo(P1 + "\n" + P2);
  }
}

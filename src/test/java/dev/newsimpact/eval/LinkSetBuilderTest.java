package dev.newsimpact.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkSetBuilderTest {

  private static final String TABLE =
      "suffix\t.N\t\tok\tNYSE\nsuffix\t.L\t.L\tok\tLondon\nric\t.SPX\t^GSPC\tok\tS&P 500\n"
          + "ric\tGGL.UL\t-\tnone\tprivate\n";

  // Offsets as FinEntity gives them: the second passage's "Natwest" span is off by two.
  private static final String FIN_ENTITY =
      """
      [
        {"content": "Johnson & Johnson <JNJ.N> rose while the S&P 500 <.SPX> fell; Pfizer was flat.",
         "annotations": [
           {"start": 0, "end": 17, "value": "Johnson & Johnson", "label": "Positive"},
           {"start": 41, "end": 48, "value": "S&P 500", "label": "Negative"},
           {"start": 62, "end": 68, "value": "Pfizer", "label": "Neutral"}]},
        {"content": "Shares of Citigroup's <C.N> rival Natwest <NWG.L> and Gunvor <GGL.UL> moved.",
         "annotations": [
           {"start": 10, "end": 19, "value": "Citigroup", "label": "Neutral"},
           {"start": 36, "end": 43, "value": "Natwest", "label": "Positive"},
           {"start": 54, "end": 60, "value": "Gunvor", "label": "Neutral"}]},
        {"content": "Johnson & Johnson <JNJ.N> rose while the S&P 500 <.SPX> fell; Pfizer was flat.",
         "annotations": [{"start": 0, "end": 17, "value": "Johnson & Johnson", "label": "Positive"}]},
        {"content": "SAIC-GM-Wuling <GM.N><600104.SS> sells cars.",
         "annotations": [{"start": 0, "end": 14, "value": "SAIC-GM-Wuling", "label": "Neutral"}]},
        {"content": "No codes here: Apple rose.",
         "annotations": [{"start": 15, "end": 20, "value": "Apple", "label": "Positive"}]}
      ]
      """;

  private static LinkSetBuilder.Result build() throws IOException {
    JsonNode json = new ObjectMapper().readTree(FIN_ENTITY);
    return LinkSetBuilder.build(json, RicMap.read(new StringReader(TABLE)));
  }

  @Test
  void removesCodesAndRecomputesOffsets() throws IOException {
    List<LinkPassage> passages = build().passages();

    assertThat(passages).extracting(LinkPassage::id)
        .containsExactly("finentity:0", "finentity:1", "finentity:3");
    LinkPassage first = passages.get(0);
    assertThat(first.text()).isEqualTo("Johnson & Johnson rose while the S&P 500 fell; Pfizer was flat.");
    assertThat(first.links())
        .extracting(GoldLink::start, GoldLink::end, GoldLink::text, GoldLink::ric, GoldLink::ticker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 17, "Johnson & Johnson", "JNJ.N", "JNJ"),
            org.assertj.core.groups.Tuple.tuple(33, 40, "S&P 500", ".SPX", "^GSPC"));
  }

  @Test
  void followsPossessivesReanchorsShiftedSpansAndKeepsCodesWithoutSymbol() throws IOException {
    LinkPassage second = build().passages().get(1);

    assertThat(second.text()).isEqualTo("Shares of Citigroup's rival Natwest and Gunvor moved.");
    assertThat(second.links())
        .extracting(GoldLink::text, GoldLink::ticker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Citigroup", "C"),
            org.assertj.core.groups.Tuple.tuple("Natwest", "NWG.L"),
            org.assertj.core.groups.Tuple.tuple("Gunvor", null));
  }

  @Test
  void severalCodesInARowGiveNoTicker() throws IOException {
    LinkPassage jointVenture = build().passages().get(2);

    assertThat(jointVenture.text()).isEqualTo("SAIC-GM-Wuling sells cars.");
    assertThat(jointVenture.links()).singleElement()
        .extracting(GoldLink::ric, GoldLink::ticker)
        .containsExactly("GM.N", null);
  }

  @Test
  void countsWhatItDid() throws IOException {
    LinkSetBuilder.Stats stats = build().stats();

    assertThat(stats.passagesRead()).isEqualTo(5);
    assertThat(stats.duplicatesSkipped()).isEqualTo(1);
    assertThat(stats.links()).isEqualTo(6);
    assertThat(stats.reanchored()).isEqualTo(1);
    assertThat(stats.ambiguous()).isEqualTo(1);
    assertThat(stats.mapped()).isEqualTo(4);
    assertThat(stats.unknownCodes()).isEmpty();
  }

  @Test
  void runWritesJsonLinesAndReportsOnStderr(@TempDir Path dir) throws IOException {
    Path input = Files.writeString(dir.resolve("FinEntity.json"), FIN_ENTITY);
    Path table = Files.writeString(dir.resolve("map.tsv"), TABLE);
    Path out = dir.resolve("links.jsonl");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        LinkSetBuilder.run(
            new String[] {input.toString(), table.toString(), out.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(LinkSet.read(out)).hasSize(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("links (entity span followed by a code): 6");
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(LinkSetBuilder.run(new String[0], System.out, quiet)).isEqualTo(2);
  }
}

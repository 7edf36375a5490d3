package dev.newsimpact.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlineScorerTest {

  @TempDir Path dir;

  @Test
  void aMissingMentionCountsAsWrongButNotAsFound() {
    List<HeadlineRow> rows = List.of(
        new HeadlineRow("Sensex, Nifty end higher", "Nifty", "positive"),
        new HeadlineRow("Gold slips", "Gold", "negative"),
        new HeadlineRow("Infosys to announce results", "Infosys", "neutral"));
    HeadlineScore score = HeadlineScorer.scoreAll(rows, headline -> switch (headline) {
      // Sensex (0..6) does not cover Nifty; the second mention does
      case "Sensex, Nifty end higher" -> List.of(
          new HeadlineScorer.LabelledMention(0, 6, "negative"),
          new HeadlineScorer.LabelledMention(8, 13, "positive"));
      case "Gold slips" -> List.of(new HeadlineScorer.LabelledMention(0, 4, "positive"));
      default -> List.of();
    });
    assertThat(score.rows()).isEqualTo(3);
    assertThat(score.found()).isEqualTo(2);
    assertThat(score.right()).isEqualTo(1);
    assertThat(score.accuracy()).isEqualTo(1 / 3.0);
    assertThat(score.accuracyFound()).isEqualTo(0.5);
    assertThat(score.errors()).extracting(e -> e.row().security() + ":" + e.predicted())
        .containsExactly("Gold:positive", "Infosys:null");
  }

  @Test
  void readsTheTabSeparatedSetsAndNamesABadLine() throws IOException {
    Path file = dir.resolve("h.tsv");
    Files.writeString(file, "# headline\\tsecurity\\tlabel\\tsource\n"
        + "Nifty ends flat\tNifty\tNeutral\tpage x\n\n", StandardCharsets.UTF_8);
    assertThat(HeadlineSet.read(file)).containsExactly(
        new HeadlineRow("Nifty ends flat", "Nifty", "neutral"));
    Files.writeString(file, "Nifty ends flat\tSensex\tneutral\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> HeadlineSet.read(file)).hasMessageContaining("line 1")
        .hasMessageContaining("'Sensex' is not in");
  }

  @Test
  void theRepositorySetsParse() throws IOException {
    for (String name : List.of("headlines", "headlines-held-out", "headlines-india-dev",
        "headlines-india-held-out")) {
      assertThat(HeadlineSet.read(Path.of("src/test/resources/sentiment/" + name + ".tsv")))
          .hasSizeGreaterThanOrEqualTo(50);
    }
  }
}

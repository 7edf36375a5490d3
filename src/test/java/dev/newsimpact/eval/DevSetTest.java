package dev.newsimpact.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the committed claims development set, so a bad edit fails the build. */
class DevSetTest {

  private static final Pattern ORIGIN =
      Pattern.compile(
          "finentity:\\d+|extraction-benchmark(-page)?:[0-9a-f]{64}\\.html\\.gz|sample:[a-z0-9-]+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static List<DevPassage> devSet;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = DevSetTest.class.getResourceAsStream("/eval/claims-dev.jsonl");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      devSet = DevSet.read(reader);
    }
  }

  @Test
  void hasEnoughPassagesWithAndWithoutMoves() {
    assertThat(devSet).hasSizeGreaterThanOrEqualTo(70);
    assertThat(devSet.stream().filter(p -> p.moves().isEmpty())).hasSizeGreaterThanOrEqualTo(15);
    assertThat(devSet.stream().mapToInt(p -> p.moves().size()).sum()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void everyPassageIsWellFormed() {
    for (DevPassage p : devSet) {
      assertThat(p.text()).as(p.id()).isNotBlank();
      assertThat(p.origin()).as(p.id()).matches(ORIGIN);
      if (p.published() != null) {
        assertThat(p.published()).as(p.id()).matches(DATE);
      }
      assertThat(p.text()).as(p.id() + " keeps no Reuters code").doesNotContainPattern("<[A-Z0-9.=^]+>");
    }
  }

  @Test
  void everyMoveHasTickerValueUnitAndWordsFromItsPassage() {
    for (DevPassage p : devSet) {
      for (ExpectedMove m : p.moves()) {
        assertThat(m.ticker()).as(p.id()).isNotBlank().doesNotContain(" ");
        assertThat(m.unit()).as(p.id()).isIn("percent", "points", "USD");
        assertThat(m.value()).as(p.id() + " " + m.ticker()).isNotZero();
        if (m.period() != null) {
          assertThat(p.text()).as(p.id() + " period as written").contains(m.period());
        }
        if (m.entity() != null) {
          assertThat(p.text()).as(p.id() + " entity as written").contains(m.entity());
        }
      }
    }
  }

  @Test
  void reportingTheExpectedMovesScoresOne() {
    ClaimScore s =
        ClaimScorer.scoreAll(
            devSet,
            p ->
                p.moves().stream()
                    .map(m -> new ActualMove(m.ticker(), m.value(), m.unit(), m.qualifier(), m.period()))
                    .toList());

    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.qualifierAccuracy()).isEqualTo(1.0);
    assertThat(s.periodRecall()).isEqualTo(1.0);
  }

  @Test
  void malformedLinesFailWithTheirNumber() {
    String missingValue =
        "{\"id\":\"a\",\"origin\":\"sample:a\",\"published\":null,\"text\":\"A rose.\",\"moves\":[]}\n"
            + "{\"id\":\"b\",\"origin\":\"sample:b\",\"published\":null,\"text\":\"B rose 1%.\","
            + "\"moves\":[{\"ticker\":\"B\",\"unit\":\"percent\"}]}\n";
    String unknownQualifier =
        "{\"id\":\"a\",\"origin\":\"sample:a\",\"published\":null,\"text\":\"A rose.\","
            + "\"moves\":[{\"ticker\":\"A\",\"value\":1,\"unit\":\"percent\",\"qualifier\":\"roughly\"}]}";

    assertThatThrownBy(() -> DevSet.read(new StringReader(missingValue)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("line 2");
    assertThatThrownBy(() -> DevSet.read(new StringReader(unknownQualifier)))
        .hasMessageContaining("roughly");
  }
}

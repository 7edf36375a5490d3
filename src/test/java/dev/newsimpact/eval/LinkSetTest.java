package dev.newsimpact.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the committed FinEntity linking set (built by scripts/build-link-eval). */
class LinkSetTest {

  private static List<LinkPassage> linkSet;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = LinkSetTest.class.getResourceAsStream("/eval/finentity-links.jsonl");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      linkSet = LinkSet.read(reader); // LinkPassage checks that every span holds its text
    }
  }

  @Test
  void holdsTheFinEntityMentionsFollowedByACode() {
    List<GoldLink> links = linkSet.stream().flatMap(p -> p.links().stream()).toList();

    assertThat(linkSet).hasSize(416);
    assertThat(links).hasSize(899);
    assertThat(links.stream().filter(l -> l.ticker() != null)).hasSize(874);
  }

  @Test
  void textsKeepNoCodes() {
    for (LinkPassage p : linkSet) {
      assertThat(p.text()).as(p.id()).doesNotContainPattern("<[^<>\\s]{1,40}>");
    }
  }

  @Test
  void writingWhatWasReadGivesTheSameLines() throws IOException {
    StringWriter out = new StringWriter();
    LinkSet.write(linkSet.subList(0, 3), out);

    String expected;
    try (InputStream in = LinkSetTest.class.getResourceAsStream("/eval/finentity-links.jsonl")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(expected).startsWith(out.toString());
  }
}

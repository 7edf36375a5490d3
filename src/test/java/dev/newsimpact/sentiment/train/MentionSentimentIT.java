package dev.newsimpact.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.eval.GoldLink;
import dev.newsimpact.eval.LinkPassage;
import dev.newsimpact.eval.LinkSet;
import dev.newsimpact.pipeline.ArticleResult;
import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.pipeline.Extractors;
import dev.newsimpact.pipeline.ScoredClaim;
import dev.newsimpact.pipeline.ScoredMention;
import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.text.Article;
import dev.newsimpact.ticker.Mention;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Sentiment of linked mentions as the product prints them, on FinEntity's held-out passages: the
 * real pipeline (CoreNLP's tokens and sentences, the linker, the claim finder) runs on each
 * held-out passage of the linking set (Reuters codes removed), and every gold link that it links to
 * the right ticker is scored twice: the label of its {@code mention/v1} record (a price move's
 * direction when the claim finder gives the mention one, else the classifier), and the classifier
 * alone on the same mention. Measured with the shipped model: 180 of 186 gold links linked; record
 * label 0.872 (157/180), classifier alone 0.861 (155/180); of the 88 with a move, 87 right (on
 * 2026-11-28; a day earlier, with the same model, 0.878 and 0.867 with 84 moves: the pipeline's
 * tokens, links and claims around the model have moved since). The floors sit a little below.
 */
class MentionSentimentIT {

  private static final double FLOOR_RECORD = 0.86;
  private static final double FLOOR_ALONE = 0.85;
  private static final Path LINK_SET = Path.of("src/test/resources/eval/finentity-links.jsonl");

  @Test
  void heldOutLinkedMentionsCarryTheGoldLabel() throws IOException {
    Map<Integer, List<Example>> gold = heldOutLinkedSpans(FinEntityData.examples());
    Extractor extractor = Extractors.standard(new ExtractorSettings(
        new ByteArrayInputStream(new byte[0]), Duration.ofSeconds(15), 10_000_000, 0.5));
    FinanceSentimentScorer scorer = new FinanceSentimentScorer();
    int links = 0;
    int scored = 0;
    int recordRight = 0;
    int aloneRight = 0;
    int moved = 0;
    int movedRight = 0;
    for (LinkPassage passage : LinkSet.read(LINK_SET)) {
      List<Example> spans = gold.get(index(passage));
      if (spans == null) {
        continue;
      }
      ArticleResult result = extractor.analyze(new Article(passage.id(), passage.id(), null, null,
          null, null, passage.text()));
      Set<Mention> withMove = new HashSet<>();
      for (ScoredClaim claim : result.claims()) {
        if (claim.claim().type() == ClaimType.PRICE_MOVE) {
          withMove.add(claim.claim().entity());
        }
      }
      for (Map.Entry<GoldLink, Example> pair : pairs(passage, spans).entrySet()) {
        links++;
        ScoredMention hit = linked(result, pair.getKey());
        if (hit == null) {
          continue;
        }
        Sentiment.Label expected = pair.getValue().label();
        Sentiment alone = scorer.forMention(hit.mention(),
            result.text().sentences().get(hit.mention().sentence()));
        scored++;
        recordRight += hit.sentiment().label() == expected ? 1 : 0;
        aloneRight += alone.label() == expected ? 1 : 0;
        if (withMove.contains(hit.mention())) {
          moved++;
          movedRight += hit.sentiment().label() == expected ? 1 : 0;
        }
      }
    }
    double record = (double) recordRight / scored;
    double classifier = (double) aloneRight / scored;
    System.out.printf(Locale.ROOT, "held-out linked mentions: %d of %d gold links linked; record"
        + " label %.3f (%d/%d), classifier alone %.3f (%d/%d); with a move %d (%d right)%n", scored,
        links, record, recordRight, scored, classifier, aloneRight, scored, moved, movedRight);
    assertThat(scored).as("gold links the pipeline links").isGreaterThan(160);
    assertThat(record).isGreaterThanOrEqualTo(FLOOR_RECORD);
    assertThat(classifier).isGreaterThanOrEqualTo(FLOOR_ALONE);
  }

  // Held-out spans that a Reuters code follows, by passage, in text order.
  private static Map<Integer, List<Example>> heldOutLinkedSpans(List<Example> examples) {
    Map<Integer, List<Example>> byPassage = new TreeMap<>();
    for (Example e : examples) {
      if (e.heldOut() && e.linked()) {
        byPassage.computeIfAbsent(e.passage(), k -> new ArrayList<>()).add(e);
      }
    }
    byPassage.values().forEach(l -> l.sort(Comparator.comparingInt(e -> e.mention().begin())));
    return byPassage;
  }

  private static int index(LinkPassage passage) {
    return Integer.parseInt(passage.id().substring(passage.id().indexOf(':') + 1));
  }

  // Gold links with a ticker and their FinEntity span: both lists are in text order and the
  // linking set removed only the codes, so the k-th span of a name is the k-th link of it.
  private static Map<GoldLink, Example> pairs(LinkPassage passage, List<Example> spans) {
    Map<GoldLink, Example> pairs = new LinkedHashMap<>();
    int next = 0;
    for (Example span : spans) {
      while (next < passage.links().size()) {
        GoldLink link = passage.links().get(next++);
        if (link.text().equals(span.mention().text())) {
          if (link.ticker() != null) {
            pairs.put(link, span);
          }
          break;
        }
      }
    }
    return pairs;
  }

  private static ScoredMention linked(ArticleResult result, GoldLink link) {
    for (ScoredMention m : result.mentions()) {
      if (m.mention().begin() < link.end() && link.start() < m.mention().end()
          && m.mention().security().ticker().equalsIgnoreCase(link.ticker())) {
        return m;
      }
    }
    return null;
  }
}

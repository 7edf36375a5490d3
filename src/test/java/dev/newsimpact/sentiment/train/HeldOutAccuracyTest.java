package dev.newsimpact.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.sentiment.RuleSentimentScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped model on FinEntity's held-out passages. Measured when the model was trained: 0.827
 * on all 410 held-out spans, 0.849 on the 192 linked ones (a Reuters code follows the name); the
 * rule-based scorer gets 0.578 and 0.380. The floors sit a little below, so a worse model fails.
 */
class HeldOutAccuracyTest {

  private static final double FLOOR_ALL = 0.82;
  private static final double FLOOR_LINKED = 0.84;

  @Test
  void theShippedModelStaysAboveItsFloorOnHeldOutPassages() {
    List<Example> examples = FinEntityData.examples();
    FinanceSentimentScorer scorer = new FinanceSentimentScorer();
    Accuracy all = Accuracy.of(scorer, examples, Example::heldOut);
    Accuracy linked = Accuracy.of(scorer, examples, e -> e.heldOut() && e.linked());
    Accuracy baseline = Accuracy.of(new RuleSentimentScorer(), examples, Example::heldOut);
    System.out.println("FinEntity held-out accuracy: all spans " + all + ", linked spans " + linked
        + "; RuleSentimentScorer " + baseline);
    System.out.println(all.confusionTable());
    assertThat(all.total()).isBetween(350, 470);
    assertThat(all.value()).isGreaterThanOrEqualTo(FLOOR_ALL);
    assertThat(linked.value()).isGreaterThanOrEqualTo(FLOOR_LINKED);
    assertThat(all.value()).isGreaterThan(baseline.value());
  }

  @Test
  void theSplitIsByPassageAndAboutOneFifth() {
    List<Example> examples = FinEntityData.examples();
    long heldOut = examples.stream().filter(Example::heldOut).count();
    assertThat((double) heldOut / examples.size()).isBetween(0.15, 0.25);
    assertThat(examples).allSatisfy(e -> assertThat(e.heldOut())
        .isEqualTo(examples.stream().filter(o -> o.passage() == e.passage()).findFirst()
            .orElseThrow().heldOut()));
  }
}

package dev.newsimpact.sentiment.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.sentiment.FinanceSentimentScorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped model is exactly what {@code scripts/train-sentiment} builds from FinEntity. */
class ShippedModelTest {

  @Test
  void theShippedModelIsWhatTheTrainerBuilds() throws IOException {
    String built = SentimentTrainer.modelText(FinEntityData.examples(), FinEntityData.tweets());
    byte[] shipped;
    try (InputStream in = FinanceSentimentScorer.class.getResourceAsStream(
        FinanceSentimentScorer.MODEL_RESOURCE)) {
      assertThat(in).as("model resource").isNotNull();
      shipped = in.readAllBytes();
    }
    assertThat(built.getBytes(StandardCharsets.UTF_8))
        .as("rerun scripts/train-sentiment and commit the model")
        .isEqualTo(shipped);
    assertThat(shipped.length).isLessThan(2_000_000);
  }
}

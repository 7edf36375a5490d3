package dev.newsimpact.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.trees.PennTreebankLanguagePack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binary cache of the parser's weights, on a small model made up here (no CoreNLP model). */
class ParserWeightsTest {

  @TempDir Path dir;

  private static ParserWeights small() {
    float[][] embeddings = new float[6][2];
    for (int i = 0; i < embeddings.length; i++) {
      embeddings[i] = new float[] {i * 0.5f, -i / 3f};
    }
    return new ParserWeights(List.of(ParserWeights.UNKNOWN, "stocks", "fäll"),
        List.of(ParserWeights.UNKNOWN, "NNS"), List.of("-NULL-"),
        embeddings, new float[][] {{1, 2, 3, 4}, {Float.MIN_VALUE, -0f, 7, 8}},
        new float[] {0.25f, Float.MAX_VALUE}, new float[][] {{1, 2}, {3, Float.NaN}},
        new int[] {3, 1, 4}, new PennTreebankLanguagePack());
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    ParserWeights written = small();
    ModelCache cache = new ModelCache(dir);
    written.write(cache, "weights.bin", "stamp");
    ParserWeights read = ParserWeights.read(cache, "weights.bin", "stamp");
    assertThat(read.words()).isEqualTo(written.words());
    assertThat(read.tags()).isEqualTo(written.tags());
    assertThat(read.labels()).isEqualTo(written.labels());
    assertThat(read.embeddings()).isDeepEqualTo(written.embeddings());
    assertThat(read.hiddenWeights()).isDeepEqualTo(written.hiddenWeights());
    assertThat(read.hiddenBias()).containsExactly(written.hiddenBias());
    assertThat(read.outputWeights()[0]).containsExactly(written.outputWeights()[0]);
    assertThat(Float.floatToRawIntBits(read.outputWeights()[1][1]))
        .isEqualTo(Float.floatToRawIntBits(Float.NaN));
    assertThat(read.precomputed()).containsExactly(written.precomputed());
    assertThat(read.treebankPack()).isInstanceOf(PennTreebankLanguagePack.class);
    try (var files = Files.list(dir)) { // no temporary file left behind
      assertThat(files).containsExactlyInAnyOrder(dir.resolve("weights.bin"),
          dir.resolve("weights.bin.stamp"));
    }
  }

  @Test
  void refusesAFileOfAnotherFormat() throws IOException {
    ModelCache cache = new ModelCache(dir);
    cache.write("weights.bin", "stamp", out -> out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
    assertThatThrownBy(() -> ParserWeights.read(cache, "weights.bin", "stamp"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aModelWithoutTheUnknownWordIsRefused() {
    ParserWeights valid = small();
    assertThatThrownBy(() -> new ParserWeights(List.of("a", "b", "c"), valid.tags(), valid.labels(),
        valid.embeddings(), valid.hiddenWeights(), valid.hiddenBias(), valid.outputWeights(),
        valid.precomputed(), valid.treebankPack())).isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.newsimpact.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The first layer's vectors must be CoreNLP's to the bit: written here the way CoreNLP's classifier
 * computes them (one hidden unit at a time over the weights' rows), they are compared with {@link
 * HiddenRows}, which reads the weights by columns and keeps vectors between calls.
 */
class HiddenRowsTest {

  private static final int IDS = 40;
  private static final int POSITIONS = 6;
  private static final int EMBEDDING = 7;
  private static final int HIDDEN = 37;

  private final Random random = new Random(7);
  private final float[][] embeddings = matrix(IDS, EMBEDDING);
  private final float[][] weights = matrix(HIDDEN, POSITIONS * EMBEDDING);

  @Test
  void frequentInputsAddTheDoublePrecisionSumAndOthersItsFloatRounding() {
    int[] frequent = {5 * POSITIONS + 1, 9 * POSITIONS, 9 * POSITIONS + 2};
    HiddenRows rows = new HiddenRows(embeddings, weights, POSITIONS, frequent, 4);
    for (int round = 0; round < 3; round++) { // later rounds read kept vectors
      for (int id = 0; id < IDS; id++) {
        for (int position = 0; position < POSITIONS; position++) {
          double[] start = new double[HIDDEN];
          for (int j = 0; j < HIDDEN; j++) {
            start[j] = random.nextGaussian();
          }
          double[] expected = start.clone();
          boolean isFrequent = contains(frequent, id * POSITIONS + position);
          double[] sum = coreNlpSum(id, position);
          for (int j = 0; j < HIDDEN; j++) {
            expected[j] += isFrequent ? sum[j] : (float) sum[j];
          }
          double[] actual = start.clone();
          rows.addTo(actual, id, position);
          assertThat(actual).as("id %d position %d", id, position).containsExactly(expected);
        }
      }
    }
  }

  @Test
  void savedVectorsAreTheComputedOnesAndAddAllAddsInPositionOrder() throws java.io.IOException {
    int[] frequent = {2 * POSITIONS, 3 * POSITIONS + 1, 2 * POSITIONS, 7 * POSITIONS + 2,
        2 * POSITIONS + 2, 2 * POSITIONS + 3, 2 * POSITIONS + 4, 2 * POSITIONS + 5};
    HiddenRows computed = new HiddenRows(embeddings, weights, POSITIONS, frequent, 8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    computed.writeFrequent(out);
    assertThat(out.size()).isEqualTo(7 * HIDDEN * Double.BYTES); // one vector per distinct input
    HiddenRows saved = computed.withSaved(java.nio.ByteBuffer.wrap(out.toByteArray()));
    // Runs of four frequent vectors, and mixes with rounded ones.
    for (int[] ids : new int[][] {{2, 3, 2, 2, 2, 2}, {2, 3, 7, 9, 2, 2}, {9, 3, 1, 0, 2, 2}}) {
      double[] expected = new double[HIDDEN];
      for (int position = 0; position < POSITIONS; position++) {
        computed.addTo(expected, ids[position], position);
      }
      double[] fromSaved = new double[HIDDEN];
      saved.addAll(fromSaved, ids);
      double[] fromComputed = new double[HIDDEN];
      computed.addAll(fromComputed, ids);
      assertThat(fromSaved).containsExactly(expected);
      assertThat(fromComputed).containsExactly(expected);
    }
    assertThatThrownBy(() -> computed.withSaved(java.nio.ByteBuffer.allocate(8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTableOfOtherInputsMustBeAPowerOfTwo() {
    assertThatThrownBy(() -> new HiddenRows(embeddings, weights, POSITIONS, new int[0], 6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** CoreNLP's order: per hidden unit, the float products of one weight row, added from zero. */
  private double[] coreNlpSum(int id, int position) {
    double[] sum = new double[HIDDEN];
    for (int j = 0; j < HIDDEN; j++) {
      double s = 0;
      for (int k = 0; k < EMBEDDING; k++) {
        s += weights[j][position * EMBEDDING + k] * embeddings[id][k];
      }
      sum[j] = s;
    }
    return sum;
  }

  private float[][] matrix(int rows, int columns) {
    float[][] m = new float[rows][columns];
    for (float[] row : m) {
      for (int j = 0; j < columns; j++) {
        row[j] = (float) (random.nextGaussian() * 0.1);
      }
    }
    return m;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}

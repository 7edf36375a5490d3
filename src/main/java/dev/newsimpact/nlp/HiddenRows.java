package dev.newsimpact.nlp;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The first layer of the parser's network, one input at a time: for an input (a word, tag or label
 * id at one of the feature positions) the product of its embedding with that position's slice of
 * the weights, a vector over the hidden units, which {@link #addTo} adds to a hidden layer.
 *
 * <p>CoreNLP adds these vectors in two precisions, and the parses depend on it: the model's list of
 * frequent inputs ({@code precomputed}) in double precision, every other input rounded to float.
 * Both are the same sum, each product rounded to float and added in double from zero in embedding
 * order; this class computes that sum the same way, so its vectors are CoreNLP's to the bit. CoreNLP
 * computes every frequent input's vector when it loads the model (20000 of them, seconds of work
 * and 160 MB) and keeps the last 5000 others in a synchronized cache; here a vector is computed on
 * first use and kept without locks: every frequent one, and others in a fixed table where a newer
 * input takes an older one's slot. A vector depends only on its input, so which ones are kept
 * changes the speed, never a result.
 *
 * <p>The weights are read by columns (transposed), so that one embedding value multiplies a run of
 * adjacent weights: the loop over the hidden units is then free of dependencies and compiles to
 * vector instructions, while every hidden unit still adds its products in the original order.
 *
 * <p>Thread-safe: vectors are published through atomic arrays; two threads may compute the same
 * vector at once, and either result is the same.
 */
final class HiddenRows {

  private final float[][] embeddings;
  private final float[][] weightsByColumn;
  private final int hidden;
  private final int positions;
  private final int embeddingSize;

  private final int[] frequentKeys;
  private final int[] frequentSlots;
  private final AtomicReferenceArray<double[]> frequent;
  private final AtomicReferenceArray<Rounded> others;

  private record Rounded(int key, float[] values) {}

  /**
   * @param embeddings one row per input id
   * @param weights the first layer, {@code [hidden unit][position * embedding size + k]}
   * @param positions feature positions per configuration
   * @param precomputed inputs ({@code id * positions + position}) added in double precision
   * @param othersKept how many other inputs' vectors to keep at most (a power of two)
   */
  HiddenRows(float[][] embeddings, float[][] weights, int positions, int[] precomputed,
      int othersKept) {
    if (Integer.bitCount(othersKept) != 1) {
      throw new IllegalArgumentException("othersKept must be a power of two: " + othersKept);
    }
    this.embeddings = embeddings;
    this.hidden = weights.length;
    this.positions = positions;
    this.embeddingSize = embeddings[0].length;
    if (weights[0].length != positions * embeddingSize) {
      throw new IllegalArgumentException("weights have " + weights[0].length + " columns, not "
          + positions + " x " + embeddingSize);
    }
    this.weightsByColumn = transpose(weights);
    int capacity = Integer.highestOneBit(Math.max(precomputed.length, 1) * 2) * 2;
    this.frequentKeys = new int[capacity];
    this.frequentSlots = new int[capacity];
    java.util.Arrays.fill(frequentKeys, -1);
    int slots = 0;
    for (int key : precomputed) {
      int at = probe(key);
      if (frequentKeys[at] != key) {
        frequentKeys[at] = key;
        frequentSlots[at] = slots++;
      }
    }
    this.frequent = new AtomicReferenceArray<>(slots);
    this.others = new AtomicReferenceArray<>(othersKept);
  }

  int hiddenSize() {
    return hidden;
  }

  /** Adds the vector of input {@code id} at feature {@code position} to {@code layer}. */
  void addTo(double[] layer, int id, int position) {
    int key = id * positions + position;
    int at = probe(key);
    if (frequentKeys[at] == key) {
      int slot = frequentSlots[at];
      double[] row = frequent.getAcquire(slot);
      if (row == null) {
        row = sum(id, position);
        frequent.setRelease(slot, row);
      }
      for (int j = 0; j < hidden; j++) {
        layer[j] += row[j];
      }
      return;
    }
    int slot = mix(key) & (others.length() - 1);
    Rounded kept = others.getAcquire(slot);
    float[] row;
    if (kept != null && kept.key() == key) {
      row = kept.values();
    } else {
      double[] exact = sum(id, position);
      row = new float[hidden];
      for (int j = 0; j < hidden; j++) {
        row[j] = (float) exact[j];
      }
      others.setRelease(slot, new Rounded(key, row));
    }
    for (int j = 0; j < hidden; j++) {
      layer[j] += row[j];
    }
  }

  /** Each hidden unit's sum over the embedding of float products, in embedding order, from zero. */
  private double[] sum(int id, int position) {
    double[] sum = new double[hidden];
    float[] embedding = embeddings[id];
    int offset = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float value = embedding[k];
      float[] column = weightsByColumn[offset + k];
      for (int j = 0; j < hidden; j++) {
        sum[j] += column[j] * value;
      }
    }
    return sum;
  }

  /** The slot of {@code key} in the open-addressed table of frequent inputs, or the empty one. */
  private int probe(int key) {
    int mask = frequentKeys.length - 1;
    int at = mix(key) & mask;
    while (frequentKeys[at] != key && frequentKeys[at] != -1) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static float[][] transpose(float[][] matrix) {
    float[][] result = new float[matrix[0].length][matrix.length];
    for (int i = 0; i < matrix.length; i++) {
      for (int j = 0; j < matrix[i].length; j++) {
        result[j][i] = matrix[i][j];
      }
    }
    return result;
  }
}

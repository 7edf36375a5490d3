package dev.newsimpact.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.Arrays;
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
 * <p>The frequent inputs' vectors can also be read from a file this class wrote ({@link
 * #writeFrequent}, {@link #withSaved}): copying one costs a page of memory, computing it 50,000
 * multiplications, and a short run needs thousands of them.
 *
 * <p>The weights are read by columns (transposed), so that one embedding value multiplies a run of
 * adjacent weights: the loop over the hidden units is then free of dependencies and compiles to
 * vector instructions, while every hidden unit still adds its products in the original order.
 *
 * <p>Thread-safe: vectors are published through atomic arrays; two threads may compute the same
 * vector at once, and either result is the same. (Over 250 lines: the two kinds of vector, their
 * tables and their file belong together.)
 */
final class HiddenRows {

  private final float[][] embeddings;
  private final float[][] weightsByColumn;
  private final int hidden;
  private final int positions;
  private final int embeddingSize;

  private final int[] frequentKeys;
  private final int[] frequentSlots;
  private final int[] keyOfSlot;
  private final AtomicReferenceArray<double[]> frequent;
  private final AtomicReferenceArray<Rounded> others;
  /** The frequent inputs' vectors by slot, or null to compute them. */
  private final DoubleBuffer saved;

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
    Arrays.fill(frequentKeys, -1);
    int[] keys = new int[precomputed.length];
    int slots = 0;
    for (int key : precomputed) {
      int at = probe(key);
      if (frequentKeys[at] != key) {
        frequentKeys[at] = key;
        frequentSlots[at] = slots;
        keys[slots++] = key;
      }
    }
    this.keyOfSlot = Arrays.copyOf(keys, slots);
    this.frequent = new AtomicReferenceArray<>(slots);
    this.others = new AtomicReferenceArray<>(othersKept);
    this.saved = null;
  }

  private HiddenRows(HiddenRows rows, DoubleBuffer saved) {
    this.embeddings = rows.embeddings;
    this.weightsByColumn = rows.weightsByColumn;
    this.hidden = rows.hidden;
    this.positions = rows.positions;
    this.embeddingSize = rows.embeddingSize;
    this.frequentKeys = rows.frequentKeys;
    this.frequentSlots = rows.frequentSlots;
    this.keyOfSlot = rows.keyOfSlot;
    this.frequent = new AtomicReferenceArray<>(rows.frequent.length());
    this.others = new AtomicReferenceArray<>(rows.others.length());
    this.saved = saved;
  }

  int hiddenSize() {
    return hidden;
  }

  /**
   * Adds to {@code layer} the vectors of the inputs {@code ids} (one per feature position), in
   * position order, as CoreNLP does; four double-precision vectors in a row are added in one pass,
   * each hidden unit still adding them one after the other.
   */
  void addAll(double[] layer, int[] ids) {
    Object[] rows = new Object[positions];
    for (int i = 0; i < positions; i++) {
      rows[i] = row(ids[i], i);
    }
    int i = 0;
    while (i < positions) {
      if (i + 3 < positions && rows[i] instanceof double[] a && rows[i + 1] instanceof double[] b
          && rows[i + 2] instanceof double[] c && rows[i + 3] instanceof double[] d) {
        for (int j = 0; j < hidden; j++) {
          double sum = layer[j];
          sum += a[j];
          sum += b[j];
          sum += c[j];
          sum += d[j];
          layer[j] = sum;
        }
        i += 4;
      } else if (rows[i] instanceof double[] a) {
        for (int j = 0; j < hidden; j++) {
          layer[j] += a[j];
        }
        i++;
      } else {
        float[] a = (float[]) rows[i];
        for (int j = 0; j < hidden; j++) {
          layer[j] += a[j];
        }
        i++;
      }
    }
  }

  /** Adds the vector of input {@code id} at feature {@code position} to {@code layer}. */
  void addTo(double[] layer, int id, int position) {
    Object row = row(id, position);
    if (row instanceof double[] exact) {
      for (int j = 0; j < hidden; j++) {
        layer[j] += exact[j];
      }
    } else {
      float[] rounded = (float[]) row;
      for (int j = 0; j < hidden; j++) {
        layer[j] += rounded[j];
      }
    }
  }

  /** The vector of a frequent input ({@code double[]}) or of another ({@code float[]}). */
  private Object row(int id, int position) {
    int key = id * positions + position;
    int at = probe(key);
    if (frequentKeys[at] == key) {
      int slot = frequentSlots[at];
      double[] row = frequent.getAcquire(slot);
      if (row == null) {
        row = new double[hidden];
        if (saved != null) {
          saved.get(slot * hidden, row);
        } else {
          sum(id, position, row);
        }
        frequent.setRelease(slot, row);
      }
      return row;
    }
    int slot = mix(key) & (others.length() - 1);
    Rounded kept = others.getAcquire(slot);
    if (kept != null && kept.key() == key) {
      return kept.values();
    }
    double[] exact = new double[hidden];
    sum(id, position, exact);
    float[] row = new float[hidden];
    for (int j = 0; j < hidden; j++) {
      row[j] = (float) exact[j];
    }
    others.setRelease(slot, new Rounded(key, row));
    return row;
  }

  /**
   * Writes the vectors of all frequent inputs, in the order of the list given to the constructor
   * (its first occurrences), as little-endian doubles: what {@link #withSaved} reads.
   */
  void writeFrequent(OutputStream out) throws IOException {
    double[] row = new double[hidden];
    ByteBuffer bytes = ByteBuffer.allocate(hidden * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (int slot = 0; slot < frequent.length(); slot++) {
      int key = keyOfSlot[slot];
      Arrays.fill(row, 0);
      sum(key / positions, key % positions, row);
      bytes.clear();
      bytes.asDoubleBuffer().put(row);
      out.write(bytes.array());
    }
  }

  /**
   * These rows reading the frequent inputs' vectors from {@code saved} ({@link #writeFrequent}'s
   * output, mapped) when first needed instead of computing them.
   *
   * @throws IllegalArgumentException when {@code saved} does not hold one vector per frequent input
   */
  HiddenRows withSaved(ByteBuffer saved) {
    DoubleBuffer doubles = saved.duplicate().order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
    if (doubles.remaining() != (long) frequent.length() * hidden) {
      throw new IllegalArgumentException("saved vectors of another size");
    }
    return new HiddenRows(this, doubles);
  }

  /** Each hidden unit's sum over the embedding of float products, in embedding order, from zero. */
  private void sum(int id, int position, double[] sum) {
    float[] embedding = embeddings[id];
    int offset = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float value = embedding[k];
      float[] column = weightsByColumn[offset + k];
      for (int j = 0; j < hidden; j++) {
        sum[j] += column[j] * value;
      }
    }
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

package dev.newsimpact.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A multinomial logistic regression over string features: one weight per feature and label. Our own
 * text format rather than a serialised CoreNLP object, so the shipped file is small, diffable, loads
 * in milliseconds and is byte-for-byte what the trainer writes:
 *
 * <pre>
 * # a comment line
 * labels	positive	negative	neutral
 * feature	w_positive	w_negative	w_neutral
 * </pre>
 *
 * <p>Weights are written with four decimals, features sorted, "\n" line ends. Immutable and
 * thread-safe.
 */
public final class LinearModel {

  /** The labels in the file's column order. */
  public static final List<Sentiment.Label> LABELS =
      List.of(Sentiment.Label.POSITIVE, Sentiment.Label.NEGATIVE, Sentiment.Label.NEUTRAL);

  private final Map<String, double[]> weights;

  /** The weights of each feature, one per label in {@link #LABELS} order; copied. */
  public LinearModel(Map<String, double[]> weights) {
    Map<String, double[]> copy = new HashMap<>(weights.size() * 2);
    for (Map.Entry<String, double[]> e : weights.entrySet()) {
      if (e.getValue().length != LABELS.size()) {
        throw new IllegalArgumentException("feature " + e.getKey() + " needs " + LABELS.size()
            + " weights");
      }
      copy.put(e.getKey(), e.getValue().clone());
    }
    this.weights = copy;
  }

  /** Number of features with weights. */
  public int size() {
    return weights.size();
  }

  /** P(label | features) in {@link #LABELS} order; unknown features weigh nothing. */
  public double[] probabilities(Collection<String> features) {
    double[] scores = new double[LABELS.size()];
    for (String feature : features) {
      double[] w = weights.get(feature);
      if (w != null) {
        for (int k = 0; k < scores.length; k++) {
          scores[k] += w[k];
        }
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      scores[k] = Math.exp(scores[k] - max);
      sum += scores[k];
    }
    for (int k = 0; k < scores.length; k++) {
      scores[k] /= sum;
    }
    return scores;
  }

  /** Writes the model in the text format; the writer is flushed, not closed. */
  public void write(Writer out, String comment) throws IOException {
    for (String line : comment.split("\n", -1)) {
      out.write("# " + line + "\n");
    }
    out.write("labels");
    for (Sentiment.Label label : LABELS) {
      out.write("\t" + label.schemaName());
    }
    out.write("\n");
    SortedMap<String, double[]> sorted = new TreeMap<>(weights);
    for (Map.Entry<String, double[]> e : sorted.entrySet()) {
      out.write(e.getKey());
      for (double w : e.getValue()) {
        out.write("\t" + format(w));
      }
      out.write("\n");
    }
    out.flush();
  }

  /** Weights as written: four decimals, no negative zero. */
  public static String format(double weight) {
    String s = String.format(Locale.ROOT, "%.4f", weight);
    return s.equals("-0.0000") ? "0.0000" : s;
  }

  /**
   * Reads the text format; the stream is not closed. The model is read on a cold JVM, where every
   * step runs interpreted, so the bytes are scanned once by hand rather than through a Reader,
   * {@code split} and {@code Double.parseDouble}: several times faster there.
   */
  public static LinearModel read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    Map<String, double[]> weights = new HashMap<>(bytes.length / 16);
    int number = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      if (end > start && bytes[start] != '#') {
        line(bytes, start, end, number, weights);
      }
      start = end + 1;
    }
    return new LinearModel(weights);
  }

  // One "feature<TAB>w<TAB>w<TAB>w" line, or the labels line.
  private static void line(byte[] bytes, int start, int end, int number,
      Map<String, double[]> weights) throws IOException {
    int[] tabs = new int[LABELS.size()];
    int found = 0;
    for (int i = start; i < end; i++) {
      if (bytes[i] == '\t') {
        if (found == tabs.length) {
          throw new IOException("model line " + number + ": too many cells");
        }
        tabs[found++] = i;
      }
    }
    if (found != tabs.length) {
      throw new IOException("model line " + number + ": expected " + (LABELS.size() + 1)
          + " tab-separated cells");
    }
    String feature = new String(bytes, start, tabs[0] - start, StandardCharsets.UTF_8);
    if (feature.equals("labels")) {
      String[] cells = new String(bytes, start, end - start, StandardCharsets.UTF_8).split("\t");
      checkLabels(cells, number);
      return;
    }
    double[] w = new double[LABELS.size()];
    for (int k = 0; k < w.length; k++) {
      w[k] = parse(bytes, tabs[k] + 1, k + 1 < tabs.length ? tabs[k + 1] : end, number);
    }
    weights.put(feature, w);
  }

  // The written form only ("-1.2345").
  private static double parse(byte[] bytes, int from, int to, int number) throws IOException {
    boolean negative = from < to && bytes[from] == '-';
    long units = 0;
    int decimals = -1;
    for (int i = negative ? from + 1 : from; i < to; i++) {
      byte c = bytes[i];
      if (c == '.' && decimals < 0) {
        decimals = 0;
      } else if (c >= '0' && c <= '9' && units < Long.MAX_VALUE / 100) {
        units = units * 10 + (c - '0');
        decimals += decimals >= 0 ? 1 : 0;
      } else {
        throw new IOException("model line " + number + ": not a weight");
      }
    }
    if (to - from <= (negative ? 1 : 0)) {
      throw new IOException("model line " + number + ": empty weight");
    }
    double value = units / Math.pow(10, Math.max(decimals, 0));
    return negative ? -value : value;
  }

  private static void checkLabels(String[] cells, int number) throws IOException {
    for (int k = 0; k < LABELS.size(); k++) {
      if (!cells[k + 1].equals(LABELS.get(k).schemaName())) {
        throw new IOException("model line " + number + ": labels must be " + LABELS);
      }
    }
  }
}

package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction-benchmark metric, reimplemented from its description: texts become
 * multisets of 4-token shingles (tokens are runs of word characters); per document TP, FP and FN
 * are counted over shingles and normalised to sum to 1; precision and recall are averaged over
 * documents; F1 is the harmonic mean of the two averages.
 */
final class ShingleMetric {
  private static final int N = 4;

  private final List<double[]> documents = new ArrayList<>();

  /** Adds one document and returns its normalised {tp, fp, fn}. */
  double[] add(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Map<List<String>, Integer> all = new HashMap<>(t);
    p.forEach((k, v) -> all.merge(k, 0, (a, b) -> a));
    for (List<String> key : all.keySet()) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    double[] counts = sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
    documents.add(counts);
    return counts;
  }

  double precision() {
    return documents.stream().filter(d -> d[0] + d[1] > 0).mapToDouble(ShingleMetric::precision).average().orElse(0);
  }

  double recall() {
    return documents.stream().filter(d -> d[0] + d[2] > 0).mapToDouble(ShingleMetric::recall).average().orElse(0);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static double precision(double[] d) {
    if (d[1] == 0 && d[2] == 0) {
      return 1;
    }
    return d[0] + d[1] == 0 ? 0 : d[0] / (d[0] + d[1]);
  }

  static double recall(double[] d) {
    if (d[1] == 0 && d[2] == 0) {
      return 1;
    }
    return d[0] + d[2] == 0 ? 0 : d[0] / (d[0] + d[2]);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      boolean word = i < text.length() && isWordChar(cp);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
    return tokens;
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text == null ? "" : text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Python's \w: alphanumeric (letters, digits, other numerics) or underscore. */
  private static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}

package dev.newsimpact.sentiment.train;

import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.sentiment.LinearModel;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses training settings on the training split alone, so the held-out passages judge the result
 * without having chosen it. Each setting is scored by 5-fold cross-validation by passage, repeated
 * with three different fold assignments: one 5-fold run moves by 0.3 points between two equally good
 * settings, and the repeats halve that noise. A fold assignment is a hash of the passage index and
 * the repeat, so the figures are the same on every run.
 */
final class CrossValidation {

  static final int FOLDS = 5;
  static final int REPEATS = 3;
  static final double[] SIGMAS = {1, 2, 4, 8, 16};
  static final int[] MIN_COUNTS = {1, 2};

  /**
   * Accuracy of one setting over every fold of every repeat.
   *
   * @param all right / scored over all training spans, summed over the repeats
   * @param linked the same over the spans a Reuters code follows
   */
  record Score(ClassifierTraining settings, Accuracy all, Accuracy linked) {}

  private CrossValidation() {}

  /** Scores every setting of the grid and prints one line each, then the best by all spans. */
  static Score run(List<Example> examples, PrintStream out) {
    List<Example> training = examples.stream().filter(e -> !e.heldOut()).toList();
    Score best = null;
    for (double sigma : SIGMAS) {
      for (int minCount : MIN_COUNTS) {
        Score score = score(training, new ClassifierTraining(sigma, minCount));
        out.printf(Locale.ROOT, "cv sigma %4.1f min count %d: all spans %s, linked spans %s%n",
            sigma, minCount, score.all(), score.linked());
        if (best == null || score.all().correct() > best.all().correct()) {
          best = score;
        }
      }
    }
    out.printf(Locale.ROOT, "cv best: sigma %.1f min count %d (shipped: sigma %.1f min count %d)%n",
        best.settings().sigma(), best.settings().minFeatureCount(),
        ClassifierTraining.shipped().sigma(), ClassifierTraining.shipped().minFeatureCount());
    return best;
  }

  static Score score(List<Example> training, ClassifierTraining settings) {
    int correct = 0;
    int linkedCorrect = 0;
    int linked = 0;
    for (int repeat = 0; repeat < REPEATS; repeat++) {
      for (int fold = 0; fold < FOLDS; fold++) {
        int r = repeat;
        int f = fold;
        List<Example> fit = training.stream().filter(e -> fold(e, r) != f).toList();
        List<Example> test = training.stream().filter(e -> fold(e, r) == f).toList();
        LinearModel model = SentimentTrainer.train(fit, settings);
        FinanceSentimentScorer scorer = new FinanceSentimentScorer(model);
        correct += Accuracy.of(scorer, test, e -> true).correct();
        linkedCorrect += Accuracy.of(scorer, test, Example::linked).correct();
        linked += (int) test.stream().filter(Example::linked).count();
      }
    }
    return new Score(settings, new Accuracy(correct, training.size() * REPEATS, Map.of()),
        new Accuracy(linkedCorrect, linked, Map.of()));
  }

  // The fold of an example's passage in one repeat: a mix of the two numbers (SplitMix64's).
  static int fold(Example e, int repeat) {
    long h = e.passage() * 0x9E3779B97F4A7C15L + repeat * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    return (int) Math.floorMod(h, (long) FOLDS);
  }
}

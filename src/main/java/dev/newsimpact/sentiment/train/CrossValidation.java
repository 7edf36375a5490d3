package dev.newsimpact.sentiment.train;

import dev.newsimpact.sentiment.FinanceSentimentScorer;
import dev.newsimpact.sentiment.LinearModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses training settings on the training data alone, so the held-out passages and the held-out
 * headlines judge the result without having chosen it. Each setting is scored by 5-fold
 * cross-validation, repeated with three different fold assignments: one 5-fold run moves by 0.3
 * points between two equally good settings, and the repeats halve that noise. FinEntity spans are
 * folded by passage and tweets one by one, each fold holding out a fifth of both; a fold assignment
 * is a hash of the passage number and the repeat, so the figures are the same on every run. Each
 * setting's model trained on all the training data is also scored on the headline development set.
 */
final class CrossValidation {

  static final int FOLDS = 5;
  static final int REPEATS = 3;
  static final double[] SIGMAS = {1, 2, 4, 8, 16};
  static final int[] MIN_COUNTS = {1, 2};
  // Copies of each polar tweet and of each neutral one, tried with the priors below.
  static final int[][] TWEET_COPIES = {{1, 1}, {2, 1}, {1, 0}};
  static final double[] TWEET_SIGMAS = {4, 16};

  /**
   * Accuracy of one setting over every fold of every repeat.
   *
   * @param all right / scored over all FinEntity training spans, summed over the repeats
   * @param linked the same over the spans a Reuters code follows
   * @param tweets the same over the tweets
   * @param headlines the headline development set, scored by the model trained on everything
   * @param headlinesRight how many of those headlines it gets right
   */
  record Score(ClassifierTraining settings, int tweetCopies, int neutralCopies, Accuracy all,
      Accuracy linked, Accuracy tweets, String headlines, int headlinesRight) {

    /**
     * What the grid is ranked by: FinEntity spans, then the headline development set. Not the
     * tweets: they are labelled for market mood, where a deal or an order is mostly neutral, so
     * fitting them better is not the task.
     */
    boolean beats(Score other) {
      return all.correct() != other.all.correct() ? all.correct() > other.all.correct()
          : headlinesRight > other.headlinesRight;
    }
  }

  private CrossValidation() {}

  /** Scores every setting of the grid, printing one line each, then the best ({@link Score#beats}). */
  static Score run(List<Example> examples, List<Example> tweets, PrintStream out)
      throws IOException {
    List<Example> training = examples.stream().filter(e -> !e.heldOut()).toList();
    Score best = null;
    for (double sigma : SIGMAS) {
      for (int minCount : MIN_COUNTS) {
        best = better(best, score(training, tweets, new ClassifierTraining(sigma, minCount), 0, 0,
            out));
      }
    }
    for (int[] copies : TWEET_COPIES) {
      for (double sigma : TWEET_SIGMAS) {
        best = better(best, score(training, tweets, new ClassifierTraining(sigma, 1), copies[0],
            copies[1], out));
      }
    }
    out.printf(Locale.ROOT, "cv best: sigma %.1f min count %d tweets x%d neutral x%d (shipped:"
            + " sigma %.1f min count %d tweets x%d neutral x%d)%n",
        best.settings().sigma(), best.settings().minFeatureCount(), best.tweetCopies(),
        best.neutralCopies(), ClassifierTraining.shipped().sigma(),
        ClassifierTraining.shipped().minFeatureCount(), SentimentTrainer.TWEET_COPIES,
        SentimentTrainer.TWEET_NEUTRAL_COPIES);
    return best;
  }

  private static Score better(Score best, Score score) {
    return best == null || score.beats(best) ? score : best;
  }

  private static Score score(List<Example> training, List<Example> tweets,
      ClassifierTraining settings, int copies, int neutralCopies, PrintStream out)
      throws IOException {
    Score score = score(training, tweets, settings, copies, neutralCopies);
    out.printf(Locale.ROOT, "cv sigma %4.1f min count %d tweets x%d neutral x%d: FinEntity spans"
            + " %s, linked %s, tweets %s; headline dev %s%n", settings.sigma(),
        settings.minFeatureCount(), copies, neutralCopies, score.all(), score.linked(),
        score.tweets(), score.headlines());
    return score;
  }

  static Score score(List<Example> training, List<Example> tweets, ClassifierTraining settings,
      int copies, int neutralCopies) throws IOException {
    int correct = 0;
    int linkedCorrect = 0;
    int linked = 0;
    int tweetsCorrect = 0;
    for (int repeat = 0; repeat < REPEATS; repeat++) {
      for (int fold = 0; fold < FOLDS; fold++) {
        int r = repeat;
        int f = fold;
        List<Example> fit = SentimentTrainer.mix(
            training.stream().filter(e -> fold(e, r) != f).toList(),
            tweets.stream().filter(e -> fold(e, r) != f).toList(), copies, neutralCopies);
        List<Example> test = training.stream().filter(e -> fold(e, r) == f).toList();
        List<Example> testTweets = tweets.stream().filter(e -> fold(e, r) == f).toList();
        LinearModel model = SentimentTrainer.train(fit, settings);
        FinanceSentimentScorer scorer = new FinanceSentimentScorer(model);
        correct += Accuracy.of(scorer, test, e -> true).correct();
        linkedCorrect += Accuracy.of(scorer, test, Example::linked).correct();
        linked += (int) test.stream().filter(Example::linked).count();
        tweetsCorrect += Accuracy.of(scorer, testTweets, e -> true).correct();
      }
    }
    FinanceSentimentScorer whole = new FinanceSentimentScorer(
        SentimentTrainer.train(SentimentTrainer.mix(training, tweets, copies, neutralCopies), settings));
    Path dev = Path.of(HeadlineCheck.FILE);
    List<HeadlineCheck.Result> results =
        Files.isRegularFile(dev) ? HeadlineCheck.score(dev, whole) : List.of();
    String headlines = results.isEmpty() ? "skipped, no " + dev : HeadlineCheck.accuracy(results);
    return new Score(settings, copies, neutralCopies, new Accuracy(correct, training.size() * REPEATS, Map.of()),
        new Accuracy(linkedCorrect, linked, Map.of()),
        new Accuracy(tweetsCorrect, tweets.size() * REPEATS, Map.of()), headlines,
        (int) results.stream().filter(HeadlineCheck.Result::right).count());
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

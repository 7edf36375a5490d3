package dev.newsimpact.sentiment.train;

import dev.newsimpact.sentiment.LinearModel;
import dev.newsimpact.sentiment.Sentiment;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.GeneralDataset;
import edu.stanford.nlp.classify.LogConditionalObjectiveFunction;
import edu.stanford.nlp.classify.LogPrior;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.optimization.QNMinimizer;
import edu.stanford.nlp.util.Index;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link LinearModel} with CoreNLP's maximum-entropy machinery: a {@link Dataset} of
 * binary features, its {@link LogConditionalObjectiveFunction} with a Gaussian prior, minimised by
 * {@link QNMinimizer} (what {@code LinearClassifierFactory} does by default). The only class of the
 * project besides {@code nlp} that imports CoreNLP.
 *
 * <p>We build the objective ourselves for one reason: CoreNLP splits the gradient over as many
 * threads as the machine has cores, which changes the order of floating-point sums and so the last
 * bits of the weights. Computed on one thread, training is a pure function of its input and the
 * model file is byte-identical on every machine.
 *
 * @param sigma the prior's standard deviation; smaller means stronger smoothing
 * @param minFeatureCount features seen in fewer training examples are dropped
 */
public record ClassifierTraining(double sigma, int minFeatureCount) {

  private static final double TOLERANCE = 1e-5;
  private static final int MEMORY = 15;

  /** The settings the shipped model is trained with: the best of {@code --cv}'s grid. */
  public static ClassifierTraining shipped() {
    return new ClassifierTraining(16.0, 1);
  }

  /** A model for the examples, each given as its feature list and gold label. */
  public LinearModel train(List<List<String>> features, List<Sentiment.Label> labels) {
    if (features.size() != labels.size() || features.isEmpty()) {
      throw new IllegalArgumentException("need as many labels as feature lists, at least one");
    }
    Dataset<Sentiment.Label, String> data = new Dataset<>();
    for (Sentiment.Label label : LinearModel.LABELS) {
      data.labelIndex().add(label);
    }
    for (int i = 0; i < features.size(); i++) {
      data.add(new BasicDatum<>(features.get(i), labels.get(i)));
    }
    if (minFeatureCount > 1) {
      data.applyFeatureCountThreshold(minFeatureCount);
    }
    SequentialObjective objective =
        new SequentialObjective(data, new LogPrior(LogPrior.LogPriorType.QUADRATIC, sigma, 0.1));
    QNMinimizer minimizer = new QNMinimizer(MEMORY);
    minimizer.shutUp();
    double[] x = minimizer.minimize(objective, TOLERANCE, new double[objective.domainDimension()]);
    return toModel(objective.to2D(x), data.featureIndex(), data.labelIndex());
  }

  private static LinearModel toModel(
      double[][] weights, Index<String> features, Index<Sentiment.Label> labels) {
    Map<String, double[]> byFeature = new HashMap<>();
    for (int f = 0; f < features.size(); f++) {
      double[] w = new double[LinearModel.LABELS.size()];
      boolean any = false;
      for (int k = 0; k < w.length; k++) {
        w[k] = weights[f][labels.indexOf(LinearModel.LABELS.get(k))];
        any |= !LinearModel.format(w[k]).equals("0.0000");
      }
      if (any) {
        byFeature.put(features.get(f), w);
      }
    }
    return new LinearModel(byFeature);
  }

  /** The objective with CoreNLP's parallel gradient switched off. */
  private static final class SequentialObjective
      extends LogConditionalObjectiveFunction<Sentiment.Label, String> {

    SequentialObjective(GeneralDataset<Sentiment.Label, String> data, LogPrior prior) {
      super(data, prior);
      parallelGradientCalculation = false;
    }
  }
}

package dev.newsimpact.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's arc-standard parser) run on its own model,
 * with our evaluation of the network. CoreNLP's configurations and transition system decide what
 * may happen; the scores that choose among the transitions are computed here, in the same
 * arithmetic as CoreNLP's so that every parse is the same, but without its costs: the first layer's
 * vectors are computed (or read from the cache) when first needed instead of at load (see {@link
 * HiddenRows}), without a lock shared by all threads; the output layer is read by columns, in double,
 * four hidden units a pass, so that its loop compiles to vector instructions, each transition's score
 * still summed in the original order; and a configuration where one transition alone applies skips
 * the network.
 *
 * <p>Supports the Universal Dependencies English model, the default; {@link ParserWeights} refuses
 * others. Thread-safe. (Over 250 lines: features, scores and the structure CoreNLP returns must
 * all match CoreNLP's, and are easier to check side by side.)
 */
final class TransitionParser {

  /** Feature positions: 18 words, 18 tags, 12 labels, as CoreNLP lays them out. */
  static final int POSITIONS = 48;

  /** Where the tags start; a token's tag sits this far after its word. */
  private static final int TAGS = 18;
  /** The first child's word; the children's labels start at {@link #LABELS} in the same order. */
  private static final int FIRST_CHILD = 6;
  private static final int LABELS = 36;
  private static final int CHILDREN = 6;
  /** Inputs outside the frequent list whose vectors are kept: 16384 rounded vectors, 64 MB at most. */
  private static final int OTHERS_KEPT = 1 << 14;

  private final Map<String, Integer> wordIds = new HashMap<>();
  private final Map<String, Integer> tagIds = new HashMap<>();
  private final Map<String, Integer> labelIds = new HashMap<>();
  private final int unknownWord;
  private final int unknownTag;
  private final HiddenRows rows;
  private final double[] bias;
  /** Output weights by hidden unit, widened to double (exactly) and padded with zeros. */
  private final double[][] outputByHidden;
  private final ArcStandard system;
  private final String[] transitions;
  /** One transition of each kind that {@link ArcStandard#canApply} tells apart, and their counts. */
  private final String[] kinds;
  private final int[] kindSizes;

  TransitionParser(ParserWeights weights) throws ReflectiveOperationException {
    this(weights, null);
  }

  /**
   * A parser that reads the frequent inputs' first-layer vectors from {@code savedRows} (what
   * {@link #writeFrequentRows} wrote for the same weights, mapped), or computes them when null.
   */
  TransitionParser(ParserWeights weights, ByteBuffer savedRows) throws ReflectiveOperationException {
    // Ids run on from words to tags to labels; a repeated name keeps its last id, as in CoreNLP.
    int id = 0;
    for (String word : weights.words()) {
      wordIds.put(word, id++);
    }
    for (String tag : weights.tags()) {
      tagIds.put(tag, id++);
    }
    for (String label : weights.labels()) {
      labelIds.put(label, id++);
    }
    unknownWord = wordIds.get(ParserWeights.UNKNOWN);
    unknownTag = tagIds.get(ParserWeights.UNKNOWN);
    HiddenRows computed = new HiddenRows(weights.embeddings(), weights.hiddenWeights(), POSITIONS,
        weights.precomputed(), OTHERS_KEPT);
    rows = savedRows == null ? computed : computed.withSaved(savedRows);
    bias = new double[weights.hiddenBias().length];
    for (int j = 0; j < bias.length; j++) {
      bias[j] = weights.hiddenBias()[j];
    }
    float[][] output = weights.outputWeights();
    outputByHidden = new double[output[0].length][(output.length + 7) & ~7];
    for (int t = 0; t < output.length; t++) {
      for (int j = 0; j < output[t].length; j++) {
        outputByHidden[j][t] = output[t][j];
      }
    }
    List<String> labels = new ArrayList<>(weights.labels());
    labels.remove(0);
    system = new ArcStandard(weights.treebankPack(), labels, false);
    transitions = new String[system.numTransitions()];
    for (String label : labels) {
      transitions[system.getTransitionID("L(" + label + ")")] = "L(" + label + ")";
      transitions[system.getTransitionID("R(" + label + ")")] = "R(" + label + ")";
    }
    transitions[system.getTransitionID("S")] = "S";
    if (Arrays.asList(transitions).contains(null) || transitions.length != output.length) {
      throw new IllegalArgumentException("the model's transitions do not match the parsing system");
    }
    // The system's first label is the root's; whether a transition applies depends on its
    // direction and on whether its label is the root's, not on which other label it is.
    String root = labels.get(0);
    String other = labels.size() > 1 ? labels.get(1) : root;
    kinds = new String[] {"L(" + root + ")", "L(" + other + ")", "R(" + root + ")",
        "R(" + other + ")", "S"};
    kindSizes = new int[] {1, labels.size() - 1, 1, labels.size() - 1, 1};
  }

  /** The basic dependencies of one sentence whose tokens carry words and part-of-speech tags. */
  GrammaticalStructure parse(CoreMap sentence) {
    Configuration configuration = system.initialConfiguration(sentence);
    int[] features = new int[POSITIONS];
    double[] layer = new double[rows.hiddenSize()];
    double[] scores = new double[outputByHidden[0].length];
    while (!system.isTerminal(configuration)) {
      if (applicable(configuration) == 1) {
        // The best applicable transition is the only one: the scores cannot change the choice.
        for (String transition : transitions) {
          if (system.canApply(configuration, transition)) {
            system.apply(configuration, transition);
            break;
          }
        }
        continue;
      }
      features(configuration, features);
      score(features, layer, scores);
      double best = Double.NEGATIVE_INFINITY;
      String choice = null;
      for (int j = 0; j < transitions.length; j++) {
        if (scores[j] > best && system.canApply(configuration, transitions[j])) {
          best = scores[j];
          choice = transitions[j];
        }
      }
      system.apply(configuration, choice);
    }
    return structure(sentence, configuration);
  }

  /** Writes the frequent inputs' first-layer vectors, which the two-argument constructor reads. */
  void writeFrequentRows(OutputStream out) throws IOException {
    rows.writeFrequent(out);
  }

  /** How many transitions may apply to {@code configuration}. */
  private int applicable(Configuration configuration) {
    int count = 0;
    for (int k = 0; k < kinds.length; k++) {
      if (system.canApply(configuration, kinds[k])) {
        count += kindSizes[k];
      }
    }
    return count;
  }

  /**
   * The network's score of every transition: the first layer's vectors summed in feature order,
   * plus the bias, cubed, then each output row's dot product with that, summed in hidden order.
   */
  private void score(int[] features, double[] layer, double[] scores) {
    Arrays.fill(layer, 0);
    rows.addAll(layer, features);
    for (int j = 0; j < layer.length; j++) {
      layer[j] += bias[j];
      layer[j] = layer[j] * layer[j] * layer[j];
    }
    Arrays.fill(scores, 0);
    // Four hidden units per pass over the scores; each score still adds them one after the other.
    int j = 0;
    for (; j + 3 < layer.length; j += 4) {
      double v0 = layer[j];
      double v1 = layer[j + 1];
      double v2 = layer[j + 2];
      double v3 = layer[j + 3];
      double[] w0 = outputByHidden[j];
      double[] w1 = outputByHidden[j + 1];
      double[] w2 = outputByHidden[j + 2];
      double[] w3 = outputByHidden[j + 3];
      for (int t = 0; t < scores.length; t++) {
        double score = scores[t];
        score += v0 * w0[t];
        score += v1 * w1[t];
        score += v2 * w2[t];
        score += v3 * w3[t];
        scores[t] = score;
      }
    }
    for (; j < layer.length; j++) {
      double value = layer[j];
      double[] weights = outputByHidden[j];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += value * weights[t];
      }
    }
  }

  /** The 48 inputs of a configuration, in CoreNLP's order. */
  private void features(Configuration c, int[] features) {
    for (int j = 2; j >= 0; j--) {
      token(c, c.getStack(j), features, 2 - j);
    }
    for (int j = 0; j <= 2; j++) {
      token(c, c.getBuffer(j), features, 3 + j);
    }
    for (int j = 0; j <= 1; j++) {
      int top = c.getStack(j);
      int at = FIRST_CHILD + j * CHILDREN;
      child(c, c.getLeftChild(top), features, at);
      child(c, c.getRightChild(top), features, at + 1);
      child(c, c.getLeftChild(top, 2), features, at + 2);
      child(c, c.getRightChild(top, 2), features, at + 3);
      child(c, c.getLeftChild(c.getLeftChild(top)), features, at + 4);
      child(c, c.getRightChild(c.getRightChild(top)), features, at + 5);
    }
  }

  private void token(Configuration c, int index, int[] features, int at) {
    Integer word = wordIds.get(c.getWord(index));
    Integer tag = tagIds.get(c.getPOS(index));
    features[at] = word != null ? word : unknownWord;
    features[TAGS + at] = tag != null ? tag : unknownTag;
  }

  private void child(Configuration c, int index, int[] features, int at) {
    token(c, index, features, at);
    features[LABELS + at - FIRST_CHILD] = labelIds.get(c.getLabel(index));
  }

  /** The parse as CoreNLP's parser returns it: typed dependencies over the sentence's tokens. */
  private static GrammaticalStructure structure(CoreMap sentence, Configuration configuration) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = configuration.getHead(i);
      IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT
          : relation(configuration.getLabel(i));
      dependencies.add(new TypedDependency(relation, governor, dependent));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }
}

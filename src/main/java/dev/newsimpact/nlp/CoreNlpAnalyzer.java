package dev.newsimpact.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link LanguageAnalyzer} on Stanford CoreNLP, the class that runs it for the product.
 *
 * <p>Lean pipelines ({@link CoreNlpModels}): {@code tokenize,ssplit} for the whole text, {@code
 * pos,lemma}, {@code ner} with the 4-class model, and CoreNLP's dependency parser model run by
 * {@link TransitionParser}. Each analysis runs only on the sentences asked for; their tokens are
 * rebuilt from our records, so no CoreNLP object outlives a call.
 *
 * <p>Thread-safe: CoreNLP's annotators and the parser may be shared between threads.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

  private static final CoreNlpAnalyzer SHARED = new CoreNlpAnalyzer(ModelCache.configured());

  private final CoreNlpModels models;

  /** An analyzer of its own, its models loaded on first use, from {@code cache} when not null. */
  CoreNlpAnalyzer(ModelCache cache) {
    this.models = new CoreNlpModels(cache);
  }

  /** The process-wide analyzer: models are loaded once per JVM, on first use. */
  public static CoreNlpAnalyzer shared() {
    return SHARED;
  }

  /**
   * Loads every model now, side by side, and returns when all are loaded, so that later calls pay no
   * loading cost (used by benchmarks).
   */
  public void warmUp() {
    models.warmUp();
  }

  /**
   * Starts loading the models on daemon threads, one per model, and returns at once; a call that
   * needs a model still loading waits for it. Cuts a cold run's wall time on a multi-core machine.
   * Calls after the first do nothing.
   */
  public void warmUpInBackground() {
    models.warmUpInBackground();
  }

  @Override
  public AnnotatedText tokenize(String text) {
    Annotation annotation = new Annotation(InstrumentCodes.blank(text));
    models.tokenizer().annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap map : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        tokens.add(new Token(tokens.size(), label.word(), label.beginPosition(),
            label.endPosition(), null, null, null));
      }
      int begin = tokens.get(0).begin();
      int end = tokens.get(tokens.size() - 1).end();
      sentences.add(new Sentence(sentences.size(), begin, end, text.substring(begin, end), tokens,
          List.of(), false, false));
    }
    return new AnnotatedText(text, sentences);
  }

  @Override
  public AnnotatedText analyze(AnnotatedText text, Set<Integer> entities, Set<Integer> tags,
      Set<Integer> parse) {
    List<Sentence> sentences = new ArrayList<>(text.sentences());
    Map<Integer, CoreMap> touched = new TreeMap<>();
    List<CoreMap> toTag = new ArrayList<>();
    List<CoreMap> toRecognize = new ArrayList<>();
    Set<Integer> recognized = new HashSet<>();
    Map<Integer, CoreMap> toParse = new TreeMap<>();
    for (Sentence sentence : sentences) {
      int index = sentence.index();
      boolean tag = (tags.contains(index) || parse.contains(index))
          && sentence.tokens().get(0).pos() == null;
      boolean recognize = entities.contains(index) && !sentence.tagged();
      boolean parseIt = parse.contains(index) && !sentence.parsed();
      if (!(tag || recognize || parseIt)) {
        continue;
      }
      CoreMap map = toCoreMap(sentence);
      touched.put(index, map);
      if (tag) {
        toTag.add(map);
      }
      if (recognize) {
        toRecognize.add(map);
        recognized.add(index);
      }
      if (parseIt) {
        toParse.put(index, map);
      }
    }
    if (!toTag.isEmpty()) {
      models.tagger().annotate(asAnnotation(text.text(), toTag));
    }
    if (!toRecognize.isEmpty()) {
      models.recognizer().annotate(asAnnotation(text.text(), toRecognize));
    }
    for (Map.Entry<Integer, CoreMap> entry : touched.entrySet()) {
      int index = entry.getKey();
      CoreMap parsed = toParse.get(index);
      List<Dependency> dependencies = parsed == null ? null : dependencies(models.parser().parse(parsed));
      sentences.set(index, fromCoreMap(sentences.get(index), entry.getValue(),
          recognized.contains(index), dependencies));
    }
    return new AnnotatedText(text.text(), sentences);
  }

  private static CoreMap toCoreMap(Sentence sentence) {
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
    for (Token token : sentence.tokens()) {
      CoreLabel label = new CoreLabel();
      label.setWord(token.word());
      label.setValue(token.word());
      label.setOriginalText(token.word());
      label.setBeginPosition(token.begin());
      label.setEndPosition(token.end());
      label.setIndex(token.index() + 1);
      label.setSentIndex(sentence.index());
      if (token.pos() != null) {
        label.setTag(token.pos());
        label.setLemma(token.lemma());
      }
      if (token.ner() != null) {
        label.setNER(token.ner());
      }
      labels.add(label);
    }
    CoreMap map = new ArrayCoreMap();
    map.set(CoreAnnotations.TokensAnnotation.class, labels);
    map.set(CoreAnnotations.TextAnnotation.class, sentence.text());
    map.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.index());
    map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.begin());
    map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
    return map;
  }

  private static Annotation asAnnotation(String text, List<CoreMap> sentences) {
    Annotation annotation = new Annotation(text);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, tokens);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return annotation;
  }

  /** The enhanced++ graph, built the way CoreNLP's depparse annotator builds it. */
  private static List<Dependency> dependencies(GrammaticalStructure structure) {
    SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure,
        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
    List<Dependency> dependencies = new ArrayList<>();
    for (var root : graph.getRoots()) {
      dependencies.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      dependencies.add(new Dependency(edge.getGovernor().index() - 1,
          edge.getDependent().index() - 1, edge.getRelation().toString()));
    }
    return dependencies;
  }

  /** {@code sentence} with what CoreNLP added to {@code map}; null dependencies keep the old ones. */
  private static Sentence fromCoreMap(Sentence sentence, CoreMap map, boolean recognized,
      List<Dependency> dependencies) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      Token token = sentence.tokens().get(i);
      tokens.add(new Token(token.index(), token.word(), token.begin(), token.end(), label.tag(),
          label.lemma(), label.ner()));
    }
    return new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), tokens,
        dependencies == null ? sentence.dependencies() : dependencies,
        recognized || sentence.tagged(), dependencies != null || sentence.parsed());
  }
}

package dev.newsimpact.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link LanguageAnalyzer} on Stanford CoreNLP, the only class that touches CoreNLP.
 *
 * <p>Four lean pipelines, each built on first use: {@code tokenize,ssplit} for the whole text (no
 * models), {@code pos,lemma}, {@code ner} with the 4-class model and without SUTime, numeric
 * classifiers or fine-grained NER (the defaults cost 20-40x more and we parse figures ourselves), and
 * {@code depparse} for enhanced++ dependencies. Tagging and parsing run only on the sentences asked
 * for; their tokens are rebuilt from our records, so no CoreNLP object outlives a call. Loading the
 * three models dominates a short run, so {@link #warmUpInBackground()} loads them side by side.
 *
 * <p>Thread-safe: CoreNLP's annotators may be shared between threads.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

  static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final CoreNlpAnalyzer SHARED = new CoreNlpAnalyzer();

  private final Lazy<StanfordCoreNLP> tokenizer = new Lazy<>(CoreNlpAnalyzer::buildTokenizer);
  private final Lazy<StanfordCoreNLP> tagger = new Lazy<>(CoreNlpAnalyzer::buildTagger);
  private final Lazy<StanfordCoreNLP> recognizer = new Lazy<>(CoreNlpAnalyzer::buildRecognizer);
  private final Lazy<StanfordCoreNLP> parser = new Lazy<>(CoreNlpAnalyzer::buildParser);

  /** The process-wide analyzer: models are loaded once per JVM, on first use. */
  public static CoreNlpAnalyzer shared() {
    return SHARED;
  }

  /**
   * Loads every model now, side by side, and returns when all are loaded, so that later calls pay no
   * loading cost (used by benchmarks).
   */
  public void warmUp() {
    warmUpInBackground();
    tokenizer.get();
    tagger.get();
    recognizer.get();
    parser.get();
  }

  /**
   * Starts loading the models on daemon threads, one per model, and returns at once; a call that
   * needs a model still loading waits for it. Cuts a cold run's wall time on a multi-core machine.
   */
  public void warmUpInBackground() {
    for (Lazy<StanfordCoreNLP> lazy : List.of(tagger, recognizer, parser)) {
      Thread thread = new Thread(lazy::get, "newsimpact-model-loader");
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public AnnotatedText tokenize(String text) {
    Annotation annotation = new Annotation(text);
    tokenizer.get().annotate(annotation);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap map : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        tokens.add(
            new Token(
                tokens.size(),
                label.word(),
                label.beginPosition(),
                label.endPosition(),
                null,
                null,
                null));
      }
      int begin = tokens.get(0).begin();
      int end = tokens.get(tokens.size() - 1).end();
      sentences.add(
          new Sentence(
              sentences.size(),
              begin,
              end,
              text.substring(begin, end),
              tokens,
              List.of(),
              false,
              false));
    }
    return new AnnotatedText(text, sentences);
  }

  @Override
  public AnnotatedText analyze(AnnotatedText text, Set<Integer> tag, Set<Integer> parse) {
    List<Sentence> sentences = new ArrayList<>(text.sentences());
    List<Integer> toTag = new ArrayList<>();
    for (Sentence sentence : sentences) {
      boolean wanted = tag.contains(sentence.index()) || parse.contains(sentence.index());
      if (wanted && !sentence.tagged()) {
        toTag.add(sentence.index());
      }
    }
    List<CoreMap> tagged = toCoreMaps(sentences, toTag);
    if (!tagged.isEmpty()) {
      Annotation annotation = asAnnotation(text.text(), tagged);
      tagger.get().annotate(annotation);
      recognizer.get().annotate(annotation);
    }
    List<CoreMap> toParse = new ArrayList<>();
    List<Integer> parseIndices = new ArrayList<>();
    for (int i = 0; i < toTag.size(); i++) {
      if (parse.contains(toTag.get(i))) {
        toParse.add(tagged.get(i));
        parseIndices.add(toTag.get(i));
      }
    }
    List<Integer> alreadyTagged = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (parse.contains(sentence.index()) && sentence.tagged() && !sentence.parsed()) {
        alreadyTagged.add(sentence.index());
      }
    }
    toParse.addAll(toCoreMaps(sentences, alreadyTagged));
    parseIndices.addAll(alreadyTagged);
    if (!toParse.isEmpty()) {
      parser.get().annotate(asAnnotation(text.text(), toParse));
    }
    for (int i = 0; i < toTag.size(); i++) {
      int index = toTag.get(i);
      sentences.set(index, fromCoreMap(sentences.get(index), tagged.get(i), false));
    }
    for (int i = 0; i < toParse.size(); i++) {
      int index = parseIndices.get(i);
      sentences.set(index, fromCoreMap(sentences.get(index), toParse.get(i), true));
    }
    return new AnnotatedText(text.text(), sentences);
  }

  private static List<CoreMap> toCoreMaps(List<Sentence> sentences, List<Integer> indices) {
    List<CoreMap> maps = new ArrayList<>(indices.size());
    for (int index : indices) {
      Sentence sentence = sentences.get(index);
      List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
      for (Token token : sentence.tokens()) {
        CoreLabel label = new CoreLabel();
        label.setWord(token.word());
        label.setValue(token.word());
        label.setOriginalText(token.word());
        label.setBeginPosition(token.begin());
        label.setEndPosition(token.end());
        label.setIndex(token.index() + 1);
        label.setSentIndex(index);
        if (token.pos() != null) {
          label.setTag(token.pos());
          label.setLemma(token.lemma());
          label.setNER(token.ner());
        }
        labels.add(label);
      }
      CoreMap map = new ArrayCoreMap();
      map.set(CoreAnnotations.TokensAnnotation.class, labels);
      map.set(CoreAnnotations.TextAnnotation.class, sentence.text());
      map.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
      map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.begin());
      map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.end());
      maps.add(map);
    }
    return maps;
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

  private static Sentence fromCoreMap(Sentence sentence, CoreMap map, boolean parsed) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel label = labels.get(i);
      Token token = sentence.tokens().get(i);
      tokens.add(
          new Token(
              token.index(),
              token.word(),
              token.begin(),
              token.end(),
              label.tag(),
              label.lemma(),
              label.ner()));
    }
    List<Dependency> dependencies = sentence.dependencies();
    if (parsed) {
      dependencies = new ArrayList<>();
      SemanticGraph graph =
          map.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) {
        for (var root : graph.getRoots()) {
          dependencies.add(new Dependency(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
          dependencies.add(
              new Dependency(
                  edge.getGovernor().index() - 1,
                  edge.getDependent().index() - 1,
                  edge.getRelation().toString()));
        }
      }
    }
    return new Sentence(
        sentence.index(),
        sentence.begin(),
        sentence.end(),
        sentence.text(),
        tokens,
        dependencies,
        true,
        parsed || sentence.parsed());
  }

  private static StanfordCoreNLP buildTokenizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return new StanfordCoreNLP(props);
  }

  private static StanfordCoreNLP buildTagger() {
    Properties props = new Properties();
    props.setProperty("annotators", "pos,lemma");
    props.setProperty("enforceRequirements", "false");
    return new StanfordCoreNLP(props);
  }

  private static StanfordCoreNLP buildRecognizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "ner");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    return new StanfordCoreNLP(props);
  }

  private static StanfordCoreNLP buildParser() {
    Properties props = new Properties();
    props.setProperty("annotators", "depparse");
    props.setProperty("enforceRequirements", "false");
    return new StanfordCoreNLP(props);
  }

  /** A value built once, on first use, by whichever thread asks first. */
  private static final class Lazy<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
      this.factory = factory;
    }

    T get() {
      T result = value;
      if (result == null) {
        synchronized (this) {
          result = value;
          if (result == null) {
            result = factory.get();
            value = result;
          }
        }
      }
      return result;
    }
  }
}

package dev.newsimpact.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link LanguageAnalyzer} on Stanford CoreNLP, the class that runs it for the product.
 *
 * <p>Lean pipelines, each built on first use: {@code tokenize,ssplit} for the whole text (no models),
 * {@code pos,lemma}, {@code ner} with the 4-class model and without SUTime, numeric classifiers or
 * fine-grained NER (the defaults cost 20-40x more and we parse figures ourselves), and CoreNLP's
 * neural dependency parser model, run by {@link TransitionParser} with the same parses: CoreNLP's
 * {@code depparse} annotator also builds four other dependency graphs nobody here reads, a sixth of
 * the parsing cost, and CoreNLP's own run of the network spends seconds at load on vectors most runs
 * never use. Each analysis runs only on the sentences asked for; their tokens are rebuilt from our records, so no CoreNLP object outlives a
 * call. Loading the three models dominates a short run, so {@link #warmUpInBackground()} loads them
 * side by side, and with a {@link ModelCache} they load from files made for speed ({@link
 * ParserWeights}, {@link SlimModels}).
 *
 * <p>Thread-safe: CoreNLP's annotators and the parser may be shared between threads.
 */
public final class CoreNlpAnalyzer implements LanguageAnalyzer {

  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnalyzer.class);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  private static final String PARSER_WEIGHTS = "depparse-weights.bin";
  private static final String PARSER_WEIGHTS_FORMAT = ", weights format 1";
  private static final String PARSER_ROWS = "depparse-vectors.bin";
  private static final String PARSER_ROWS_FORMAT = ", first-layer vectors format 1";

  private static final CoreNlpAnalyzer SHARED = new CoreNlpAnalyzer(ModelCache.configured());

  private final ModelCache cache;
  private final SlimModels slim;
  private final Lazy<StanfordCoreNLP> tokenizer = new Lazy<>("tokenizer", CoreNlpAnalyzer::buildTokenizer);
  private final Lazy<StanfordCoreNLP> tagger = new Lazy<>("tagger", this::buildTagger);
  private final Lazy<StanfordCoreNLP> recognizer = new Lazy<>("ner", this::buildRecognizer);
  private final Lazy<SentenceParser> parser = new Lazy<>("parser", this::buildParser);

  /** An analyzer of its own, its models loaded on first use, from {@code cache} when not null. */
  CoreNlpAnalyzer(ModelCache cache) {
    this.cache = cache;
    this.slim = cache == null ? null : new SlimModels(cache);
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
    for (Lazy<?> lazy : List.of(tagger, recognizer, parser)) {
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
      tagger.get().annotate(asAnnotation(text.text(), toTag));
    }
    if (!toRecognize.isEmpty()) {
      recognizer.get().annotate(asAnnotation(text.text(), toRecognize));
    }
    for (Map.Entry<Integer, CoreMap> entry : touched.entrySet()) {
      int index = entry.getKey();
      CoreMap parsed = toParse.get(index);
      List<Dependency> dependencies = parsed == null ? null : dependencies(parser.get().parse(parsed));
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

  private static StanfordCoreNLP buildTokenizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return new StanfordCoreNLP(props);
  }

  private StanfordCoreNLP buildTagger() {
    Properties props = new Properties();
    props.setProperty("annotators", "pos,lemma");
    props.setProperty("enforceRequirements", "false");
    // Named although it is the default, so this annotator is never one CoreNLP's annotator pool
    // shares with another pipeline.
    props.setProperty("pos.model", TAGGER_MODEL);
    return slim == null ? new StanfordCoreNLP(props)
        : slim.pipeline(SlimModels.Kind.TAGGER, props, TAGGER_MODEL);
  }

  private StanfordCoreNLP buildRecognizer() {
    Properties props = new Properties();
    props.setProperty("annotators", "ner");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    return slim == null ? new StanfordCoreNLP(props)
        : slim.pipeline(SlimModels.Kind.NER, props, NER_MODEL);
  }

  /**
   * Our evaluation of CoreNLP's parser model ({@link TransitionParser}), its weights read from the
   * cache file when there is a valid one, else taken from the model CoreNLP loads and then cached.
   * Should this CoreNLP keep its weights otherwise than we read them, CoreNLP's own parser runs.
   */
  private SentenceParser buildParser() {
    String stamp = ModelCache.stamp(DependencyParser.DEFAULT_MODEL);
    boolean caching = cache != null && stamp != null;
    ParserWeights weights = caching ? cachedWeights(stamp) : null;
    boolean cached = weights != null;
    TransitionParser ours;
    ByteBuffer rows = null;
    try {
      if (weights == null) {
        // Our parser needs the weights only, not CoreNLP's precomputed vectors: skip computing them.
        Properties lean = new Properties();
        lean.setProperty("numPreComputed", "0");
        weights = ParserWeights.of(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, lean));
      }
      rows = caching ? cachedRows(stamp) : null;
      try {
        ours = new TransitionParser(weights, rows);
      } catch (IllegalArgumentException e) {
        if (rows == null) {
          throw e;
        }
        LOG.debug("parser vectors in the cache do not fit: {}", e.toString());
        rows = null;
        ours = new TransitionParser(weights, null);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("running CoreNLP's own dependency parser: {}", e.toString());
      return DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties())::predict;
    }
    if (caching) {
      try {
        if (!cached) {
          weights.write(cache, PARSER_WEIGHTS, stamp + PARSER_WEIGHTS_FORMAT);
        }
        if (rows == null) {
          cache.write(PARSER_ROWS, stamp + PARSER_ROWS_FORMAT, ours::writeFrequentRows);
        }
      } catch (IOException | RuntimeException e) {
        LOG.debug("parser not cached: {}", e.toString());
      }
    }
    return ours::parse;
  }

  private ParserWeights cachedWeights(String stamp) {
    try {
      return ParserWeights.read(cache, PARSER_WEIGHTS, stamp + PARSER_WEIGHTS_FORMAT);
    } catch (IOException e) {
      LOG.debug("parser weights not loaded from the cache: {}", e.toString());
      return null;
    }
  }

  private ByteBuffer cachedRows(String stamp) {
    try {
      return cache.read(PARSER_ROWS, stamp + PARSER_ROWS_FORMAT).bytes();
    } catch (IOException e) {
      LOG.debug("parser vectors not loaded from the cache: {}", e.toString());
      return null;
    }
  }

  /** Basic dependencies of one tagged sentence. */
  private interface SentenceParser {
    GrammaticalStructure parse(CoreMap sentence);
  }

  /** A value built once, on first use, by whichever thread asks first. */
  private static final class Lazy<T> {
    private final String name;
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(String name, Supplier<T> factory) {
      this.name = name;
      this.factory = factory;
    }

    T get() {
      T result = value;
      if (result == null) {
        synchronized (this) {
          result = value;
          if (result == null) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            result = factory.get();
            value = result;
            LOG.debug("{} loaded in {} ms ({} ms CPU), {} ms after JVM start", name,
                (System.nanoTime() - start) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000,
                ManagementFactory.getRuntimeMXBean().getUptime());
          }
        }
      }
      return result;
    }
  }
}

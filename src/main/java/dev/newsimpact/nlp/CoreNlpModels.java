package dev.newsimpact.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP components {@link CoreNlpAnalyzer} runs, each built on first use by whichever thread
 * asks first: {@code tokenize,ssplit} (no models), {@code pos,lemma}, {@code ner} with the 4-class
 * model and without SUTime, numeric classifiers or fine-grained NER (the defaults cost 20-40x more
 * and we parse figures ourselves), and CoreNLP's neural dependency parser model run by {@link
 * TransitionParser} with the same parses: CoreNLP's {@code depparse} annotator also builds four
 * other dependency graphs nobody here reads, a sixth of the parsing cost, and CoreNLP's own run of
 * the network spends seconds at load on vectors most runs never use.
 *
 * <p>Loading the models dominates a short run, so {@link #warmUpInBackground()} loads them side by
 * side, and with a {@link ModelCache} they load from files made for speed ({@link ParserWeights},
 * the parser's first-layer vectors, {@link SlimModels}). Thread-safe.
 */
final class CoreNlpModels {

  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpModels.class);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String PARSER_WEIGHTS = "depparse-weights.bin";
  private static final String PARSER_WEIGHTS_FORMAT = ", weights format 1";
  private static final String PARSER_ROWS = "depparse-vectors.bin";
  private static final String PARSER_ROWS_FORMAT = ", first-layer vectors format 1";

  private final ModelCache cache;
  private final SlimModels slim;
  private final Lazy<StanfordCoreNLP> tokenizer = new Lazy<>("tokenizer", CoreNlpModels::buildTokenizer);
  private final Lazy<StanfordCoreNLP> tagger = new Lazy<>("tagger", this::buildTagger);
  private final Lazy<StanfordCoreNLP> recognizer = new Lazy<>("ner", this::buildRecognizer);
  private final Lazy<SentenceParser> parser = new Lazy<>("parser", this::buildParser);
  private final AtomicBoolean loading = new AtomicBoolean();

  /** Models loaded from {@code cache} when not null, else from their jar. */
  CoreNlpModels(ModelCache cache) {
    this.cache = cache;
    this.slim = cache == null ? null : new SlimModels(cache);
  }

  /** Basic dependencies of one tagged sentence. */
  interface SentenceParser {
    GrammaticalStructure parse(CoreMap sentence);
  }

  StanfordCoreNLP tokenizer() {
    return tokenizer.get();
  }

  StanfordCoreNLP tagger() {
    return tagger.get();
  }

  StanfordCoreNLP recognizer() {
    return recognizer.get();
  }

  SentenceParser parser() {
    return parser.get();
  }

  /** Loads every model now, side by side, and returns when all are loaded. */
  void warmUp() {
    warmUpInBackground();
    tokenizer.get();
    tagger.get();
    recognizer.get();
    parser.get();
  }

  /** Starts loading the models on daemon threads, one per model; calls after the first do nothing. */
  void warmUpInBackground() {
    if (!loading.compareAndSet(false, true)) {
      return;
    }
    for (Lazy<?> lazy : List.of(tagger, recognizer, parser)) {
      Thread thread = new Thread(lazy::get, "newsimpact-model-loader");
      thread.setDaemon(true);
      thread.start();
    }
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

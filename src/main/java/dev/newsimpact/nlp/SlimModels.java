package dev.newsimpact.nlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.tagger.maxent.ExtractorDistsim;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's tagger and NER models kept in the {@link ModelCache} without the word-cluster lexicon
 * they both carry, which is kept once beside them as a {@link DistsimLexicon}. A pipeline is built
 * from its usual properties, only the model property naming the slim file, so CoreNLP sets up its
 * annotator as before; the lexicon is then put back where the model kept it. Half of each model's
 * loading time, and of the objects the collector copies while it loads, was that lexicon.
 *
 * <p>The slim files are CoreNLP's own serialization of the loaded models (the tagger's {@code
 * saveModel}, the classifier's {@code serializeClassifier}), written by the first run that loads the
 * models from their jar. CoreNLP has no public way to reach a model inside its annotator or the
 * lexicon inside a model, so both are reached by reflection; on any surprise the pipeline is built
 * from the jar as before. Thread-safe. (Over 250 lines: all the reflection into CoreNLP's tagger and
 * NER is here, beside the cache logic it serves.)
 */
final class SlimModels {

  private static final Logger LOG = LoggerFactory.getLogger(SlimModels.class);
  private static final String LEXICON = "distsim-lexicon.bin";
  private static final String LEXICON_STAMP = "distsim lexicon, format 1";

  /** The two models: where their annotator keeps the lexicon, and how to write them slim. */
  enum Kind {
    TAGGER("pos.model", "pos-tagger.slim"),
    NER("ner.model", "ner-classifier.slim");

    final String property;
    final String file;

    Kind(String property, String file) {
      this.property = property;
      this.file = file;
    }
  }

  private final ModelCache cache;
  private final Object lock = new Object();
  private DistsimLexicon lexicon;
  private long lexiconCrc;

  SlimModels(ModelCache cache) {
    this.cache = cache;
  }

  /**
   * The pipeline {@code props} describe, its {@code kind} of model loaded from the cache when a
   * slim one made from {@code resource} is there, else from the jar (and then cached).
   */
  StanfordCoreNLP pipeline(Kind kind, Properties props, String resource) {
    String stamp = ModelCache.stamp(resource);
    if (stamp == null) {
      return new StanfordCoreNLP(props);
    }
    try {
      return fromCache(kind, props, stamp);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      LOG.debug("{} not loaded from the cache: {}", kind, e.toString());
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    try {
      write(kind, pipeline, stamp);
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      LOG.debug("{} not cached: {}", kind, e.toString());
    }
    return pipeline;
  }

  private StanfordCoreNLP fromCache(Kind kind, Properties props, String stamp)
      throws IOException, ReflectiveOperationException {
    DistsimLexicon shared;
    long crc;
    synchronized (lock) {
      if (lexicon == null) {
        ModelCache.Content content = cache.read(LEXICON, LEXICON_STAMP);
        lexicon = DistsimLexicon.read(content.bytes());
        lexiconCrc = content.crc();
      }
      shared = lexicon;
      crc = lexiconCrc;
    }
    cache.read(kind.file, slimStamp(stamp, crc));
    Properties slim = new Properties();
    slim.putAll(props);
    slim.setProperty(kind.property, cache.file(kind.file).toString());
    StanfordCoreNLP pipeline = new StanfordCoreNLP(slim);
    for (Holder holder : holders(kind, pipeline)) {
      if (!holder.get().isEmpty()) {
        throw new IllegalStateException("the slim model holds a lexicon");
      }
      holder.set(shared);
    }
    return pipeline;
  }

  private void write(Kind kind, StanfordCoreNLP pipeline, String stamp)
      throws IOException, ReflectiveOperationException {
    List<Holder> holders = holders(kind, pipeline);
    Map<String, String> own = holders.get(0).get();
    for (Holder holder : holders) {
      if (holder.get() != own && !holder.get().equals(own)) {
        throw new IllegalStateException("the model holds different lexicons");
      }
    }
    DistsimLexicon shared;
    long crc;
    synchronized (lock) {
      if (lexicon == null) {
        try {
          ModelCache.Content content = cache.read(LEXICON, LEXICON_STAMP);
          DistsimLexicon cached = DistsimLexicon.read(content.bytes());
          if (cached.equals(own)) {
            lexicon = cached;
            lexiconCrc = content.crc();
          }
        } catch (IOException e) {
          LOG.debug("writing the lexicon anew: {}", e.toString());
        }
      }
      if (lexicon == null) {
        DistsimLexicon made = DistsimLexicon.of(own);
        lexiconCrc = cache.write(LEXICON, LEXICON_STAMP, made::writeTo);
        lexicon = made;
      } else if (lexicon != own && !lexicon.equals(own)) {
        throw new IllegalStateException("the models hold different lexicons");
      }
      shared = lexicon;
      crc = lexiconCrc;
    }
    // The model is serialized without its lexicon, then gets the shared one, equal to its own, as
    // a model read from the cache does; nothing else can reach this pipeline before it is returned.
    for (Holder holder : holders) {
      holder.set(new HashMap<>());
    }
    try {
      cache.write(kind.file, slimStamp(stamp, crc), out -> save(kind, pipeline, out));
    } finally {
      for (Holder holder : holders) {
        holder.set(shared);
      }
    }
  }

  private static String slimStamp(String stamp, long lexiconCrc) {
    return stamp + " without lexicon crc=" + Long.toHexString(lexiconCrc) + ", format 1";
  }

  private static void save(Kind kind, StanfordCoreNLP pipeline, OutputStream out) throws IOException {
    try {
      if (kind == Kind.TAGGER) {
        Method save = MaxentTagger.class.getDeclaredMethod("saveModel", DataOutputStream.class);
        save.setAccessible(true);
        DataOutputStream data = new DataOutputStream(out);
        save.invoke(tagger(pipeline), data);
        data.flush();
      } else {
        ObjectOutputStream objects = new ObjectOutputStream(out);
        classifier(pipeline).serializeClassifier(objects);
        objects.flush();
      }
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot save the " + kind + " model", e);
    }
  }

  /** Where a model keeps its lexicon: a map-valued field of one of its objects. */
  private record Holder(Object owner, Field field) {

    @SuppressWarnings("unchecked")
    Map<String, String> get() throws ReflectiveOperationException {
      return (Map<String, String>) field.get(owner);
    }

    void set(Map<String, String> lexicon) throws ReflectiveOperationException {
      field.set(owner, lexicon);
    }
  }

  private static List<Holder> holders(Kind kind, StanfordCoreNLP pipeline)
      throws ReflectiveOperationException {
    List<Holder> holders = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (kind == Kind.TAGGER) {
      MaxentTagger tagger = tagger(pipeline);
      for (String extractors : List.of("extractors", "extractorsRare")) {
        for (Object extractor : (Object[]) field(field(tagger, extractors), "v")) {
          if (extractor instanceof ExtractorDistsim) {
            Object distsim = field(extractor, "lexicon");
            if (seen.add(distsim)) {
              holders.add(new Holder(distsim, accessible(distsim.getClass(), "lexicon")));
            }
          }
        }
      }
    } else {
      for (FeatureFactory<?> factory : classifier(pipeline).featureFactories) {
        if (factory instanceof NERFeatureFactory && seen.add(factory)) {
          holders.add(new Holder(factory, accessible(NERFeatureFactory.class, "lexicon")));
        }
      }
    }
    if (holders.isEmpty()) {
      throw new IllegalStateException("no lexicon in the " + kind + " model");
    }
    return holders;
  }

  private static MaxentTagger tagger(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
    return (MaxentTagger) field(annotator(pipeline, POSTaggerAnnotator.class), "pos");
  }

  private static CRFClassifier<?> classifier(StanfordCoreNLP pipeline)
      throws ReflectiveOperationException {
    Object combiner = field(annotator(pipeline, NERCombinerAnnotator.class), "ner");
    List<?> classifiers = (List<?>) field(combiner, "baseClassifiers");
    if (classifiers.size() != 1 || !(classifiers.get(0) instanceof CRFClassifier<?> crf)) {
      throw new IllegalStateException("expected one CRF classifier, found " + classifiers);
    }
    return crf;
  }

  private static Annotator annotator(StanfordCoreNLP pipeline, Class<?> type)
      throws ReflectiveOperationException {
    Annotator found = null;
    for (Object annotator : (List<?>) accessible(AnnotationPipeline.class, "annotators").get(pipeline)) {
      if (type.isInstance(annotator)) {
        if (found != null) {
          throw new IllegalStateException("two " + type.getSimpleName() + "s");
        }
        found = (Annotator) annotator;
      }
    }
    if (found == null) {
      throw new IllegalStateException("no " + type.getSimpleName());
    }
    return found;
  }

  /** The field {@code name} of {@code owner}, declared by its class or a superclass. */
  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        return accessible(type, name).get(owner);
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
  }

  private static Field accessible(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }
}

package dev.newsimpact.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The yardstick of the benchmark: CoreNLP used plainly, every annotator our stages need on the whole
 * document ({@code tokenize,ssplit,pos,lemma,ner,depparse}) with the lean 4-class NER model, SUTime
 * and fine-grained NER off. Nothing in the product uses it. Thread-safe, like its annotators.
 */
public final class BaselinePipeline {

  private final StanfordCoreNLP pipeline;

  /** Builds the pipeline, loading its models (several seconds). */
  public BaselinePipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    props.setProperty("ner.model", CoreNlpModels.NER_MODEL);
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    pipeline = new StanfordCoreNLP(props);
  }

  /** Runs every annotator on {@code text} and returns its number of tokens. */
  public int annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
  }
}

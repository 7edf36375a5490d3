package dev.newsimpact.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our evaluation of the parser model against CoreNLP's own parser, loaded the default way: the same
 * basic and enhanced++ dependencies on every sentence of the bundled samples, the claims
 * development set and the linking set; and the weights read back from the cache file are the
 * weights taken from CoreNLP.
 */
class TransitionParserIT {

  private static final List<CoreMap> SENTENCES = new ArrayList<>();
  private static DependencyParser coreNlp;

  @BeforeAll
  static void tagSentences() throws IOException {
    List<String> texts = RepositoryTexts.samplesClaimsAndLinks();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    StanfordCoreNLP tagger = new StanfordCoreNLP(props);
    for (String text : texts) {
      Annotation annotation = new Annotation(text);
      tagger.annotate(annotation);
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (!tokens.isEmpty() && tokens.size() < 120) {
          SENTENCES.add(sentence);
        }
      }
    }
    coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
  }

  @Test
  void parsesEverySentenceAsCoreNlpDoes(@TempDir Path dir) throws Exception {
    ParserWeights weights = ParserWeights.of(
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, lean()));
    TransitionParser parser = new TransitionParser(weights);
    assertThat(SENTENCES).hasSizeGreaterThan(1000);
    for (CoreMap sentence : SENTENCES) {
      assertThat(dependencies(parser.parse(copy(sentence)))).as(sentence.toString())
          .isEqualTo(dependencies(coreNlp.predict(copy(sentence))));
    }

    ModelCache cache = new ModelCache(dir);
    weights.write(cache, "weights.bin", "test");
    ParserWeights read = ParserWeights.read(cache, "weights.bin", "test");
    assertThat(read.words()).isEqualTo(weights.words());
    assertThat(read.tags()).isEqualTo(weights.tags());
    assertThat(read.labels()).isEqualTo(weights.labels());
    assertThat(read.embeddings()).isDeepEqualTo(weights.embeddings());
    assertThat(read.hiddenWeights()).isDeepEqualTo(weights.hiddenWeights());
    assertThat(read.hiddenBias()).isEqualTo(weights.hiddenBias());
    assertThat(read.outputWeights()).isDeepEqualTo(weights.outputWeights());
    assertThat(read.precomputed()).isEqualTo(weights.precomputed()).hasSize(20000);
    assertThat(read.treebankPack().getClass()).isEqualTo(weights.treebankPack().getClass());
  }

  /** Basic, then enhanced++ dependencies (a second enhanced++ conversion would differ, see below). */
  private static List<String> dependencies(GrammaticalStructure structure) {
    return List.of(structure.typedDependencies().toString(),
        structure.typedDependenciesEnhancedPlusPlus().toString());
  }

  /**
   * A sentence with tokens of its own: the enhanced++ conversion marks the tokens it copies, so two
   * conversions of one set of tokens would number their copies differently.
   */
  private static CoreMap copy(CoreMap sentence) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(new CoreLabel(token));
    }
    CoreMap copy = new ArrayCoreMap(sentence);
    copy.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return copy;
  }

  private static Properties lean() {
    Properties props = new Properties();
    props.setProperty("numPreComputed", "0");
    return props;
  }
}

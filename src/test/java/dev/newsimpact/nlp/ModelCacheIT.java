package dev.newsimpact.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Models loaded from the cache analyze as the models loaded from their jar: every sentence of the
 * bundled samples and the claims development set gets the same tags, lemmas, entities and
 * dependencies from an analyzer without a cache, from one that writes the cache as it loads, and
 * from one that reads it.
 */
class ModelCacheIT {

  @TempDir Path dir;

  @Test
  void cachedModelsAnalyzeAsTheModelsInTheJar() throws IOException {
    List<String> texts = RepositoryTexts.samplesAndClaims();
    List<AnnotatedText> expected = analyzeAll(new CoreNlpAnalyzer(null), texts);
    ModelCache cache = new ModelCache(dir);
    assertThat(analyzeAll(new CoreNlpAnalyzer(cache), texts)).isEqualTo(expected);
    Map<Path, FileTime> written = new HashMap<>();
    for (String name : List.of("depparse-weights.bin", "depparse-vectors.bin", "distsim-lexicon.bin",
        "pos-tagger.slim", "ner-classifier.slim")) {
      written.put(cache.file(name), Files.getLastModifiedTime(cache.file(name)));
    }
    assertThat(analyzeAll(new CoreNlpAnalyzer(cache), texts)).isEqualTo(expected);
    for (Map.Entry<Path, FileTime> file : written.entrySet()) { // read, not written again
      assertThat(Files.getLastModifiedTime(file.getKey())).isEqualTo(file.getValue());
    }
  }

  private static List<AnnotatedText> analyzeAll(CoreNlpAnalyzer analyzer, List<String> texts) {
    List<AnnotatedText> results = new ArrayList<>();
    for (String text : texts) {
      AnnotatedText tokens = analyzer.tokenize(text);
      Set<Integer> all = new TreeSet<>();
      for (Sentence sentence : tokens.sentences()) {
        all.add(sentence.index());
      }
      results.add(analyzer.analyze(tokens, all, all, all));
    }
    return results;
  }
}

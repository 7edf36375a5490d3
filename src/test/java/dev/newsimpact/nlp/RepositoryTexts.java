package dev.newsimpact.nlp;

import dev.newsimpact.eval.DevPassage;
import dev.newsimpact.eval.DevSet;
import dev.newsimpact.eval.LinkPassage;
import dev.newsimpact.eval.LinkSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The texts in the repository that the CoreNLP tests run on, in a fixed order. */
final class RepositoryTexts {

  private RepositoryTexts() {}

  /** The bundled samples, then the passages of the claims development set. */
  static List<String> samplesAndClaims() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.sorted().toList()) {
        texts.add(Files.readString(sample, StandardCharsets.UTF_8));
      }
    }
    for (DevPassage passage : DevSet.read(Path.of("src/test/resources/eval/claims-dev.jsonl"))) {
      texts.add(passage.text());
    }
    return texts;
  }

  /** {@link #samplesAndClaims()}, then the passages of the linking set. */
  static List<String> samplesClaimsAndLinks() throws IOException {
    List<String> texts = samplesAndClaims();
    for (LinkPassage passage : LinkSet.read(Path.of("src/test/resources/eval/finentity-links.jsonl"))) {
      texts.add(passage.text());
    }
    return texts;
  }
}

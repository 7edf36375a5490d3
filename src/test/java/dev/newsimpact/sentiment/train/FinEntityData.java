package dev.newsimpact.sentiment.train;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * FinEntity from the shared data beside the project, read once; tests skip when it is absent. The
 * tweets the model also trains on are in the repository.
 */
final class FinEntityData {

  static final Path FILE = Path.of(SentimentTrainer.DEFAULT_DATA);

  private static List<Example> examples;
  private static List<Example> tweets;

  private FinEntityData() {}

  static synchronized List<Example> examples() {
    assumeTrue(Files.isRegularFile(FILE), "no FinEntity at " + FILE.toAbsolutePath());
    if (examples == null) {
      try {
        examples = FinEntityExamples.read(FILE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return examples;
  }

  static synchronized List<Example> tweets() {
    if (tweets == null) {
      try {
        tweets = TweetExamples.readAll(Path.of(TweetExamples.DEFAULT_DIR));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tweets;
  }
}

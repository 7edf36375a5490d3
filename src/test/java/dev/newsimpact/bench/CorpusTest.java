package dev.newsimpact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.text.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  private static final String ENGLISH = "Shares of the company rose 5% on Tuesday after it said that"
      + " revenue for the quarter was higher than analysts had expected, and the stock is now up"
      + " by a third this year.";
  private static final String RUSSIAN = "В восьмидесятых годах чешская красавица заявила о себе на"
      + " весь мир. Тогда трудно было найти журнал.";
  private static final String PORTUGUESE = "Uma palinha das brincadeiras que as crianças fazem na"
      + " escola, com os amigos e a família, durante as férias de verão.";

  @TempDir Path dir;

  @Test
  void groundTruthKeepsTheEnglishBodiesInIdOrder() throws IOException {
    Path json = dir.resolve("ground-truth.json");
    Files.writeString(json, "{\"b\": {\"articleBody\": \"" + ENGLISH + "\", \"url\": \"https://x.test/b\"},"
        + " \"c\": {\"articleBody\": \"" + RUSSIAN + "\", \"url\": \"https://x.test/c\"},"
        + " \"a\": {\"articleBody\": \"" + ENGLISH + " Again.\"}}", StandardCharsets.UTF_8);
    Corpus corpus = Corpus.groundTruth(json);
    assertThat(corpus.articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(corpus.articles().get(1).url()).isEqualTo("https://x.test/b");
    assertThat(corpus.articles().get(1).text()).isEqualTo(ENGLISH);
    assertThat(corpus.description()).contains("2 of 3");
  }

  @Test
  void repeatedGoesOverTheArticlesInOrder() throws IOException {
    Path json = dir.resolve("ground-truth.json");
    Files.writeString(json, "{\"a\": {\"articleBody\": \"" + ENGLISH + "\"}, \"b\": {\"articleBody\": \""
        + ENGLISH + "\"}}", StandardCharsets.UTF_8);
    assertThat(Corpus.groundTruth(json).repeated(3)).extracting(Article::id)
        .containsExactly("a", "b", "a", "b", "a", "b");
  }

  @Test
  void englishIsToldFromOtherLanguagesByItsFunctionWords() {
    assertThat(EnglishText.isEnglish(ENGLISH)).isTrue();
    assertThat(EnglishText.isEnglish(RUSSIAN)).isFalse();
    assertThat(EnglishText.isEnglish(PORTUGUESE)).isFalse();
    assertThat(EnglishText.isEnglish("")).isFalse();
  }
}

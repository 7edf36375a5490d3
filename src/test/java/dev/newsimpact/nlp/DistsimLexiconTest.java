package dev.newsimpact.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact lexicon answers every lookup as the HashMap it was made from. */
class DistsimLexiconTest {

  private static Map<String, String> words() {
    Random random = new Random(3);
    Map<String, String> map = new HashMap<>();
    String letters = "abcdeéAB-0ß中";
    for (int i = 0; i < 5000; i++) {
      StringBuilder word = new StringBuilder();
      for (int k = random.nextInt(9); k >= 0; k--) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      map.put(word.toString(), Integer.toString(random.nextInt(40)));
    }
    map.put("", "empty");
    // Distinct words with one hash code.
    map.put("Aa", "1");
    map.put("BB", "2");
    return map;
  }

  @SuppressWarnings("CollectionIncompatibleType") // a Map must answer any key, as CoreNLP may ask
  private static void assertSameAnswers(Map<String, String> expected, Map<String, String> actual) {
    assertThat(actual).hasSize(expected.size()).isEqualTo(expected);
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      assertThat(actual.get(entry.getKey())).isEqualTo(entry.getValue());
      assertThat(actual.containsKey(entry.getKey())).isTrue();
    }
    for (String absent : List.of("zzz", "Ab", "aa", "ABC-9", "中中中中中中中中中中")) {
      if (!expected.containsKey(absent)) {
        assertThat(actual.get(absent)).isNull();
        assertThat(actual.getOrDefault(absent, "none")).isEqualTo("none");
        assertThat(actual.containsKey(absent)).isFalse();
      }
    }
    assertThat(actual.get(null)).isNull();
    assertThat(actual.get(42)).isNull();
  }

  @Test
  void answersAsTheMapItWasMadeFrom() {
    Map<String, String> words = words();
    assertSameAnswers(words, DistsimLexicon.of(words));
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    Map<String, String> words = words();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DistsimLexicon.of(words).writeTo(out);
    assertSameAnswers(words, DistsimLexicon.read(ByteBuffer.wrap(out.toByteArray())));
  }

  @Test
  void refusesACutFileAndNullsItCannotHold() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DistsimLexicon.of(words()).writeTo(out);
    byte[] bytes = out.toByteArray();
    assertThatThrownBy(() -> DistsimLexicon.read(ByteBuffer.wrap(bytes, 0, bytes.length - 8)))
        .isInstanceOf(IOException.class);
    Map<String, String> withNull = new HashMap<>();
    withNull.put("word", null);
    assertThatThrownBy(() -> DistsimLexicon.of(withNull)).isInstanceOf(IllegalArgumentException.class);
  }
}

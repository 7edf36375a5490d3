package dev.newsimpact.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTokenizerTest {

  private static List<String> words(String text) {
    return PlainTokenizer.tokenize(text).stream().map(Token::word).toList();
  }

  @Test
  void cutsLikePtbAndDropsReutersCodes() {
    assertThat(words("Johnson & Johnson <JNJ.N> shares rose 1.4% to $100.69 in the U.S. sell-off."))
        .containsExactly("Johnson", "&", "Johnson", "shares", "rose", "1.4", "%", "to", "$",
            "100.69", "in", "the", "U.S.", "sell", "-", "off", ".");
    assertThat(words("Apple Inc. said at 11:37 ** it's up")).containsExactly("Apple", "Inc.", "said",
        "at", "11:37", "**", "it's", "up");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "S&P 500 <.SPX> fell 2,000 points.";
    for (Token t : PlainTokenizer.tokenize(text)) {
      assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
    }
  }

  @Test
  void keepsAnEmojiWhole() {
    assertThat(words("NYSE Closing Bell \uD83D\uDD14: TEO")).containsExactly("NYSE", "Closing",
        "Bell", "\uD83D\uDD14", ":", "TEO");
  }

  @Test
  void splitsSentencesAtStopsBeforeCapitals() {
    List<List<Token>> sentences =
        PlainTokenizer.sentences(PlainTokenizer.tokenize("Oil rose 1.4%. Gold fell in the U.S. on Monday."));
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(1).get(0).word()).isEqualTo("Gold");
  }
}

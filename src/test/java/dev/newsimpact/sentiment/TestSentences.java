package dev.newsimpact.sentiment;

import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Untagged sentences and mentions built by hand, as the pipeline's tokenizer would give them. */
final class TestSentences {

  private TestSentences() {}

  /** Tokens are the space-separated pieces of {@code spaced}; {@code glued} pieces join the previous. */
  static Sentence ptb(String spaced) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String piece : spaced.split(" ")) {
      boolean glued = piece.startsWith("+");
      String word = glued ? piece.substring(1) : piece;
      if (text.length() > 0 && !glued) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, begin, begin + word.length(), null, null, null));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), false, false);
  }

  /** A sentence cut by {@link PlainTokenizer}. */
  static Sentence plain(String text) {
    List<Token> tokens = PlainTokenizer.tokenize(text);
    return new Sentence(0, 0, text.length(), text, tokens, List.of(), false, false);
  }

  /** The mention of the tokens that overlap the first occurrence of {@code name} in the text. */
  static Mention mention(Sentence sentence, String name) {
    int at = sentence.text().indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException(name + " is not in " + sentence.text());
    }
    int begin = sentence.begin() + at;
    int end = begin + name.length();
    int first = -1;
    int last = -1;
    for (Token t : sentence.tokens()) {
      if (t.end() > begin && t.begin() < end) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    return new Mention(sentence.index(), first, last + 1, begin, end, name,
        new Security(name.toUpperCase(Locale.ROOT), name, SecurityKind.EQUITY, null, null), 0.9);
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds parsed sentences by hand, so claim rules can be tested without loading models. Tokens are
 * written {@code word/TAG/lemma}; edges {@code governor relation dependent} with token indices.
 */
final class Sentences {

  private Sentences() {}

  static Sentence parsed(int index, int offset, String tokens, String... edges) {
    List<Token> list = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String spec : tokens.split(" ")) {
      String[] parts = spec.split("/");
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = offset + text.length();
      text.append(parts[0]);
      list.add(new Token(list.size(), parts[0], begin, begin + parts[0].length(), parts[1],
          parts.length > 2 ? parts[2] : parts[0].toLowerCase(java.util.Locale.ROOT), "O"));
    }
    List<Dependency> dependencies = new ArrayList<>();
    for (String edge : edges) {
      String[] parts = edge.split(" ");
      dependencies.add(new Dependency(Integer.parseInt(parts[0]), Integer.parseInt(parts[2]), parts[1]));
    }
    return new Sentence(index, offset, offset + text.length(), text.toString(), list, dependencies,
        true, true);
  }

  static Mention mention(Sentence sentence, int first, int end, String ticker, SecurityKind kind) {
    List<Token> tokens = sentence.tokens();
    int begin = tokens.get(first).begin();
    int stop = tokens.get(end - 1).end();
    String text = sentence.text().substring(begin - sentence.begin(), stop - sentence.begin());
    return new Mention(sentence.index(), first, end, begin, stop, text,
        new Security(ticker, text, kind, null, null), 0.9);
  }
}

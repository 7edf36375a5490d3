package dev.newsimpact.ticker;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tiny tokenizer for tests, so linker tests need no models: a line break or a full stop, question
 * or exclamation mark before a space and a capital ends a sentence; tokens are runs of letters and
 * digits joined by inner . &amp; - ' (so "U.S.", "AT&amp;T", "Coca-Cola" stay whole), a possessive
 * 's is its own token as CoreNLP makes it, and every other non-space character is a token.
 */
final class TestTexts {

  private static AliasLinker linker;

  private TestTexts() {}

  /** One linker over the default universe for every linker test of the JVM (it is thread-safe). */
  static synchronized AliasLinker linker() {
    if (linker == null) {
      linker = new AliasLinker(Universe.loadDefault());
    }
    return linker;
  }

  /** Mention text to ticker on {@link #tokenize}'s tokens, for compact assertions ("a,b" when a text links twice). */
  static Map<String, String> links(AliasLinker linker, String text) {
    return linker.link(tokenize(text)).stream().collect(
        Collectors.toMap(Mention::text, m -> m.security().ticker(), (a, b) -> a + "," + b));
  }

  static AnnotatedText tokenize(String text) {
    return tag(text, Map.of());
  }

  /** Like {@link #tokenize} but splits hyphens out of words, as CoreNLP's English tokenizer does. */
  static AnnotatedText tokenizeSplittingHyphens(String text) {
    return build(text, Map.of(), true);
  }

  /** Tokenizes and tags every sentence: words in {@code ner} get that tag, all others O. */
  static AnnotatedText tag(String text, Map<String, String> ner) {
    return build(text, ner, false);
  }

  private static AnnotatedText build(String text, Map<String, String> ner, boolean splitHyphens) {
    List<Sentence> sentences = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (Character.isLetterOrDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(text.charAt(i))
            || (isJoiner(text, i) && !(splitHyphens && text.charAt(i) == '-')))) {
          i++;
        }
        if (i < n && text.charAt(i) == '.' && i - start <= 4 && text.substring(start, i).contains(".")) {
          i++; // "U.S." keeps its last full stop
        }
        int end = i;
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
            && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
          spans.add(new int[] {start, end - 2});
          spans.add(new int[] {end - 2, end});
        } else {
          spans.add(new int[] {start, end});
        }
      } else {
        i++;
        spans.add(new int[] {start, i});
      }
    }
    List<int[]> current = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      int[] t = spans.get(k);
      current.add(t);
      String tok = text.substring(t[0], t[1]);
      boolean lineEnds = k + 1 < spans.size() && text.substring(t[1], spans.get(k + 1)[0]).contains("\n");
      boolean stop = (tok.equals(".") || tok.equals("?") || tok.equals("!")) && k + 1 < spans.size()
          && Character.isUpperCase(text.charAt(spans.get(k + 1)[0]));
      if (lineEnds || stop || k + 1 == spans.size()) {
        sentences.add(sentence(text, sentences.size(), current, ner));
        current = new ArrayList<>();
      }
    }
    return new AnnotatedText(text, sentences);
  }

  private static boolean isJoiner(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '&' && c != '-' && c != '\'' && c != '\u2019') {
      return false;
    }
    return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static Sentence sentence(String text, int index, List<int[]> spans, Map<String, String> ner) {
    List<Token> tokens = new ArrayList<>();
    boolean tagged = !ner.isEmpty();
    for (int k = 0; k < spans.size(); k++) {
      int[] s = spans.get(k);
      String word = text.substring(s[0], s[1]);
      tokens.add(new Token(k, word, s[0], s[1], tagged ? "NN" : null, tagged ? word : null,
          tagged ? ner.getOrDefault(word, "O") : null));
    }
    int begin = spans.get(0)[0];
    int end = spans.get(spans.size() - 1)[1];
    return new Sentence(index, begin, end, text.substring(begin, end), tokens, List.of(), tagged, false);
  }
}

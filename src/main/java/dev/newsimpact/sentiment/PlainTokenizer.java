package dev.newsimpact.sentiment;

import dev.newsimpact.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small deterministic tokenizer for training text and for claim text that comes without tokens. It
 * needs no models, so the trainer and the tests run without CoreNLP's pipeline; it cuts close enough
 * to CoreNLP's PTB tokenizer that {@link FeatureWords} makes the two agree on what the features see.
 *
 * <p>Words keep internal periods, commas and colons between digits, apostrophes and ampersands
 * ("U.S.", "1,000", "11:37", "company's", "S&amp;P"); an abbreviation keeps its final period
 * ("Inc.") as PTB does. A run of one repeated symbol ("**", "--", "''") is one token; every other
 * non-space character is a token of its own, hyphens included ("sell", "-", "off", as CoreNLP 4.5
 * cuts them). Reuters instrument codes in angle brackets ("&lt;JNJ.N&gt;") are dropped.
 *
 * <p>Stateless and thread-safe. Tokens carry no pos, lemma or ner, like an untagged sentence.
 */
public final class PlainTokenizer {

  private static final Set<String> ABBREVIATIONS =
      Set.of("inc", "corp", "co", "ltd", "plc", "llc", "bhd", "cos", "mr", "mrs", "ms", "dr", "st",
          "jr", "sr", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec", "mln", "bln", "pct", "approx", "est", "dept", "gov", "sen", "rep");

  private static final int MAX_CODE = 40;

  private static final String REPEATED = "*-.!?=#_~'`";

  private PlainTokenizer() {}

  /** Tokens of {@code text}, indexed from 0, with offsets into {@code text}. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int end;
      if (c == '<' && codeEnd(text, i) > 0) {
        i = codeEnd(text, i);
        continue;
      } else if (Character.isLetterOrDigit(c)) {
        end = wordEnd(text, i);
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        end = i + 2; // a character outside the BMP (an emoji) is one token, not two halves
      } else {
        end = i + 1;
        while (end < n && text.charAt(end) == c && REPEATED.indexOf(c) >= 0) {
          end++; // "**", "--", "...", "!!" are one token, as in PTB
        }
      }
      tokens.add(new Token(tokens.size(), text.substring(i, end), i, end, null, null, null));
      i = end;
    }
    return tokens;
  }

  /** Splits tokens into sentences at '.', '!' or '?' that a capitalised word, a quote or the end follows. */
  public static List<List<Token>> sentences(List<Token> tokens) {
    List<List<Token>> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      boolean stop = word.equals(".") || word.equals("!") || word.equals("?");
      boolean last = i + 1 == tokens.size();
      if (last || stop && startsSentence(tokens.get(i + 1).word())) {
        sentences.add(tokens.subList(from, i + 1));
        from = i + 1;
      }
    }
    return sentences;
  }

  private static boolean startsSentence(String word) {
    char c = word.charAt(0);
    return Character.isUpperCase(c) || c == '"' || c == '\u201C' || c == '(' || c == '[';
  }

  // Past '>' when a code without spaces starts at '<', else -1.
  private static int codeEnd(String text, int open) {
    int limit = Math.min(text.length(), open + MAX_CODE + 2);
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return j > open + 1 ? j + 1 : -1;
      }
      if (Character.isWhitespace(c) || c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static int wordEnd(String text, int start) {
    int n = text.length();
    int j = start + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
      } else if (j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1)) && joins(text, j)) {
        j += 2;
      } else if (c == '\uFFFD') {
        j++; // a lost curly apostrophe ("Citigroup\uFFFD\uFFFDs") stays inside the word
      } else {
        break;
      }
    }
    if (j < n && text.charAt(j) == '.' && keepsPeriod(text.substring(start, j))) {
      j++;
    }
    return j;
  }

  private static boolean joins(String text, int j) {
    char c = text.charAt(j);
    if (c == ',' || c == ':') {
      return Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1));
    }
    return c == '.' || c == '\'' || c == '\u2019' || c == '&';
  }

  private static boolean keepsPeriod(String word) {
    return word.indexOf('.') > 0 && word.chars().anyMatch(Character::isLetter)
        || word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}

package dev.newsimpact.ticker;

import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the linker sees it: its tokens cut into {@link AliasKeys} units (punctuation
 * tokens become breaks), with the questions the linker asks about positions. Built per sentence
 * per call; not shared between threads.
 */
final class SentenceView {

  /** One unit: its key (null for a break), character span, and the token it was cut from. */
  record Unit(String key, int begin, int end, int token) {}

  final Sentence sentence;
  final String text;
  final List<Unit> units = new ArrayList<>();
  /** Index of the first unit of each token, or -1 for tokens that are breaks. */
  final int[] firstUnitOfToken;
  final boolean titleCase;
  final int firstWordToken;

  SentenceView(String articleText, Sentence sentence) {
    this.sentence = sentence;
    this.text = articleText;
    List<Token> tokens = sentence.tokens();
    firstUnitOfToken = new int[tokens.size()];
    int firstWord = -1;
    for (Token t : tokens) {
      String slice = articleText.substring(t.begin(), t.end());
      boolean joiner = isPossessive(slice) || isInnerHyphen(articleText, t);
      List<AliasKeys.Unit> us = joiner ? List.of() : AliasKeys.units(slice, t.begin());
      firstUnitOfToken[t.index()] = us.isEmpty() ? -1 : units.size();
      if (us.isEmpty() && !joiner) {
        units.add(new Unit(null, t.begin(), t.end(), t.index()));
      }
      for (AliasKeys.Unit u : us) {
        units.add(new Unit(u.key(), u.begin(), u.end(), t.index()));
      }
      if (firstWord < 0 && slice.chars().anyMatch(Character::isLetterOrDigit)) {
        firstWord = t.index();
      }
    }
    firstWordToken = firstWord;
    titleCase = isTitleCase(tokens, articleText);
  }

  /** A headline: every word of four letters or more is capitalised, so capitals say nothing. */
  private static boolean isTitleCase(List<Token> tokens, String text) {
    int words = 0;
    for (Token t : tokens) {
      if (t.end() - t.begin() < 4) {
        continue;
      }
      char c = text.charAt(t.begin());
      if (Character.isLetter(c)) {
        words++;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return words >= 3;
  }

  /** "'s" as its own token: names run through it ("Victoria's Secret"), so it is no break. */
  private static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("\u2019s") || token.equals("'") || token.equals("\u2019");
  }

  /**
   * A hyphen the tokenizer split out of a word ("Hong Kong-listed" as Kong / - / listed): it joins,
   * as it does when the word stays whole, so it is no break.
   */
  private static boolean isInnerHyphen(String text, Token t) {
    if (t.end() - t.begin() != 1 || "-\u2010\u2011\u2013".indexOf(text.charAt(t.begin())) < 0) {
      return false;
    }
    return t.begin() > 0 && t.end() < text.length()
        && Character.isLetterOrDigit(text.charAt(t.begin() - 1))
        && Character.isLetterOrDigit(text.charAt(t.end()));
  }

  /** Unit keys in order, null for breaks: the automaton's input. */
  List<String> keys() {
    List<String> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      out.add(u.key());
    }
    return out;
  }

  String surface(int unit) {
    Unit u = units.get(unit);
    return text.substring(u.begin(), u.end());
  }

  Token token(int index) {
    return sentence.tokens().get(index);
  }

  int tokenCount() {
    return sentence.tokens().size();
  }

  /** The token's text as written in the article. */
  String tokenText(int index) {
    Token t = token(index);
    return text.substring(t.begin(), t.end());
  }

  /** The token's text as a key ("Inc." gives "inc", "(" gives "("). */
  String tokenKey(int index) {
    if (index < 0 || index >= tokenCount()) {
      return "";
    }
    String key = AliasKeys.key(tokenText(index));
    return key.isEmpty() ? tokenText(index) : key;
  }

  /** True when the token is the sentence's first word (quotes and bullets before it do not count). */
  boolean isSentenceInitial(int tokenIndex) {
    return tokenIndex <= firstWordToken;
  }

  /** Keys of the tokens within {@code radius} tokens before {@code first} and after {@code end}. */
  Set<String> window(int first, int end, int radius) {
    Set<String> out = new HashSet<>();
    for (int i = Math.max(0, first - radius); i < Math.min(tokenCount(), end + radius); i++) {
      if (i < first || i >= end) {
        out.add(tokenKey(i));
      }
    }
    return out;
  }

  /** NER tags of the tokens in [first, end), empty when the sentence is not tagged. */
  Set<String> ner(int first, int end) {
    if (!sentence.tagged()) {
      return Collections.emptySet();
    }
    Set<String> out = new HashSet<>();
    for (int i = first; i < end; i++) {
      String tag = token(i).ner();
      if (tag != null) {
        out.add(tag);
      }
    }
    return out;
  }
}

package dev.newsimpact.sentiment.train;

import dev.newsimpact.nlp.LanguageAnalyzer;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-cuts examples with the pipeline's own tokenizer (CoreNLP's PTB tokenizer, no models), to
 * measure that the model, trained on {@code PlainTokenizer}'s tokens, holds on the tokens it will
 * see at run time. Reuters codes are blanked out first, as the linking set removes them.
 */
final class PtbTokens {

  // Reuters codes are blanked out, offsets kept: pipeline text has none, and PTB would cut
  // "<.SPX>" at its period into two sentences.
  private static final Pattern CODE = Pattern.compile("<[^<>\\s]{1,40}>");

  private PtbTokens() {}

  /** The examples whose span the analyzer's tokens can hold, re-tokenized; the others are left out. */
  static List<Example> retokenize(List<Example> examples, LanguageAnalyzer analyzer) {
    List<Example> out = new ArrayList<>(examples.size());
    for (Example e : examples) {
      Example r = retokenize(e, analyzer);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  static List<List<Token>> sentences(String text, LanguageAnalyzer analyzer) {
    List<List<Token>> sentences = new ArrayList<>();
    for (Sentence s : analyzer.tokenize(text).sentences()) {
      sentences.add(s.tokens());
    }
    return sentences;
  }

  private static Example retokenize(Example e, LanguageAnalyzer analyzer) {
    int shift = e.sentence().begin();
    int begin = e.mention().begin() - shift;
    int end = e.mention().end() - shift;
    String text = CODE.matcher(e.sentence().text())
        .replaceAll(m -> " ".repeat(m.group().length()))
        .replace('\uFFFD', ' '); // PTB drops it anyway, with a warning per character
    for (Sentence s : analyzer.tokenize(text).sentences()) {
      int first = -1;
      int last = -1;
      for (Token t : s.tokens()) {
        if (t.end() > begin && t.begin() < end) {
          first = first < 0 ? t.index() : first;
          last = t.index();
        }
      }
      if (first >= 0) {
        Mention m = e.mention();
        Mention moved = new Mention(s.index(), first, last + 1, begin, end, m.text(), m.security(),
            m.confidence());
        return new Example(e.passage(), s, moved, e.label(), e.heldOut(), e.linked());
      }
    }
    return null;
  }
}

package dev.newsimpact.sentiment.train;

import dev.newsimpact.eval.HeadlineRow;
import dev.newsimpact.eval.HeadlineSet;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.sentiment.PlainTokenizer;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.sentiment.SentimentScorer;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hand-labelled headline sets (provenance in the README beside them): one headline, one
 * security it names and that security's label a line. {@value #FILE} is the development set the
 * headline rules ({@code HeadlineCues}) were written against; {@value #HELD_OUT} was labelled
 * before those rules existed and is only measured. Neither trains the classifier.
 */
public final class HeadlineCheck {

  /** The check set, relative to the project root. */
  public static final String FILE = "src/test/resources/sentiment/headlines.tsv";

  /** The held-out set, relative to the project root. */
  public static final String HELD_OUT = "src/test/resources/sentiment/headlines-held-out.tsv";

  /** Indian business-press headlines that rules may be written against. */
  public static final String INDIA_DEV = "src/test/resources/sentiment/headlines-india-dev.tsv";

  /** Indian business-press headlines that are only measured. */
  public static final String INDIA_HELD_OUT =
      "src/test/resources/sentiment/headlines-india-held-out.tsv";

  /**
   * One headline's result.
   *
   * @param headline the headline
   * @param security the words of the security scored (their first occurrence)
   * @param expected the hand label
   * @param actual the scorer's sentiment
   */
  public record Result(String headline, String security, Sentiment.Label expected,
      Sentiment actual) {
    public boolean right() {
      return expected == actual.label();
    }
  }

  private HeadlineCheck() {}

  /** Scores every line of the file with {@code forMention} on {@link PlainTokenizer}'s tokens. */
  public static List<Result> score(Path file, SentimentScorer scorer) throws IOException {
    List<Result> results = new ArrayList<>();
    for (HeadlineRow row : HeadlineSet.read(file)) {
      Sentiment.Label label = Sentiment.Label.valueOf(row.label().toUpperCase(Locale.ROOT));
      results.add(new Result(row.headline(), row.security(), label,
          score(row.headline(), row.security(), scorer, file)));
    }
    return results;
  }

  private static Sentiment score(String headline, String security, SentimentScorer scorer,
      Path file) throws IOException {
    int begin = headline.indexOf(security);
    if (begin < 0) {
      throw new IOException(file + ": '" + security + "' is not in '" + headline + "'");
    }
    int end = begin + security.length();
    List<Token> tokens = PlainTokenizer.tokenize(headline);
    int first = -1;
    int last = -1;
    for (Token t : tokens) {
      if (t.end() > begin && t.begin() < end) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    Sentence sentence = new Sentence(0, 0, headline.length(), headline, tokens, List.of(), false,
        false);
    Mention mention = new Mention(0, first, last + 1, begin, end, security,
        new Security("?", security, SecurityKind.OTHER, null, null), 1.0);
    return scorer.forMention(mention, sentence);
  }

  /** "0.804 (41/51)". */
  public static String accuracy(List<Result> results) {
    long right = results.stream().filter(Result::right).count();
    return String.format(Locale.ROOT, "%.3f (%d/%d)", right / (double) results.size(), right,
        results.size());
  }
}

package dev.newsimpact.sentiment.train;

import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.sentiment.FeatureWords;
import dev.newsimpact.sentiment.PlainTokenizer;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Twitter Financial News rows (the {@code .tsv} files of {@value #DEFAULT_DIR}, {@code
 * label<TAB>text}, provenance in the README there) as training {@link Example}s. A tweet is
 * labelled as a whole, while the classifier scores one target in a sentence; the target we give it
 * is the tweet's subject as a headline puts it: the first capitalised word that is not a common
 * headline opener ("Why", "UPDATE", "Stocks"), with the capitalised words that follow it (not in a
 * title-case headline, where every word is capitalised), or the ticker of a leading cashtag. A
 * leading list of cashtags followed by a dash or colon ("$DELL $HPE - Dell, HPE targets trimmed")
 * is cut first, as headlines have none. A tweet with no such word is skipped.
 *
 * <p>Tweets are never held out: FinEntity's held-out split and the headline sets judge the model.
 * Their passage numbers start at {@value #FIRST_PASSAGE}, one per row, so no tweet shares a
 * cross-validation fold key with a FinEntity passage. A pure function of the files.
 */
public final class TweetExamples {

  /** The directory of the rows, relative to the project root. */
  public static final String DEFAULT_DIR = "data/sentiment/twitter-financial-news";

  /** Passage number of the first row; rows are numbered on across files. */
  static final int FIRST_PASSAGE = 1_000_000;

  private static final int MAX_TARGET = 3;

  private static final Pattern CASHTAG_PREFIX =
      Pattern.compile("^(?:\\$[A-Za-z][A-Za-z0-9._]*[\\s,]*)+(?:[-\u2013:]\\s*)");

  // Capitalised words that open headlines and tweets without naming their subject.
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "why", "how", "what", "when",
      "where", "who", "which", "is", "are", "was", "were", "do", "does", "did", "can", "could",
      "should", "will", "would", "here", "here's", "there", "this", "these", "that", "those", "it",
      "its", "i", "we", "you", "your", "my", "our", "if", "in", "on", "at", "for", "of", "by", "as",
      "after", "before", "with", "from", "to", "and", "or", "but", "not", "no", "update", "breaking",
      "wrapup", "highlight", "listen", "watch", "live", "icymi", "new", "just", "exclusive",
      "factbox", "recap", "stock", "stocks", "market", "markets", "top", "best", "analyst",
      "analysts", "investors", "shares", "report", "reports", "now", "today", "heard", "read",
      "video", "opinion", "column", "preview", "s&p", "dow", "nasdaq", "futures", "wall", "street");

  // Words that continue a company name in any case ("Dell Technologies Inc", "Procter & Gamble").
  private static final Set<String> NAME_GLUE =
      Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "plc", "ltd", "ltd.", "&", "group",
          "holdings");

  private static final Security PLACEHOLDER =
      new Security("?", "tweet subject", SecurityKind.OTHER, null, null);

  private TweetExamples() {}

  /** Every usable row of the directory's {@code .tsv} files, files in name order. */
  public static List<Example> readAll(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": no .tsv file");
    }
    List<Example> examples = new ArrayList<>();
    int row = 0;
    for (Path file : files) {
      List<Example> some = read(file, FIRST_PASSAGE + row);
      examples.addAll(some);
      row += (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).count();
    }
    return List.copyOf(examples);
  }

  /** Every usable row of one file, in file order, passage numbers from {@code firstPassage}. */
  static List<Example> read(Path file, int firstPassage) throws IOException {
    List<Example> examples = new ArrayList<>();
    int row = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IOException(file + ": expected label<TAB>text: " + line);
      }
      Sentiment.Label label = label(line.substring(0, tab), file);
      Example example = example(firstPassage + row, line.substring(tab + 1), label);
      if (example != null) {
        examples.add(example);
      }
      row++;
    }
    return examples;
  }

  /** The example of one tweet, or null when it has no subject to score. */
  static Example example(int passage, String tweet, Sentiment.Label label) {
    String text = CASHTAG_PREFIX.matcher(tweet).replaceFirst("");
    List<List<Token>> sentences = PlainTokenizer.sentences(PlainTokenizer.tokenize(text));
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = reindexed(sentences.get(s));
      int[] span = subject(tokens);
      if (span != null) {
        Token first = tokens.get(span[0]);
        Token last = tokens.get(span[1] - 1);
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        Sentence sentence =
            new Sentence(s, begin, end, text.substring(begin, end), tokens, List.of(), false, false);
        Mention mention = new Mention(s, span[0], span[1], first.begin(), last.end(),
            text.substring(first.begin(), last.end()), PLACEHOLDER, 1.0);
        return new Example(passage, sentence, mention, label, false, false);
      }
    }
    return null;
  }

  // Token span [first, end) of the sentence's subject, or null.
  static int[] subject(List<Token> tokens) {
    boolean titleCase = FeatureWords.titleCase(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (w.equals("$") && i + 1 < tokens.size() && tokens.get(i + 1).begin() == tokens.get(i).end()
          && capitalised(tokens.get(i + 1).word())) {
        return new int[] {i + 1, i + 2};
      }
      if (capitalised(w) && !OPENERS.contains(stem(w))) {
        int end = i + 1;
        while (end < tokens.size() && end - i < MAX_TARGET + 1) {
          String next = tokens.get(end).word();
          boolean glue = NAME_GLUE.contains(next.toLowerCase(Locale.ROOT));
          boolean more = !titleCase && end - i < MAX_TARGET && capitalised(next)
              && !OPENERS.contains(stem(next));
          if (!glue && !more) {
            break;
          }
          end++;
        }
        while (end - 1 > i && tokens.get(end - 1).word().equals("&")) {
          end--;
        }
        return new int[] {i, end};
      }
    }
    return null;
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static String stem(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return lower.endsWith("'s") && !lower.equals("here's") ? lower.substring(0, lower.length() - 2)
        : lower;
  }

  // Tokens re-indexed from 0 within their sentence, as the pipeline's sentences are.
  private static List<Token> reindexed(List<Token> tokens) {
    List<Token> own = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      own.add(new Token(own.size(), t.word(), t.begin(), t.end(), null, null, null));
    }
    return own;
  }

  private static Sentiment.Label label(String cell, Path file) throws IOException {
    return switch (cell.strip()) {
      case "0" -> Sentiment.Label.NEGATIVE;
      case "1" -> Sentiment.Label.POSITIVE;
      case "2" -> Sentiment.Label.NEUTRAL;
      default -> throw new IOException(file + ": label must be 0, 1 or 2, not " + cell);
    };
  }
}

package dev.newsimpact.sentiment.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.sentiment.PlainTokenizer;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.sentiment.SentimentScorer;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores the founding sample's seven securities with {@code forMention} alone, in the sentence of
 * each one's first gold move, to check that the classifier does not contradict the gold sentiment
 * that the price moves decide. The mention is the entity's words in that sentence (its first word
 * when the sentence shortens the name: "Meta" for Meta Platforms).
 */
public final class FoundingSample {

  /**
   * One security's result.
   *
   * @param ticker the gold ticker
   * @param mention the words scored
   * @param expected the gold sentiment
   * @param actual what {@code forMention} says
   */
  public record Result(String ticker, String mention, Sentiment.Label expected, Sentiment actual) {
    public boolean right() {
      return expected == actual.label();
    }
  }

  private FoundingSample() {}

  /**
   * Scores each gold ticker.
   *
   * @param gold the gold file ({@code meta-sells-compute-chip-slump.json})
   * @param sample the sample text it describes
   * @param tokenizer text to sentences of tokens with offsets into that text
   */
  public static List<Result> score(Path gold, Path sample, SentimentScorer scorer,
      Function<String, List<List<Token>>> tokenizer) throws IOException {
    JsonNode root = new ObjectMapper().readTree(gold.toFile());
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    List<List<Token>> sentences = tokenizer.apply(text);
    Map<String, Result> results = new LinkedHashMap<>();
    for (JsonNode move : root.path("moves")) {
      String ticker = move.path("ticker").asText();
      String expected = root.path("sentiment").path(ticker).asText("");
      int at = text.indexOf(move.path("evidence").asText());
      if (results.containsKey(ticker) || expected.isEmpty() || at < 0) {
        continue;
      }
      for (int s = 0; s < sentences.size(); s++) {
        List<Token> tokens = sentences.get(s);
        if (tokens.get(0).begin() <= at && at < tokens.get(tokens.size() - 1).end()) {
          Result r = scoreIn(ticker, move.path("entity").asText(), s, tokens, expected, scorer);
          if (r != null) {
            results.put(ticker, r);
          }
          break;
        }
      }
    }
    return List.copyOf(results.values());
  }

  /** {@link PlainTokenizer}'s sentences, for runs without CoreNLP. */
  public static List<List<Token>> plainSentences(String text) {
    return PlainTokenizer.sentences(PlainTokenizer.tokenize(text));
  }

  private static Result scoreIn(String ticker, String entity, int index, List<Token> tokens,
      String expected, SentimentScorer scorer) {
    List<Token> own = new ArrayList<>();
    for (Token t : tokens) {
      own.add(new Token(own.size(), t.word(), t.begin(), t.end(), null, null, null));
    }
    String[] words = entity.split(" ");
    int[] span = find(own, words);
    if (span == null) {
      span = find(own, new String[] {words[0]});
    }
    if (span == null) {
      return null;
    }
    int begin = own.get(span[0]).begin();
    int end = own.get(span[1] - 1).end();
    Sentence sentence = new Sentence(index, own.get(0).begin(), own.get(own.size() - 1).end(),
        "", own, List.of(), false, false);
    Mention mention = new Mention(index, span[0], span[1], begin, end, entity,
        new Security(ticker, entity, SecurityKind.OTHER, null, null), 1.0);
    Sentiment.Label label = Sentiment.Label.valueOf(expected.toUpperCase(Locale.ROOT));
    StringBuilder surface = new StringBuilder();
    for (int k = span[0]; k < span[1]; k++) {
      surface.append(k > span[0] ? " " : "").append(own.get(k).word());
    }
    return new Result(ticker, surface.toString(), label, scorer.forMention(mention, sentence));
  }

  private static int[] find(List<Token> tokens, String[] words) {
    for (int i = 0; i + words.length <= tokens.size(); i++) {
      boolean all = true;
      for (int k = 0; k < words.length && all; k++) {
        all = tokens.get(i + k).word().equals(words[k]);
      }
      if (all) {
        return new int[] {i, i + words.length};
      }
    }
    return null;
  }
}

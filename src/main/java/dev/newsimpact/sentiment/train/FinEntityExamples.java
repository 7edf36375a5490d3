package dev.newsimpact.sentiment.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.sentiment.PlainTokenizer;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads FinEntity (a JSON array of {content, annotations[{start, end, value, label}]}) into
 * {@link Example}s and splits them by passage, so no sentence of a held-out passage is trained on.
 *
 * <p>The split is a pure function of the passage text: the first four bytes of its SHA-256 modulo
 * 100, below {@value #HELD_OUT_PERCENT} is held out. A passage repeating an earlier text is skipped.
 * About 3% of FinEntity's offsets are off by a few characters: such a span is re-anchored at the
 * nearest occurrence of its value; a span whose value is nowhere is dropped.
 */
public final class FinEntityExamples {

  /** Share of passages held out, in percent. */
  public static final int HELD_OUT_PERCENT = 20;

  // What may sit between a name and its Reuters code: a possessive (FinEntity has U+FFFD U+FFFD
  // where a curly apostrophe was lost), then spaces.
  private static final Pattern CODE_AFTER =
      Pattern.compile("(?:'s|\u2019s|\uFFFD\uFFFDs)?[ \\t]*<[^<>\\s]{1,40}>");

  private static final Security PLACEHOLDER =
      new Security("?", "FinEntity span", SecurityKind.OTHER, null, null);

  private FinEntityExamples() {}

  /** Every usable span of the file, in file order. */
  public static List<Example> read(Path finEntityJson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(finEntityJson.toFile());
    if (!root.isArray()) {
      throw new IOException(finEntityJson + ": expected a JSON array");
    }
    List<Example> examples = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int index = 0; index < root.size(); index++) {
      String content = root.get(index).path("content").asText();
      if (content.isBlank() || !seen.add(content)) {
        continue;
      }
      examples.addAll(passage(index, content, root.get(index).path("annotations")));
    }
    return List.copyOf(examples);
  }

  /** True when the passage text falls in the held-out split. */
  public static boolean heldOut(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      int head = ((d[0] & 0xff) << 24) | ((d[1] & 0xff) << 16) | ((d[2] & 0xff) << 8) | (d[3] & 0xff);
      return Integer.remainderUnsigned(head, 100) < HELD_OUT_PERCENT;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static List<Example> passage(int index, String content, JsonNode annotations) {
    boolean heldOut = heldOut(content);
    List<List<Token>> sentences = PlainTokenizer.sentences(PlainTokenizer.tokenize(content));
    List<Example> examples = new ArrayList<>();
    Set<Integer> starts = new HashSet<>();
    for (JsonNode a : annotations) {
      String value = a.path("value").asText();
      int start = anchor(content, value, a.path("start").asInt(-1));
      Sentiment.Label label = label(a.path("label").asText());
      if (start < 0 || label == null || !starts.add(start)) {
        continue;
      }
      int end = start + value.length();
      Example example = example(index, content, sentences, start, end, label, heldOut);
      if (example != null) {
        examples.add(example);
      }
    }
    return examples;
  }

  private static Example example(int index, String content, List<List<Token>> sentences,
      int start, int end, Sentiment.Label label, boolean heldOut) {
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s);
      int first = -1;
      int last = -1;
      for (int t = 0; t < tokens.size(); t++) {
        if (tokens.get(t).end() > start && tokens.get(t).begin() < end) {
          first = first < 0 ? t : first;
          last = t;
        }
      }
      if (first >= 0) {
        Sentence sentence = sentence(s, content, tokens);
        Mention mention = new Mention(s, first, last + 1, start, end,
            content.substring(start, end), PLACEHOLDER, 1.0);
        boolean linked = CODE_AFTER.matcher(content).region(end, content.length()).lookingAt();
        return new Example(index, sentence, mention, label, heldOut, linked);
      }
    }
    return null;
  }

  // Tokens re-indexed from 0 within their sentence, as the pipeline's sentences are.
  private static Sentence sentence(int index, String content, List<Token> tokens) {
    List<Token> own = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      own.add(new Token(own.size(), t.word(), t.begin(), t.end(), null, null, null));
    }
    int begin = own.get(0).begin();
    int end = own.get(own.size() - 1).end();
    return new Sentence(index, begin, end, content.substring(begin, end), own, List.of(), false,
        false);
  }

  private static Sentiment.Label label(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "positive" -> Sentiment.Label.POSITIVE;
      case "negative" -> Sentiment.Label.NEGATIVE;
      case "neutral" -> Sentiment.Label.NEUTRAL;
      default -> null;
    };
  }

  // The given offset when the value is there, else the nearest occurrence, else -1.
  static int anchor(String content, String value, int start) {
    if (value.isEmpty()) {
      return -1;
    }
    if (start >= 0 && content.startsWith(value, start)) {
      return start;
    }
    int best = -1;
    for (int i = content.indexOf(value); i >= 0; i = content.indexOf(value, i + 1)) {
      if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
        best = i;
      }
    }
    return best;
  }
}

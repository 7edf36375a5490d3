package dev.newsimpact.testing;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.ClaimFinder;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.claim.Direction;
import dev.newsimpact.cli.RunContext;
import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.LanguageAnalyzer;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.sentiment.RuleSentimentScorer;
import dev.newsimpact.source.DefaultDocumentSource;
import dev.newsimpact.text.JsoupTextExtractor;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.Security;
import dev.newsimpact.ticker.SecurityKind;
import dev.newsimpact.ticker.TickerLinker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pipeline that loads no models, for tests of everything around the language stages: the real
 * source and text stages, then one sentence per line, cashtags ({@code $ACME}) as the only mentions,
 * and "rose 5%" / "fell 5%" after a cashtag as the only price moves. A line {@code SLOW n} makes
 * the article take n milliseconds, so tests can make late inputs finish first; {@code BOOM} throws.
 */
public final class FakePipeline {
  private FakePipeline() {}

  private static final Pattern TOKEN = Pattern.compile("\\$?[A-Za-z]+|\\d+(?:\\.\\d+)?%?|\\S");

  /** A context for in-process runs: no config file, the fake pipeline, a fixed clock. */
  public static RunContext context() {
    return new RunContext(Map.of(), false, false, FakePipeline::extractor,
        Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC));
  }

  public static Extractor extractor(ExtractorSettings settings) {
    return new Extractor(new DefaultDocumentSource(settings.source(), settings.stdin()),
        new JsoupTextExtractor(), new Analyzer(), new Cashtags(), new Moves(),
        new RuleSentimentScorer());
  }

  private static final class Analyzer implements LanguageAnalyzer {
    @Override
    public AnnotatedText tokenize(String text) {
      List<Sentence> sentences = new ArrayList<>();
      int begin = 0;
      for (String line : text.split("\n", -1)) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
          tokens.add(new Token(tokens.size(), m.group(), begin + m.start(), begin + m.end(), null,
              null, null));
        }
        if (!tokens.isEmpty()) {
          sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(),
              tokens.get(tokens.size() - 1).end(), text.substring(tokens.get(0).begin(),
              tokens.get(tokens.size() - 1).end()), tokens, List.of(), false, false));
        }
        behave(line);
        begin += line.length() + 1;
      }
      return new AnnotatedText(text, sentences);
    }

    private static void behave(String line) {
      if (line.startsWith("SLOW ")) {
        try {
          Thread.sleep(Long.parseLong(line.substring(5).trim()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (line.equals("BOOM")) {
        throw new IllegalStateException("boom");
      }
    }

    @Override
    public AnnotatedText analyze(AnnotatedText text, Set<Integer> entities, Set<Integer> tags,
        Set<Integer> parse) {
      return text;
    }
  }

  private static final class Cashtags implements TickerLinker {
    @Override
    public List<Mention> link(AnnotatedText text) {
      List<Mention> mentions = new ArrayList<>();
      for (Sentence sentence : text.sentences()) {
        for (Token token : sentence.tokens()) {
          if (token.word().startsWith("$") && token.word().length() > 1) {
            String ticker = token.word().substring(1).toUpperCase(Locale.ROOT);
            mentions.add(new Mention(sentence.index(), token.index(), token.index() + 1,
                token.begin(), token.end(), token.word(),
                new Security(ticker, ticker + " Inc", SecurityKind.EQUITY, "XNAS", "US"), 0.9));
          }
        }
      }
      return mentions;
    }
  }

  private static final class Moves implements ClaimFinder {
    @Override
    public List<Claim> find(AnnotatedText text, List<Mention> mentions) {
      List<Claim> claims = new ArrayList<>();
      for (Mention mention : mentions) {
        Sentence sentence = text.sentences().get(mention.sentence());
        List<Token> tokens = sentence.tokens();
        for (int i = mention.endToken(); i + 1 < tokens.size(); i++) {
          String verb = tokens.get(i).word();
          String figure = tokens.get(i + 1).word();
          Direction direction = verb.equals("rose") ? Direction.UP
              : verb.equals("fell") ? Direction.DOWN : null;
          if (direction != null && figure.endsWith("%")) {
            double value = Double.parseDouble(figure.substring(0, figure.length() - 1));
            claims.add(new Claim(ClaimType.PRICE_MOVE, "price",
                direction == Direction.UP ? value : -value, "percent", direction, null, null,
                mention.text() + " " + verb + " " + figure, mention, sentence.index(),
                claims.size() + 1));
            break;
          }
        }
      }
      return claims;
    }
  }
}

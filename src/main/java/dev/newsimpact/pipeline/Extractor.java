package dev.newsimpact.pipeline;

import dev.newsimpact.claim.Claim;
import dev.newsimpact.claim.ClaimFinder;
import dev.newsimpact.claim.ClaimSentences;
import dev.newsimpact.claim.ClaimType;
import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.LanguageAnalyzer;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.sentiment.Sentiment;
import dev.newsimpact.sentiment.SentimentScorer;
import dev.newsimpact.source.DocumentSource;
import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import dev.newsimpact.source.RawDocument;
import dev.newsimpact.text.Article;
import dev.newsimpact.text.TextExtractor;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import dev.newsimpact.ticker.TickerLinker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole pipeline, source to scored claims, for one input at a time. Thread-safe when its stages
 * are (the shipped ones are).
 */
public final class Extractor {

  private final DocumentSource source;
  private final TextExtractor textExtractor;
  private final LanguageAnalyzer analyzer;
  private final TickerLinker linker;
  private final ClaimFinder claimFinder;
  private final SentimentScorer sentiment;
  private final boolean scoreMentions;

  public Extractor(DocumentSource source, TextExtractor textExtractor, LanguageAnalyzer analyzer,
      TickerLinker linker, ClaimFinder claimFinder, SentimentScorer sentiment) {
    this(source, textExtractor, analyzer, linker, claimFinder, sentiment, true);
  }

  private Extractor(DocumentSource source, TextExtractor textExtractor, LanguageAnalyzer analyzer,
      TickerLinker linker, ClaimFinder claimFinder, SentimentScorer sentiment,
      boolean scoreMentions) {
    this.source = source;
    this.textExtractor = textExtractor;
    this.analyzer = analyzer;
    this.linker = linker;
    this.claimFinder = claimFinder;
    this.sentiment = sentiment;
    this.scoreMentions = scoreMentions;
  }

  /**
   * The same pipeline for callers that print claims only ({@code extract}): its results carry no
   * scored mentions, which spares tagging every sentence that names a security just for the
   * sentiment of its mentions (about a quarter of the work). Claims are the same as {@link #analyze}'s.
   */
  public Extractor claimsOnly() {
    return new Extractor(source, textExtractor, analyzer, linker, claimFinder, sentiment, false);
  }

  private static final Set<String> QUOTED_AGAINST = Set.of("against", "versus", "vs", "vs.");

  /** Reads one input and runs every stage on it. */
  public ArticleResult process(Input input) throws InputException {
    return analyze(extract(read(input)));
  }

  /**
   * Stage 1 alone: the bytes of one input. Split out so a batch can tell a failed read from
   * unusable content, and skip the costly stages for an article it has already seen.
   */
  public RawDocument read(Input input) throws InputException {
    return source.read(input);
  }

  /** Stage 2 alone: bytes already in hand (read, or given inline by a JSONL record) to an article. */
  public Article extract(RawDocument document) throws InputException {
    return textExtractor.extract(document);
  }

  /**
   * Runs the stages after text extraction on an article already in hand. The costly analyses run
   * only where a later stage reads them: entities (which sway the linker) in sentences that name a
   * security, dependencies in sentences that can hold a claim, and part of speech and lemmas there
   * and, when mentions are scored, wherever a mention's sentiment may read them.
   */
  public ArticleResult analyze(Article article) {
    AnnotatedText text = analyzer.tokenize(article.text());
    Set<Integer> named = sentencesOf(linker.candidates(text));
    Set<Integer> claimable = sentencesWithClaims(text, named);
    Set<Integer> entities = union(named, claimable);
    text = analyzer.analyze(text, entities, scoreMentions ? entities : claimable, claimable);
    List<Mention> mentions = linker.link(text);
    List<ScoredClaim> claims = scoreClaims(claimFinder.find(text, mentions));
    return new ArticleResult(article, text,
        scoreMentions ? scoreMentions(text, mentions, claims) : List.of(), claims);
  }

  private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
    Set<Integer> union = new TreeSet<>(a);
    union.addAll(b);
    return union;
  }

  private static Set<Integer> sentencesOf(List<Mention> mentions) {
    Set<Integer> sentences = new TreeSet<>();
    for (Mention mention : mentions) {
      sentences.add(mention.sentence());
    }
    return sentences;
  }

  /**
   * Sentences that can hold a claim: a figure with a unit, and a name or a word that refers back to
   * one. Only these are parsed, the pipeline's largest cost.
   */
  private static Set<Integer> sentencesWithClaims(AnnotatedText text, Set<Integer> named) {
    Set<Integer> result = new TreeSet<>();
    for (Sentence sentence : text.sentences()) {
      if (ClaimSentences.mayHoldClaim(sentence.tokens(), named.contains(sentence.index()))) {
        result.add(sentence.index());
      }
    }
    return result;
  }

  /**
   * A mention that a price move is about takes the move's sentiment (its direction decides); any
   * other mention takes the scorer's reading of its sentence.
   */
  private List<ScoredMention> scoreMentions(AnnotatedText text, List<Mention> mentions,
      List<ScoredClaim> claims) {
    Map<Mention, Sentiment> moved = new HashMap<>();
    for (ScoredClaim claim : claims) {
      if (claim.claim().type() == ClaimType.PRICE_MOVE) {
        moved.putIfAbsent(claim.claim().entity(), claim.sentiment());
      }
    }
    List<ScoredMention> scored = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      Sentence sentence = text.sentences().get(mention.sentence());
      Sentiment fromMove = moved.containsKey(mention) ? moved.get(mention)
          : counterpart(mention, sentence, moved);
      scored.add(new ScoredMention(mention,
          fromMove != null ? fromMove : sentiment.forMention(mention, sentence)));
    }
    return scored;
  }

  /**
   * "Rupee falls 28 paise against the US dollar": a currency quoted against one that moved took the
   * other side of the move. Null when the mention is no such counterpart.
   */
  private static Sentiment counterpart(Mention mention, Sentence sentence,
      Map<Mention, Sentiment> moved) {
    if (mention.security().kind() != SecurityKind.CURRENCY || mention.firstToken() == 0) {
      return null;
    }
    String before = sentence.tokens().get(mention.firstToken() - 1).word().toLowerCase(Locale.ROOT);
    int article = before.equals("the") && mention.firstToken() > 1 ? 2 : 1;
    String quote = article == 2
        ? sentence.tokens().get(mention.firstToken() - 2).word().toLowerCase(Locale.ROOT) : before;
    if (!QUOTED_AGAINST.contains(quote)) {
      return null;
    }
    Mention nearest = null; // the moved currency closest before it in its sentence
    for (Mention other : moved.keySet()) {
      if (other.sentence() == mention.sentence() && other.begin() < mention.begin()
          && other.security().kind() == SecurityKind.CURRENCY
          && !other.security().equals(mention.security())
          && (nearest == null || other.begin() > nearest.begin())) {
        nearest = other;
      }
    }
    if (nearest == null) {
      return null;
    }
    Sentiment s = moved.get(nearest);
    Sentiment.Label flipped = s.label() == Sentiment.Label.POSITIVE ? Sentiment.Label.NEGATIVE
        : s.label() == Sentiment.Label.NEGATIVE ? Sentiment.Label.POSITIVE : s.label();
    return new Sentiment(flipped, s.score() == 0 ? 0 : -s.score());
  }

  private List<ScoredClaim> scoreClaims(List<Claim> claims) {
    List<ScoredClaim> scored = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      scored.add(new ScoredClaim(claim, sentiment.forClaim(claim)));
    }
    return scored;
  }
}

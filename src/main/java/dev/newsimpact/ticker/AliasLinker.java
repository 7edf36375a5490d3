package dev.newsimpact.ticker;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Links names, aliases and symbols to the securities of a {@link Universe}. Matching runs the
 * universe's Aho-Corasick automaton over each sentence's tokens, so its cost grows linearly with the
 * text; then the longest spans win without overlaps, and {@link LinkScorer} chooses the security and
 * a confidence in two passes (the second knows which securities the article named with confidence).
 * Mentions under the minimum confidence are dropped. Thread-safe.
 *
 * <p>What a confidence means: 0.9 and up, an explicit symbol (cashtag, exchange prefix, a symbol in
 * parentheses after its name) or a distinctive multi-word name; 0.75 and up, a name the article
 * also states confidently elsewhere or one with finance words around it, and a sector named as one
 * ("tech stocks": 0.8); 0.5 to 0.75, an everyday word or a bare ticker that context supports, and a
 * bare sector word where the text speaks of sectors (0.6); under 0.5, a guess (dropped by default).
 * A name that is a source ("Bloomberg reported"), a share button, a byline's handle label, a
 * person's surname or the rest of another company's name ("Google Cloud") scores 0.
 */
public final class AliasLinker implements TickerLinker {

  /** Confidence under which a link is dropped unless the caller asks otherwise. */
  public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
  private static final double ESTABLISHING = 0.75;
  private static final int MAX_HEADLINE_TOKENS = 30;
  private static final Set<String> CLOSERS =
      Set.of("\"", "''", "'", "\u201d", "\u2019", ")", "-RRB-", "]", "-RSB-");
  private static final List<String[]> OUTLETS = ListingHints.readOutlets();

  private final Universe universe;
  private final double minConfidence;
  private final SpanFinder finder;
  private final LinkScorer scorer;
  private final SectorFinder sectors;

  /** A linker over {@code universe} keeping links of at least {@link #DEFAULT_MIN_CONFIDENCE}. */
  public AliasLinker(Universe universe) {
    this(universe, DEFAULT_MIN_CONFIDENCE);
  }

  /** A linker over {@code universe} keeping links whose confidence is at least {@code minConfidence}. */
  public AliasLinker(Universe universe, double minConfidence) {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
    }
    this.universe = universe;
    this.minConfidence = minConfidence;
    this.finder = new SpanFinder(universe, OUTLETS);
    this.scorer = new LinkScorer(universe);
    this.sectors = new SectorFinder(universe);
    // Building the automaton takes a few hundred milliseconds: start it now, in the background, so
    // it overlaps with whatever the caller loads next (CoreNLP's models); link() waits for it, and
    // a failure here happens again, and is reported, there.
    var unused = CompletableFuture.runAsync(universe::automaton);
  }

  /** The same linker with another minimum confidence; shares the universe's automaton. */
  public AliasLinker withMinConfidence(double min) {
    return new AliasLinker(universe, min);
  }

  public double minConfidence() {
    return minConfidence;
  }

  @Override
  public List<Mention> link(AnnotatedText text) {
    return link(text, minConfidence, false);
  }

  /**
   * Adds, in headlines only, the names within what an ORGANIZATION tag adds of the bar ("Apple
   * just gutted its laptop lineup": no finance word, so only the tag confirms Apple). A headline
   * is one sentence, so tagging it costs little; in body text the same rule tagged a fifth more
   * sentences and half the names it added were wrong.
   */
  @Override
  public List<Mention> candidates(AnnotatedText text) {
    return link(text, Math.max(0, minConfidence - LinkScorer.ORGANIZATION_SUPPORT), true);
  }

  /** Short, and not closed by a full stop (before closing quotes); "!" and "?" end headlines too. */
  static boolean isHeadline(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.size() > MAX_HEADLINE_TOKENS) {
      return false;
    }
    int last = tokens.size() - 1;
    while (last > 0 && CLOSERS.contains(tokens.get(last).word())) {
      last--;
    }
    String word = tokens.get(last).word();
    return !word.equals(".");
  }

  private List<Mention> link(AnnotatedText text, double lowered, boolean onlyHeadlinesLowered) {
    List<SentenceView> views = new ArrayList<>();
    List<List<Span>> found = new ArrayList<>();
    Map<SentenceView, Set<String>> hints = new HashMap<>();
    for (Sentence s : text.sentences()) {
      SentenceView view = new SentenceView(text.text(), s);
      views.add(view);
      found.add(finder.find(view));
      hints.put(view, ListingHints.of(view));
    }
    List<Span> spans = selectAll(found);
    // Three passes: the markets the article names with confidence, then the securities it
    // establishes in them, then every decision knowing both.
    List<String> keys = new ArrayList<>();
    for (SentenceView view : views) {
      keys.addAll(view.keys());
      keys.add(null);
    }
    MarketContext markets = MarketContext.of(confident(spans, decideAll(spans, Set.of(), hints,
        MarketContext.NONE)), keys);
    if (addSectors(views, found, markets)) {
      spans = selectAll(found);
    }
    Set<Security> established = new HashSet<>();
    List<LinkScorer.Decision> first = decideAll(spans, Set.of(), hints, markets);
    for (int i = 0; i < spans.size(); i++) {
      LinkScorer.Decision d = first.get(i);
      if (d != null && d.confidence() >= ESTABLISHING && spans.get(i).form() != Span.Form.BARE) {
        established.add(d.security());
      }
    }
    List<LinkScorer.Decision> decisions = decideAll(spans, established, hints, markets);
    followSymbols(spans, decisions);
    Futures.apply(spans, decisions, universe);
    ListSupport.apply(spans, decisions);
    dropNamesInsideNames(spans, decisions, established);
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      LinkScorer.Decision d = decisions.get(i);
      double bar = onlyHeadlinesLowered && !isHeadline(span.view().sentence) ? minConfidence
          : lowered;
      if (d != null && d.confidence() >= bar && d.confidence() > 0) {
        out.add(new Mention(span.view().sentence.index(), span.firstToken(), span.endToken(),
            span.begin(), span.end(), span.text(), d.security(), d.confidence()));
      }
    }
    out.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
    return List.copyOf(out);
  }

  private static List<Span> selectAll(List<List<Span>> found) {
    List<Span> spans = new ArrayList<>();
    for (List<Span> f : found) {
      spans.addAll(select(f));
    }
    return spans;
  }

  private List<LinkScorer.Decision> decideAll(List<Span> spans, Set<Security> established,
      Map<SentenceView, Set<String>> hints, MarketContext markets) {
    List<LinkScorer.Decision> out = new ArrayList<>(spans.size());
    for (Span span : spans) {
      out.add(scorer.decide(span, new LinkScorer.Evidence(established, hints.get(span.view()), markets)));
    }
    return out;
  }

  /**
   * Home listings among the confident decisions, once per mention: what the market context counts
   * (an ADR says little about which market a story is about).
   */
  private List<Security> confident(List<Span> spans, List<LinkScorer.Decision> decisions) {
    List<Security> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      LinkScorer.Decision d = decisions.get(i);
      if (d != null && d.confidence() >= ESTABLISHING && spans.get(i).form() != Span.Form.BARE
          && scorer.isHomeListing(d.security())) {
        out.add(d.security());
      }
    }
    return out;
  }

  /**
   * "Google Cloud", "GOOGLE CLOUD": a one-word name right after another company's name, with nothing
   * between, is the rest of that name (a product, a unit), not a second company.
   */
  private static void dropNamesInsideNames(List<Span> spans, List<LinkScorer.Decision> decisions,
      Set<Security> established) {
    for (int i = 1; i < spans.size(); i++) {
      Span span = spans.get(i);
      Span before = spans.get(i - 1);
      LinkScorer.Decision d = decisions.get(i);
      LinkScorer.Decision b = decisions.get(i - 1);
      if (d == null || b == null || span.form() != Span.Form.NAME || before.form() != Span.Form.NAME
          || span.length() != 1 || before.view() != span.view()
          || before.endToken() != span.firstToken() || b.security().equals(d.security())
          || established.contains(d.security())) {
        continue;
      }
      decisions.set(i, new LinkScorer.Decision(d.security(), d.alias(), 0));
    }
  }

  /** Adds the sector spans of every sentence; true when there were any. */
  private boolean addSectors(List<SentenceView> views, List<List<Span>> found, MarketContext markets) {
    String market = markets.dominant("United States");
    boolean any = false;
    for (int i = 0; i < views.size(); i++) {
      List<Span> named = sectors.find(views.get(i), i > 0 ? views.get(i - 1) : null, market);
      if (!named.isEmpty()) {
        List<Span> all = new ArrayList<>(found.get(i));
        all.addAll(named);
        found.set(i, all);
        any = true;
      }
    }
    return any;
  }

  /** Longest spans first (outlet blocks before all), then the more explicit form; no overlaps. */
  private static List<Span> select(List<Span> found) {
    List<Span> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing((Span s) -> s.form() != Span.Form.BLOCK)
        .thenComparing(s -> -s.length())
        .thenComparing(s -> formRank(s.form()))
        .thenComparingInt(Span::firstUnit));
    List<Span> chosen = new ArrayList<>();
    for (Span s : sorted) {
      if (chosen.stream().noneMatch(s::overlaps)) {
        chosen.add(s);
      }
    }
    chosen.removeIf(s -> s.form() == Span.Form.BLOCK);
    chosen.sort(Comparator.comparingInt(Span::firstUnit));
    return chosen;
  }

  private static int formRank(Span.Form form) {
    return switch (form) {
      case PREFIX -> 0;
      case CASHTAG -> 1;
      case PARENS -> 2;
      case SECTOR, SECTOR_BARE -> 3;
      case NAME -> 4;
      default -> 5;
    };
  }

  /**
   * "Toyota (7203.T)", "VanEck Semiconductor ETF (SMH)": a symbol in parentheses right after a name
   * settles which listing the name means, and confirms the name.
   */
  private void followSymbols(List<Span> spans, List<LinkScorer.Decision> decisions) {
    for (int i = 1; i < spans.size(); i++) {
      Span sym = spans.get(i);
      Span name = spans.get(i - 1);
      LinkScorer.Decision d = decisions.get(i);
      if (sym.form() != Span.Form.PARENS || name.form() != Span.Form.NAME || d == null
          || name.view() != sym.view() || name.endToken() != sym.firstToken() - 1) {
        continue;
      }
      LinkScorer.Decision named = decisions.get(i - 1);
      if (named != null && named.confidence() > 0 && !named.security().equals(d.security())
          && universe.aliasesFor(AliasKeys.key(sym.text())).stream()
              .anyMatch(a -> a.security().equals(named.security()))) {
        // "Bitcoin (BTC)", "Ether (ETH)": the short name of the name before, not the fund or
        // company whose symbol it also is; written together they confirm each other
        double c = Math.max(named.confidence(), 0.9);
        decisions.set(i - 1, new LinkScorer.Decision(named.security(), named.alias(), c));
        decisions.set(i, new LinkScorer.Decision(named.security(), null, c));
        continue;
      }
      for (Alias a : name.aliases()) {
        if (a.security().equals(d.security())) {
          double c = Math.max(decisions.get(i - 1).confidence(), 0.95);
          decisions.set(i - 1, new LinkScorer.Decision(a.security(), a, c));
          decisions.set(i, new LinkScorer.Decision(d.security(), null, Math.max(d.confidence(), 0.95)));
          break;
        }
      }
    }
  }
}

package dev.newsimpact.ticker;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which security a span means and how sure that is. Confidence starts from what the span
 * is (a distinctive multi-word name is near certain, an everyday word is a guess, a cashtag is
 * explicit) and moves with evidence: finance or commodity words nearby, a capital letter in the
 * middle of a sentence, a legal suffix after the name, a confident mention of the same security
 * elsewhere in the article, and the NER tag when the sentence is tagged. NER only ever adds or
 * removes part of the score, never decides alone.
 */
final class LinkScorer {

  /** What an entity tag adds to a name's confidence: the most that tagging a sentence can add. */
  static final double ORGANIZATION_SUPPORT = 0.15;

  /** Securities that a confident mention elsewhere in the article already established. */
  record Evidence(Set<Security> established, Set<String> listingMics, MarketContext markets) {}

  /** A decision: the security, the alias it was found under (null for symbols), and confidence. */
  record Decision(Security security, Alias alias, double confidence) {}

  private final Universe universe;

  LinkScorer(Universe universe) {
    this.universe = universe;
  }

  Decision decide(Span span, Evidence evidence) {
    return switch (span.form()) {
      case NAME -> name(span, evidence);
      case BLOCK -> null;
      case SECTOR -> new Decision(span.symbol(), null, 0.8);
      case SECTOR_BARE -> new Decision(span.symbol(), null, 0.6);
      default -> new Decision(span.symbol(), null, symbol(span, evidence));
    };
  }

  private Decision name(Span span, Evidence evidence) {
    SentenceView view = span.view();
    String after = view.tokenKey(span.endToken());
    Alias best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<Alias> aliases = aliasesMeant(span);
    Set<Security> candidates = new HashSet<>();
    for (Alias a : aliases) {
      candidates.add(a.security());
    }
    for (Alias a : aliases) {
      Security s = a.security();
      double score = a.prior();
      if (candidates.size() > 1 && isHomeListing(s)) {
        // Rio Tinto in a Sydney market report is the Sydney line; an ADR gains nothing from a
        // Wall Street story, since Deutsche Bank there is still the Frankfurt company
        score += 0.35 * evidence.markets().weight(MarketContext.marketOf(s), candidates);
      } else if (candidates.size() > 1 && isSecondListingAbroad(s)) {
        // Alibaba in a Hong Kong market report is the Hong Kong line, though New York came first
        score += 0.5 * evidence.markets().weight(MarketContext.marketOf(s), candidates);
      }
      if (evidence.listingMics().contains(s.mic())) {
        score += 0.5;
      }
      if (evidence.established().contains(s)) {
        score += 0.3;
      }
      if (Currencies.gated(a)) {
        score += 0.5; // "Sterling fell against the dollar": the currency, not Sterling Infrastructure
      }
      SecurityKind wanted = Cues.KIND_AFTER.get(after);
      if (wanted != null && wanted == s.kind()) {
        score += 0.3;
      }
      if (score > bestScore || (score == bestScore && s.ticker().compareTo(best.security().ticker()) < 0)) {
        best = a;
        bestScore = score;
      }
    }
    // How sure the name is does not depend on which listing it goes to: the strongest alias says.
    Alias strongest = best;
    for (Alias a : aliases) {
      if (a.prior() > strongest.prior() && a.security().kind() == best.security().kind()) {
        strongest = a;
      }
    }
    double confidence = Math.max(nameConfidence(span, best, evidence),
        strongest == best ? 0 : nameConfidence(span, strongest, evidence));
    return new Decision(best.security(), best, round(confidence));
  }

  /**
   * The span's aliases less the currencies that the words around do not speak of ("Sterling
   * Infrastructure" may still be meant by "Sterling"); all of them when none is left, for a
   * decision of no confidence.
   */
  private static List<Alias> aliasesMeant(Span span) {
    if (span.aliases().stream().noneMatch(Currencies::gated) || Currencies.spokenOf(span)) {
      return span.aliases();
    }
    List<Alias> meant = span.aliases().stream().filter(a -> !Currencies.gated(a)).toList();
    return meant.isEmpty() ? span.aliases() : meant;
  }

  /** A listing in its issuer's own market: Rio Tinto Ltd in Sydney, not an ADR in New York. */
  boolean isHomeListing(Security s) {
    String market = MarketContext.marketOf(s);
    return market != null && isHomeMarket(s, market) && !universe.hasFlag(s, UniverseFormat.SECONDARY);
  }

  /**
   * A second listing at home of a company first listed in New York (Alibaba's 9988.HK); not a
   * listing outside the issuer's market (Stellantis in Paris), which the sources also mark so.
   */
  private boolean isSecondListingAbroad(Security s) {
    String market = MarketContext.marketOf(s);
    return market != null && !"United States".equals(market) && s.kind() == SecurityKind.EQUITY
        && isHomeMarket(s, market) && universe.hasFlag(s, UniverseFormat.SECONDARY);
  }

  private static boolean isHomeMarket(Security s, String market) {
    return market.equals(s.country()) || ("Hong Kong".equals(market) && "China".equals(s.country()));
  }

  private double nameConfidence(Span span, Alias a, Evidence evidence) {
    SentenceView view = span.view();
    if (Surroundings.isShareButton(view, span.firstToken())
        || Surroundings.isHandleLabel(view, span.endToken())
        || Surroundings.isOpeningAdverb(view, span.firstToken(), span.endToken())
        || Surroundings.isRatingAgency(view, span.firstToken(), span.endToken())) {
      // "Share on Facebook", "Twitter: @jdoe", "Also, ...", "S&P downgraded": not mentions
      return 0;
    }
    if (Currencies.gated(a) && !Currencies.spokenOf(span)) {
      return 0; // "$1.2 billion", "in dollar terms", "Samsung won": money talk, not the currency
    }
    return Math.max(0, Math.min(1, base(span, a) + support(span, a, evidence)));
  }

  /** What the alias alone is worth: a distinctive name much, an everyday word little. */
  private static double base(Span span, Alias a) {
    boolean common = a.has(UniverseFormat.COMMON_WORD);
    boolean single = span.length() == 1;
    double base;
    if (isTraded(a.security())) {
      base = common ? 0.35 : 0.85;
    } else if (!single) {
      base = common ? 0.6 : 0.9;
    } else if (a.has(UniverseFormat.ACRONYM)) {
      // Capitals are names (RTX, BMW) but also "HD", "ECG" in other stories; a ticker that spells
      // the name's initials is the name for giants (AMD) and a guess for the rest.
      int letters = span.text().length();
      base = common ? 0.15
          : a.has(UniverseFormat.DERIVED) ? (letters <= 2 ? 0.35 : 0.3 + 0.55 * a.prior())
          : letters <= 3 ? 0.55 : 0.8;
    } else {
      base = common ? 0.4 : 0.8;
    }
    // A one-word name of a small company ("Poppins", "abc") is rarely the one meant.
    double weight = single ? 0.55 + 0.45 * a.prior()
        : common ? 0.7 + 0.3 * a.prior() : 0.9 + 0.1 * a.prior();
    return base * weight;
  }

  /** Evidence around the span, for or against. */
  private static double support(Span span, Alias a, Evidence evidence) {
    SentenceView view = span.view();
    Security s = a.security();
    int first = span.firstToken();
    int end = span.endToken();
    boolean common = a.has(UniverseFormat.COMMON_WORD);
    boolean single = span.length() == 1;
    boolean traded = isTraded(s);
    double support = 0;
    String after = view.tokenKey(end);
    boolean moves = (traded || s.kind() == SecurityKind.INDEX) && movesNext(view, end);
    if ((hasCue(view, first, end, s, common) || moves)
        && !(a.has(UniverseFormat.ACRONYM) && common)) {
      support += traded ? 0.35 : 0.2;
    }
    if (Cues.LEGAL_SUFFIX.contains(after)) {
      support += 0.2;
    } else if (Cues.ACTOR_VERBS.contains(after) && !traded) {
      support += 0.1;
    }
    boolean surname = single && Surroundings.partOfLongerName(view, first);
    String written = span.text();
    if (single && !surname && !view.isSentenceInitial(first) && !view.titleCase
        && Character.isUpperCase(written.charAt(0)) && !CaseRules.isUpperCase(written)) {
      support += 0.15;
    }
    boolean established = evidence.established().contains(s);
    support += established ? 0.35 : 0;
    boolean peer = !established && peerIndex(s, evidence);
    support += peer ? 0.2 : 0;
    Set<String> ner = view.ner(first, end);
    // A coin or a commodity is no organization: the tag says nothing for them ("Jupiter's icy moon")
    support += ner.contains("ORGANIZATION") && !traded ? ORGANIZATION_SUPPORT : 0;
    boolean hasShares = Surroundings.sharesOf(view, first, end);
    support += hasShares ? 0.2 : 0;
    boolean company = Cues.COMPANY_NEXT.contains(after);
    support += company && !traded ? 0.2 : 0; // as strong as "X shares"
    if (ner.contains("PERSON") && !established && !hasShares && !moves && !peer && !company) {
      // "Harrison Ford" is a person; "Domino's Pizza" tagged so is still a full company name
      support -= single ? 0.3 : 0.15;
    }
    support -= ner.contains("LOCATION") && single && !traded && s.kind() != SecurityKind.INDEX ? 0.2 : 0;
    support -= surname ? 0.35 : 0;
    support -= single && common && !traded && Surroundings.startsLongerName(view, end) ? 0.3 : 0;
    // "the Nifty" is the index, but "The Evolution of AI" no company
    support -= single && common && s.kind() == SecurityKind.EQUITY && !established && !hasShares
        && Surroundings.afterArticle(view, first) ? 0.2 : 0;
    return support;
  }

  /** "Sensex Up 701 Points, Nifty At 21,654": another index of the market is named with confidence. */
  private static boolean peerIndex(Security s, Evidence evidence) {
    if (s.kind() != SecurityKind.INDEX || s.country() == null) {
      return false;
    }
    for (Security other : evidence.established()) {
      if (other.kind() == SecurityKind.INDEX && s.country().equals(other.country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A market move follows the name, perhaps past a word such as "too" or "prices": "Nifty ends at
   * a six-month high", "silver too declines". Title-case headlines get the tag of a person for
   * such names ("Nifty End At Six-Month High"); a person does not end at a high.
   */
  private static boolean movesNext(SentenceView view, int end) {
    String after = view.tokenKey(end);
    return Cues.MOVE_AFTER.contains(after)
        || Cues.BEFORE_MOVE.contains(after) && Cues.MOVE_AFTER.contains(view.tokenKey(end + 1));
  }

  private static boolean isTraded(Security s) {
    return s.kind() == SecurityKind.COMMODITY || s.kind() == SecurityKind.CRYPTO
        || s.kind() == SecurityKind.CURRENCY;
  }

  /** Finance words near a company, trade words near a commodity ("an ounce" may close the sentence). */
  private static boolean hasCue(SentenceView view, int first, int end, Security s, boolean common) {
    if (s.kind() == SecurityKind.CURRENCY) {
      return true; // a currency gets here only named as one ("dollar index") or spoken of as traded
    }
    boolean traded = isTraded(s);
    Set<String> cues = s.kind() == SecurityKind.COMMODITY ? Cues.COMMODITY
        : !traded ? Cues.FINANCE
        : common ? Cues.CRYPTO_STRONG : Cues.CRYPTO;
    return view.window(first, end, traded ? 14 : 6).stream().anyMatch(cues::contains);
  }

  private double symbol(Span span, Evidence evidence) {
    Security s = span.symbol();
    boolean abbreviation = universe.hasFlag(s, UniverseFormat.SYMBOL_IS_ABBREVIATION);
    boolean word = universe.hasFlag(s, UniverseFormat.SYMBOL_IS_WORD);
    boolean established = evidence.established().contains(s);
    SentenceView view = span.view();
    switch (span.form()) {
      case PREFIX:
        return 0.97;
      case CASHTAG:
        return abbreviation ? 0.6 : 0.95;
      case PARENS:
        if (established) {
          return 0.98;
        }
        if (span.text().length() == 1) {
          return 0.3; // "(R)" and "(C)" are marks, not Ryder or Citigroup
        }
        if (abbreviation || word) {
          return Surroundings.spelledOutBefore(view, span.firstToken() - 1, span.text()) ? 0 : 0.5;
        }
        return 0.88;
      default:
        break;
    }
    if (abbreviation || view.titleCase && Surroundings.mostlyCapitals(view)
        || Surroundings.isCreditGrade(view, span.firstToken(), span.endToken())) {
      return 0;
    }
    double base = word ? 0.2 : universe.sizeOf(s) >= 0.4 ? 0.45 : 0.25;
    if (established) {
      base += 0.35;
    }
    if (view.window(span.firstToken(), span.endToken(), 6).stream().anyMatch(Cues.FINANCE::contains)) {
      base += 0.2;
    }
    return round(Math.min(1, base));
  }

  /** Rounded to thousandths, so output bytes do not depend on float noise. */
  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

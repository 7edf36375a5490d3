package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Price levels of one sentence: "the Nikkei closed at 38,120.5", "shares rose 3% to $150.20". A
 * bare number is a level only of an index (in points); a percentage after "to" is a rate, and an
 * amount in millions is no share price. What stood at the level is read in this order: the mover of
 * the move the level ends ("platinum climbed 0.6% to $1,001.65", whatever the parse hangs "to" on),
 * a name right before "was steady at" and the like, then the subject of the verb above the level.
 */
final class PriceLevels {

  /** Words between a name and "at" in "palladium was steady at $968.50". */
  private static final Set<String> STANDING =
      Set.of("was", "were", "is", "are", "steady", "flat", "unchanged", "little", "changed",
          "last", "trading", "traded", "closed", "ended", "finished", "settled", "stood", "shares",
          "stock", "also", "still", "broadly", "largely", "about", "around", "nearly");

  private record Pending(Figure figure, Figure move, int group) {}

  private final DependencyTree tree;
  private final Subjects subjects;
  private final List<Mention> mentions;
  private final List<Pending> pending = new ArrayList<>();

  PriceLevels(DependencyTree tree, Subjects subjects, List<Mention> mentions) {
    this.tree = tree;
    this.subjects = subjects;
    this.mentions = mentions;
  }

  /**
   * Takes a level figure ("at" or "to" before it) and the move figure before it, if any; false when
   * the level is of something else (revenue rose to $9 billion, a price target), for a figure claim.
   */
  boolean offer(Figure figure, Figure previousMove, int group) {
    int verb = verbAbove(figure);
    if (verb >= 0 && !DependencyClaimFinder.isHypothetical(tree, verb)
        && (DependencyClaimFinder.isAboutSomethingElse(tree, subjects, verb) || figure.scaled()
            || DependencyClaimFinder.ownsNonPriceObject(tree, subjects, verb))) {
      return false;
    }
    pending.add(new Pending(figure, endsMove(previousMove, figure) ? previousMove : null, group));
    return true;
  }

  /** The level claims, once the sentence's moves are known (their movers by figure). */
  List<Claim> claims(Map<Figure, List<Mention>> moversByFigure) {
    List<Claim> claims = new ArrayList<>();
    for (Pending p : pending) {
      Figure figure = p.figure();
      if (figure.isPercent()) {
        continue;
      }
      int verb = verbAbove(figure);
      if (verb >= 0 && DependencyClaimFinder.isHypothetical(tree, verb)) {
        continue;
      }
      List<Mention> movers = p.move() == null ? null : moversByFigure.get(p.move());
      int anchor = movers != null && !movers.isEmpty() ? p.move().first()
          : verb >= 0 ? verb : figure.first();
      if (movers == null || movers.isEmpty()) {
        Mention standing = standingBefore(figure);
        movers = standing != null ? List.of(standing)
            : verb >= 0 ? subjects.of(new Cue(verb, null, verb), figure) : List.of();
      }
      for (Mention entity : movers) {
        Claim claim = claim(figure, anchor, entity, p.group());
        if (claim != null) {
          claims.add(claim);
        }
      }
    }
    return claims;
  }

  private Claim claim(Figure figure, int anchor, Mention entity, int group) {
    List<Token> tokens = tree.sentence().tokens();
    String unit = figure.unit();
    if (entity.security().kind() == SecurityKind.CURRENCY) {
      if (!isCurrencyLevel(figure, entity)) {
        return null;
      }
      unit = figure.isLevel() ? FigureScanner.POINTS : unit;
    } else if (figure.isLevel()) {
      if (entity.security().kind() != SecurityKind.INDEX) {
        return null;
      }
      unit = FigureScanner.POINTS;
    }
    BitSet exclude = new BitSet();
    exclude.set(figure.first(), figure.last() + 1);
    String period = Periods.find(tree, List.of(anchor), exclude);
    return new Claim(ClaimType.PRICE_LEVEL, "price", figure.value(), null, unit, null,
        Hedges.before(tokens, figure.first() - 1), period,
        DependencyClaimFinder.claimText(tree, anchor, figure, entity), entity,
        tree.sentence().index(), group);
  }

  /**
   * A currency's ticker is its price in US dollars (INRUSD=X), so only a level in dollars is its
   * level ("the euro rose to $1.0850"); "Rupee slips to 71.25" and "the yen at 150 per dollar" quote
   * dollars in the currency, the other way round. A bare number is a level of the dollar index only.
   */
  private static boolean isCurrencyLevel(Figure figure, Mention entity) {
    String ticker = entity.security().ticker();
    if (figure.isLevel()) {
      return entity.text().toLowerCase(Locale.ROOT).endsWith("index");
    }
    return figure.unit().equals("USD") && ticker.endsWith("USD=X") && !figure.scaled();
  }

  /** The verb at most two steps above the figure, or -1. */
  private int verbAbove(Figure figure) {
    List<Token> tokens = tree.sentence().tokens();
    int verb = DependencyClaimFinder.headOfFigure(tree, figure);
    for (int hop = 0; hop < 2; hop++) {
      Dependency up = tree.head(verb);
      if (up == null) {
        return -1;
      }
      verb = up.governor();
      String pos = tokens.get(verb).pos();
      if (pos != null && pos.startsWith("VB")) {
        return verb;
      }
    }
    return verb;
  }

  /** "rose 1.1%, to $29.67", "up 62 cents, or 0.8%, at $82.37": the level right after a move. */
  private boolean endsMove(Figure move, Figure level) {
    if (move == null || move.last() >= level.first()) {
      return false;
    }
    List<Token> tokens = tree.sentence().tokens();
    for (int i = move.last() + 1; i < level.first(); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!word.equals(",") && !word.equals("to") && !word.equals("at")) {
        return false;
      }
    }
    return true;
  }

  /** The name right before "was steady at", "closed at", "was last at" the level, or null. */
  private Mention standingBefore(Figure figure) {
    List<Token> tokens = tree.sentence().tokens();
    int i = figure.first() - 2; // before "at" or "to"
    while (i >= 0 && (STANDING.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
        || AdjacentSubjects.isInstrumentCode(tokens.get(i).word()))) {
      i--;
    }
    for (Mention m : mentions) {
      if (m.sentence() == tree.sentence().index() && m.endToken() == i + 1
          && i + 1 < figure.first() - 1) {
        return m;
      }
    }
    return null;
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Token;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the move word of a figure. First along the parse: up from the figure to a move verb or noun
 * ("SK Hynix plunging 14%", "a 71% gain"), a verb with a particle ("shot up 8%"), or an adverb
 * ("closed down 10%"), never through another noun, which would make it a figure of that noun ("a
 * five-year low of $44.64"). Then, because parsers often hang "up" and "down" off the number, from
 * the words next to the figure ("were last up around 2.5%", "closed 0.68% higher").
 */
final class Cues {

  private static final int MAX_HOPS = 3;
  private static final Set<String> CLAUSE_BOUNDARIES =
      Set.of("advcl", "ccomp", "parataxis", "acl:relcl", "csubj");
  private static final Set<String> HIGHS = Set.of("high", "highs", "peak", "peaks", "top", "record");
  private static final Set<String> LOWS = Set.of("low", "lows", "bottom", "trough");
  private static final Set<String> DIRECTION_CASES =
      Set.of("obl:up", "obl:down", "obl:off", "nmod:up", "nmod:down", "nmod:off");
  private static final Set<String> SKIPPED_BEFORE =
      Set.of("by", "around", "about", "roughly", "nearly", "almost", "some", "over", "more",
          "than", "as", "much", "up", "to", "a", "an", "another", "just", "under", "at", "least",
          "approximately", "close", "between");

  private Cues() {}

  /** The cue of {@code figure}, or null when it is no move. */
  static Cue of(DependencyTree tree, Figure figure, int head, BitSet figureTokens) {
    Cue cue = alongParse(tree, head);
    Cue beside = besideFigure(tree, figure, head, figureTokens);
    if (cue == null) {
      return beside;
    }
    // "the Nifty rose 1.1%, with Tata Motors up 2.5%", "Qualcomm added over 2% and Micron climbed
    // 1.5%": the parser hangs the figure off a move word of another clause; the move word written
    // right before the figure, and nearer to it, is the figure's own
    // A move noun after the figure ("by a 2.6% fall in X") or an adverb ("down 3% lower") is the
    // figure's own all the same.
    boolean nearer = beside != null && beside.token() < figure.first()
        && (cue.token() < beside.token()
            || cue.token() > figure.last() && isVerb(tree.sentence().tokens().get(cue.token())));
    return nearer ? beside : cue;
  }

  private static Cue alongParse(DependencyTree tree, int head) {
    List<Token> tokens = tree.sentence().tokens();
    int current = head;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Dependency up = tree.head(current);
      if (up == null || isBoundary(up.relation())) {
        return null;
      }
      if (hop == 0 && DIRECTION_CASES.contains(up.relation())) {
        // "the STOXX 600 fell, with Germany's DAX down 1%" parsed as "fell -obl:down-> %": the
        // mover is the "with" noun between the verb and the figure, not the verb's subject
        Direction direction = up.relation().endsWith(":up") ? Direction.UP : Direction.DOWN;
        for (int with : tree.children(up.governor(), "obl:with")) {
          if (with > up.governor() && with < head) {
            return new Cue(up.governor(), direction, with);
          }
        }
      }
      current = up.governor();
      Token word = tokens.get(current);
      Direction direction = direction(word);
      if (direction == null) {
        direction = particleDirection(tree, current);
      }
      if (direction != null) {
        Dependency above = tree.head(current);
        // "closed down 10%" moves the verb's subject; "with the DAX down 1%" has its own subject
        boolean particle = isModifier(word) && above != null && !isBoundary(above.relation())
            && tree.children(current, "nsubj").isEmpty();
        return new Cue(current, direction, particle ? above.governor() : current);
      }
      if (isNoun(word) && !up.relation().startsWith("conj")) {
        return null; // a figure of that noun; but "3.1% and 2%" climbs through its first figure
      }
    }
    return null;
  }

  /** "up 2.5%", "down by 3%", "2% lower", "0.68% higher": the direction word beside the figure. */
  private static Cue besideFigure(DependencyTree tree, Figure figure, int head,
      BitSet figureTokens) {
    List<Token> tokens = tree.sentence().tokens();
    for (int i = figure.first() - 1; i >= 0 && i >= figure.first() - 4; i--) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (word.equals("up") || word.equals("down") || word.equals("off")) {
        return new Cue(i, word.equals("up") ? Direction.UP : Direction.DOWN,
            anchorFor(tree, i, head, figureTokens));
      }
      Direction verb = isVerb(tokens.get(i)) ? direction(tokens.get(i)) : null;
      if (verb != null) {
        return new Cue(i, verb, i); // "are all falling over 5% post-results"
      }
      if (!SKIPPED_BEFORE.contains(word)) {
        break;
      }
    }
    if (figure.last() + 1 < tokens.size()) {
      int next = figure.last() + 1;
      if (tokens.get(next).word().equals(",") && next + 1 < tokens.size()) {
        next++; // "20.12 points, or 0.73 percent, lower at 2,720.45"
      }
      String after = tokens.get(next).word().toLowerCase(Locale.ROOT);
      if (after.equals("higher") || after.equals("lower")) {
        Direction direction = after.equals("higher") ? Direction.UP : Direction.DOWN;
        return new Cue(next, direction, anchorFor(tree, next, head, figureTokens));
      }
      Direction fromExtreme = fromExtreme(tokens, figure.last() + 1);
      if (fromExtreme != null) {
        // "the benchmark is about 11% off its record high": the figure's clause says what moved
        return new Cue(figure.last() + 1, fromExtreme, anchorFor(tree, head, head, figureTokens));
      }
    }
    return null;
  }

  /**
   * DOWN for "off" or "below" an earlier high ("11% off its record high", "30% below its peak"),
   * UP for "above" a low; null otherwise ("25% off the regular price" is a discount).
   */
  private static Direction fromExtreme(List<Token> tokens, int at) {
    String word = tokens.get(at).word().toLowerCase(Locale.ROOT);
    Set<String> extremes = word.equals("off") || word.equals("below") ? HIGHS
        : word.equals("above") ? LOWS : Set.of();
    for (int i = at + 1; i < tokens.size() && i <= at + 4; i++) {
      if (extremes.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return word.equals("above") ? Direction.UP : Direction.DOWN;
      }
    }
    return null;
  }

  /** The word above a direction word or, failing that, above the figure; never a figure. */
  private static int anchorFor(DependencyTree tree, int word, int head, BitSet figureTokens) {
    for (int start : new int[] {word, head}) {
      Dependency up = tree.head(start);
      if (up != null && !isBoundary(up.relation()) && !figureTokens.get(up.governor())) {
        return up.governor();
      }
    }
    return head;
  }

  static Direction direction(Token token) {
    Direction byWord = MoveLexicon.direction(token.word().toLowerCase(Locale.ROOT));
    return byWord != null ? byWord : MoveLexicon.direction(token.lemmaOrWord());
  }

  /** "shot up", "inched down": a verb whose particle gives the direction. */
  private static Direction particleDirection(DependencyTree tree, int verb) {
    for (int particle : tree.children(verb, "compound:prt")) {
      String word = tree.sentence().tokens().get(particle).word().toLowerCase(Locale.ROOT);
      if (word.equals("up")) {
        return Direction.UP;
      }
      if (word.equals("down")) {
        return Direction.DOWN;
      }
    }
    return null;
  }

  static boolean isBoundary(String relation) {
    for (String boundary : CLAUSE_BOUNDARIES) {
      if (DependencyTree.matches(relation, boundary)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isModifier(Token token) {
    String pos = token.pos() == null ? "" : token.pos();
    return pos.startsWith("RB") || pos.equals("RP") || pos.startsWith("JJ") || pos.equals("IN");
  }

  private static boolean isVerb(Token token) {
    return token.pos() != null && token.pos().startsWith("VB");
  }

  static boolean isNoun(Token token) {
    String pos = token.pos() == null ? "" : token.pos();
    return pos.startsWith("NN") || pos.equals("PRP");
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link ClaimFinder} that follows enhanced++ dependencies: from each figure up to the move word that
 * governs it ("fell", "plunging", "closed down", "a 71% gain"), then to that word's subjects, then from
 * each subject to a linked mention, through compounds ("Meta shares"), possessives ("Tesla's
 * shares"), "shares of X", coordination ("Micron and Sandisk") and words that refer back ("the
 * fund"). Figures no move word governs, and moves of revenue, rates and the like, are not price moves.
 *
 * <p>Why a dependency path and not the nearest name: the nearest name is wrong in every sentence that
 * lists several moves ("Kospi fell 8.3%, with SK Hynix plunging 14%").
 */
public final class DependencyClaimFinder implements ClaimFinder {

  private static final int MAX_CUE_HOPS = 3;
  private static final int MAX_SUBJECT_DISTANCE = 12;
  private static final Set<String> SUBJECT_LINKS =
      Set.of("compound", "nmod:poss", "nmod:of", "dep", "appos", "nmod:in", "amod");

  @Override
  public List<Claim> find(AnnotatedText text, List<Mention> mentions) {
    List<Claim> claims = new ArrayList<>();
    int group = 0;
    for (Sentence sentence : text.sentences()) {
      if (!sentence.parsed()) {
        continue;
      }
      DependencyTree tree = new DependencyTree(sentence);
      Map<Integer, List<Figure>> figuresByCue = new LinkedHashMap<>();
      Map<Figure, Direction> others = new LinkedHashMap<>();
      for (Figure figure : FigureScanner.scan(sentence.tokens())) {
        String before = wordBefore(sentence.tokens(), figure.first(), 1);
        if (before.equals("from")) {
          continue; // "rose 3% from $140": the starting level is no claim
        }
        boolean level = (before.equals("at") || before.equals("to"))
            && !wordBefore(sentence.tokens(), figure.first(), 2).equals("up");
        if (level) {
          List<Claim> levels = levels(tree, figure, mentions, ++group);
          if (levels == null) {
            others.put(figure, null);
          }
          claims.addAll(levels == null ? List.of() : levels);
          continue;
        }
        if (figure.isLevel()) {
          continue;
        }
        Integer cue = cueOf(tree, figure);
        if (cue == null) {
          others.put(figure, null);
        } else if (!isHypothetical(tree, cue)) {
          if (isAboutSomethingElse(tree, cue)) {
            others.put(figure, MoveLexicon.direction(cueWord(sentence.tokens().get(cue))));
          } else {
            figuresByCue.computeIfAbsent(cue, k -> new ArrayList<>()).add(figure);
          }
        }
      }
      for (Map.Entry<Figure, Direction> other : others.entrySet()) {
        Figure figure = other.getKey();
        Claim claim = FigureClaims.of(tree, figure, headOfFigure(tree, figure), other.getValue(),
            token -> resolve(tree, token, mentions, 2), ++group);
        if (claim != null) {
          claims.add(claim);
        }
      }
      for (Map.Entry<Integer, List<Figure>> entry : figuresByCue.entrySet()) {
        int cue = entry.getKey();
        List<Mention> entities = subjects(tree, cue, mentions);
        if (entities.isEmpty()) {
          continue;
        }
        List<Figure> figures = entry.getValue();
        boolean paired = figures.size() > 1 && figures.size() == entities.size()
            && sentence.text().contains("respectively");
        group++;
        for (int e = 0; e < entities.size(); e++) {
          for (int f = 0; f < figures.size(); f++) {
            if (paired && e != f) {
              continue;
            }
            Mention lead = paired ? entities.get(e) : entities.get(0);
            claims.add(claim(tree, cue, figures.get(f), entities.get(e), lead, group));
          }
        }
      }
    }
    claims.sort(Comparator.comparingInt(Claim::sentence)
        .thenComparingInt(c -> c.entity().begin()).thenComparingInt(Claim::group));
    return claims;
  }

  private static Claim claim(DependencyTree tree, int cue, Figure figure, Mention entity,
      Mention lead, int group) {
    List<Token> tokens = tree.sentence().tokens();
    Direction direction = MoveLexicon.direction(cueWord(tokens.get(cue)));
    double value = direction == Direction.DOWN ? -figure.value() : figure.value();
    BitSet exclude = new BitSet();
    exclude.set(figure.first(), figure.last() + 1);
    exclude.set(cue);
    List<Integer> anchors = new ArrayList<>();
    anchors.add(cue);
    Dependency head = tree.head(cue);
    if (head != null && isParticle(tokens.get(cue))) {
      anchors.add(head.governor());
    }
    String period = Periods.find(tree, anchors, exclude);
    Qualifier qualifier = Hedges.before(tokens, figure.first());
    if (qualifier == null && head != null && figure.first() > 0
        && tokens.get(figure.first() - 1).lemmaOrWord().equals("exceed")) {
      qualifier = Qualifier.MORE_THAN;
    }
    return new Claim(ClaimType.PRICE_MOVE, "price", value, figure.unit(), direction, qualifier,
        period, claimText(tree, cue, figure, lead), entity, tree.sentence().index(), group);
  }

  /**
   * Price levels: "the Nikkei closed at 38,120.5", "shares rose 3% to $150.20". A bare number is a
   * level only of an index (in points); a percentage after "to" is a rate, not a price. Returns
   * null when the level is of something else (revenue rose to $9 billion), for a figure claim.
   */
  private static List<Claim> levels(DependencyTree tree, Figure figure, List<Mention> mentions,
      int group) {
    if (figure.isPercent()) {
      return List.of();
    }
    List<Token> tokens = tree.sentence().tokens();
    int verb = headOfFigure(tree, figure);
    for (int hop = 0; hop < 2; hop++) {
      Dependency up = tree.head(verb);
      if (up == null) {
        return List.of();
      }
      verb = up.governor();
      String pos = tokens.get(verb).pos();
      if (pos != null && pos.startsWith("VB")) {
        break;
      }
    }
    if (isHypothetical(tree, verb)) {
      return List.of();
    }
    if (isAboutSomethingElse(tree, verb)) {
      return null;
    }
    List<Claim> claims = new ArrayList<>();
    for (Mention entity : subjects(tree, verb, mentions)) {
      String unit = figure.unit();
      if (figure.isLevel()) {
        if (entity.security().kind() != dev.newsimpact.ticker.SecurityKind.INDEX) {
          continue;
        }
        unit = FigureScanner.POINTS;
      }
      BitSet exclude = new BitSet();
      exclude.set(figure.first(), figure.last() + 1);
      String period = Periods.find(tree, List.of(verb), exclude);
      claims.add(new Claim(ClaimType.PRICE_LEVEL, "price", figure.value(), unit, null,
          Hedges.before(tokens, figure.first() - 1), period,
          claimText(tree, verb, figure, entity), entity, tree.sentence().index(), group));
    }
    return claims;
  }

  private static String wordBefore(List<Token> tokens, int index, int distance) {
    int at = index - distance;
    return at < 0 ? "" : tokens.get(at).word().toLowerCase(Locale.ROOT);
  }

  /** The move word governing the figure, or null when none does within a few hops. */
  private static Integer cueOf(DependencyTree tree, Figure figure) {
    List<Token> tokens = tree.sentence().tokens();
    int current = headOfFigure(tree, figure);
    for (int hop = 0; hop < MAX_CUE_HOPS; hop++) {
      Dependency head = tree.head(current);
      if (head == null) {
        return null;
      }
      String relation = head.relation();
      if (relation.startsWith("advcl") || relation.startsWith("ccomp")
          || relation.startsWith("parataxis") || relation.startsWith("acl:relcl")) {
        return null;
      }
      current = head.governor();
      if (MoveLexicon.direction(cueWord(tokens.get(current))) != null) {
        return current;
      }
    }
    return null;
  }

  /** The figure's token whose head lies outside the figure ("%" in "8.3 %", "$" in "$ 3.10"). */
  private static int headOfFigure(DependencyTree tree, Figure figure) {
    for (int i = figure.first(); i <= figure.last(); i++) {
      Dependency head = tree.head(i);
      if (head == null || !figure.contains(head.governor())) {
        return i;
      }
    }
    return figure.last();
  }

  private static String cueWord(Token token) {
    String word = token.word().toLowerCase(Locale.ROOT);
    return MoveLexicon.direction(word) != null ? word : token.lemmaOrWord();
  }

  private static boolean isParticle(Token token) {
    String pos = token.pos() == null ? "" : token.pos();
    return pos.startsWith("RB") || pos.equals("RP") || pos.startsWith("JJ");
  }

  private static boolean isHypothetical(DependencyTree tree, int cue) {
    List<Token> tokens = tree.sentence().tokens();
    for (int aux : tree.children(cue, "aux")) {
      if (MoveLexicon.isHypothetical(tokens.get(aux).lemmaOrWord())) {
        return true;
      }
    }
    for (int mark : tree.children(cue, "mark")) {
      if (tokens.get(mark).word().equalsIgnoreCase("if")) {
        return true;
      }
    }
    Dependency head = tree.head(cue);
    return head != null && head.relation().equals("xcomp")
        && MoveLexicon.isHypothetical(tokens.get(head.governor()).lemmaOrWord());
  }

  /** True when the move is of revenue, a rate, a target or the like rather than a price. */
  private static boolean isAboutSomethingElse(DependencyTree tree, int cue) {
    List<Token> tokens = tree.sentence().tokens();
    List<Integer> owners = new ArrayList<>(tree.children(cue, "nsubj"));
    owners.addAll(tree.children(cue, "nmod:in"));
    owners.addAll(tree.children(cue, "nmod:of"));
    Dependency head = tree.head(cue);
    if (head != null && (head.relation().startsWith("amod") || head.relation().equals("advmod")
        || head.relation().startsWith("compound"))) {
      owners.add(head.governor());
    }
    for (int owner : owners) {
      if (MoveLexicon.isNonPriceNoun(tokens.get(owner).lemmaOrWord())) {
        return true;
      }
    }
    return false;
  }

  /** The mentions the move word's subjects name, in text order, one per security. */
  private static List<Mention> subjects(DependencyTree tree, int cue, List<Mention> mentions) {
    List<Token> tokens = tree.sentence().tokens();
    int current = cue;
    for (int hop = 0; hop <= MAX_CUE_HOPS; hop++) {
      List<Integer> subjects = tree.children(current, "nsubj");
      if (subjects.isEmpty() && tokens.get(current).pos() != null
          && tokens.get(current).pos().startsWith("NN")) {
        subjects = tree.children(current, "nmod:poss");
      }
      Dependency head = tree.head(current);
      if (subjects.isEmpty() && head != null && head.relation().startsWith("acl")) {
        subjects = List.of(head.governor());
      }
      if (!subjects.isEmpty()) {
        return resolveAll(tree, subjects, mentions);
      }
      if (head == null || head.relation().startsWith("advcl") || head.relation().startsWith("ccomp")
          || head.relation().startsWith("parataxis")) {
        return List.of();
      }
      current = head.governor();
    }
    return List.of();
  }

  private static List<Mention> resolveAll(DependencyTree tree, List<Integer> subjects,
      List<Mention> mentions) {
    List<Mention> resolved = new ArrayList<>();
    for (int subject : subjects) {
      Mention mention = resolve(tree, subject, mentions, 2);
      if (mention != null && resolved.stream()
          .noneMatch(m -> m.security().ticker().equals(mention.security().ticker()))) {
        resolved.add(mention);
      }
    }
    return resolved;
  }

  private static Mention resolve(DependencyTree tree, int token, List<Mention> mentions, int depth) {
    Sentence sentence = tree.sentence();
    for (Mention mention : mentions) {
      if (mention.sentence() == sentence.index() && mention.covers(token)) {
        return mention;
      }
    }
    if (depth > 0) {
      for (Dependency child : tree.children(token)) {
        if (SUBJECT_LINKS.contains(child.relation())) {
          Mention mention = resolve(tree, child.dependent(), mentions, depth - 1);
          if (mention != null) {
            return mention;
          }
        }
      }
    }
    Token word = sentence.tokens().get(token);
    if (Antecedents.isReferring(word.word())) {
      return Antecedents.resolve(word.word(), sentence.index(), word.begin(), mentions);
    }
    return null;
  }

  /**
   * The words from the subject to the figure: "SK Hynix plunging 14%", "Micron Technology and
   * Sandisk both closed down more than 10%". A subject far from its figure is left out.
   */
  private static String claimText(DependencyTree tree, int cue, Figure figure, Mention lead) {
    Sentence sentence = tree.sentence();
    List<Token> tokens = sentence.tokens();
    int first = Math.min(cue, figure.first());
    if (lead.sentence() == sentence.index() && lead.firstToken() < first
        && first - lead.firstToken() <= MAX_SUBJECT_DISTANCE) {
      first = lead.firstToken();
    }
    int last = Math.max(cue, figure.last());
    return sentence.text().substring(tokens.get(first).begin() - sentence.begin(),
        tokens.get(last).end() - sentence.begin());
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.nlp.AnnotatedText;
import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link ClaimFinder} that follows enhanced++ dependencies: from each figure to the move word that
 * governs it ({@link Cues}), then to what moved ({@link Subjects}). Figures no move word governs,
 * and moves of revenue, rates and the like, become figure claims only when an entity owns them
 * ({@link FigureClaims}); levels ("closed at 38,120.5") become price levels.
 *
 * <p>Why a dependency path and not the nearest name: the nearest name is wrong in every sentence that
 * lists several moves ("Kospi fell 8.3%, with SK Hynix plunging 14%").
 */
public final class DependencyClaimFinder implements ClaimFinder {

  private static final int MAX_SUBJECT_DISTANCE = 12;
  private static final Set<String> FORECAST_LINKS = Set.of("xcomp", "ccomp", "acl", "obj");
  private static final Set<String> LEADS_INTO =
      Set.of("after", "from", "following", "extending", "extends", "extended", "to", "on");
  private static final Set<String> CROSSED = Set.of("below", "above", "past", "beyond", "under");
  private static final Set<String> STATISTICS =
      Set.of("average", "median", "typical", "typically", "historically", "usually", "normally");

  @Override
  public List<Claim> find(AnnotatedText text, List<Mention> mentions) {
    List<Claim> claims = new ArrayList<>();
    int group = 0;
    for (Sentence sentence : text.sentences()) {
      if (!sentence.parsed()) {
        continue;
      }
      DependencyTree tree = new DependencyTree(sentence);
      Subjects subjects = new Subjects(tree, mentions);
      Map<Cue, List<Figure>> figuresByCue = new LinkedHashMap<>();
      List<Figure> figuresHere = FigureScanner.scan(sentence.tokens());
      BitSet figureTokens = new BitSet();
      figuresHere.forEach(f -> figureTokens.set(f.first(), f.last() + 1));
      Map<Figure, Direction> others = new LinkedHashMap<>();
      PriceLevels levels = new PriceLevels(tree, subjects, mentions);
      Map<Figure, List<Mention>> movers = new HashMap<>();
      Figure previous = null;
      Cue previousCue = null;
      Cue lastCue = null;
      for (Figure figure : figuresHere) {
        String before = wordBefore(sentence.tokens(), figure.first(), 1);
        if (before.equals("from") || CROSSED.contains(before) && !figure.isPercent()) {
          continue; // "rose 3% from $140", "fell below $60,000": a level passed is no claim
        }
        boolean level = (before.equals("at") || before.equals("to"))
            && !wordBefore(sentence.tokens(), figure.first(), 2).equals("up");
        if (level) {
          if (!levels.offer(figure, previous, ++group)) {
            others.put(figure, null);
          }
          continue;
        }
        if (figure.isLevel()) {
          continue;
        }
        int head = headOfFigure(tree, figure);
        Cue cue = Cues.of(tree, figure, head, figureTokens);
        if (cue == null) {
          cue = trailingCueOfRestatement(tree, figuresHere, figure, figureTokens);
        }
        if (previousCue != null && follows(sentence.tokens(), previous, figure)
            && (cue == null || !previous.unit().equals(figure.unit())
                || cue.token() < previousCue.token() && previousCue.token() < previous.first())) {
          // "fell 2 cents, or 0.02%", "down 5.7% and 4.3%", "gained strongly, up 2.5% and 3.7%":
          // the first figure's move word serves both
          cue = previousCue;
        }
        if (cue == null && lastCue != null && continuesMove(sentence, previous, figure)) {
          // "close down 4% on the day, 17.7% for the year-to-date": the same move word and mover
          cue = lastCue;
        }
        Mention gapped = lastCue != null ? subjects.nameRightBefore(figure) : null;
        if (gapped != null && (cue == null || cue.token() < gapped.firstToken())) {
          // "the Nasdaq added 3.3%, the S&P 500 2.4% and the Dow 2%", "GM gained more than 1%,
          // Rivian 4.5 percent": the verb is left out (the parse may lend the figure the last one)
          claims.add(claim(tree, subjects, lastCue, figure, gapped, gapped, ++group));
          movers.put(figure, List.of(gapped));
          previous = figure;
          continue;
        }
        previous = figure;
        previousCue = cue;
        if (cue != null) {
          lastCue = cue;
        }
        if (cue == null) {
          others.put(figure, null);
        } else if (!isHypothetical(tree, cue.token()) && !isStatistic(tree, cue, figure)) {
          if (isAboutSomethingElse(tree, subjects, cue.token()) || figure.scaled()) {
            others.put(figure, cue.direction());
          } else {
            figuresByCue.computeIfAbsent(cue, k -> new ArrayList<>()).add(figure);
          }
        }
      }
      for (Map.Entry<Figure, Direction> other : others.entrySet()) {
        Figure figure = other.getKey();
        Claim claim = FigureClaims.of(tree, figure, headOfFigure(tree, figure), other.getValue(),
            token -> first(subjects.resolve(token)), ++group);
        if (claim != null) {
          claims.add(claim);
        }
      }
      List<Mention> lastMovers = null;
      Map<Cue, Mention> adjacent = new LinkedHashMap<>();
      figuresByCue.forEach((cue, figures) -> adjacent.put(cue,
          AdjacentSubjects.before(sentence, mentions, cue, figures.get(0))));
      for (Map.Entry<Cue, List<Figure>> entry : figuresByCue.entrySet()) {
        Cue cue = entry.getKey();
        List<Figure> figures = entry.getValue();
        List<Mention> entities = withoutOthersOwn(subjects.of(cue, figures.get(0)), cue, adjacent);
        if (entities.isEmpty() && lastMovers != null && followsEarlierMove(sentence.tokens(), cue,
            figures.get(0))) {
          entities = lastMovers; // "was up 0.4% at $85.57 after a 7.6% decline last week"
        }
        if (!entities.isEmpty()) {
          lastMovers = entities;
        }
        if (entities.isEmpty()) {
          continue;
        }
        // "A and B fell 1.6% and 1.9%" pairs in order, with or without "respectively"
        boolean paired = figures.size() > 1 && figures.size() == entities.size()
            && figures.stream().allMatch(f -> f.unit().equals(figures.get(0).unit()));
        group++;
        for (int e = 0; e < entities.size(); e++) {
          for (int f = 0; f < figures.size(); f++) {
            if (paired && e != f) {
              continue;
            }
            Mention lead = paired ? entities.get(e) : entities.get(0);
            claims.add(claim(tree, subjects, cue, figures.get(f), entities.get(e), lead, group));
            movers.computeIfAbsent(figures.get(f), k -> new ArrayList<>()).add(entities.get(e));
          }
        }
      }
      claims.addAll(levels.claims(movers));
    }
    claims.sort(Comparator.comparingInt(Claim::sentence)
        .thenComparingInt(c -> c.entity().begin()).thenComparingInt(Claim::group));
    return claims;
  }

  /**
   * "UBS, falling 6% and Logitech, down 3.5%": a name written right before another move word of
   * the sentence is that move's, even when the parse lists it with this one's names.
   */
  private static List<Mention> withoutOthersOwn(List<Mention> entities, Cue cue,
      Map<Cue, Mention> adjacent) {
    Mention own = adjacent.get(cue);
    if (own == null || !entities.contains(own)) {
      return entities; // "Twitter gained 3.8%, adding to its 27% surge": one name, two moves
    }
    List<Mention> kept = new ArrayList<>(entities);
    kept.removeIf(m -> !m.equals(own) && adjacent.entrySet().stream()
        .anyMatch(e -> !e.getKey().equals(cue) && m.equals(e.getValue())));
    return kept;
  }

  private static Mention first(List<Mention> mentions) {
    return mentions.isEmpty() ? null : mentions.get(0);
  }

  private static Claim claim(DependencyTree tree, Subjects subjects, Cue cue, Figure figure,
      Mention entity, Mention lead, int group) {
    List<Token> tokens = tree.sentence().tokens();
    double sign = cue.direction() == Direction.DOWN ? -1 : 1;
    BitSet exclude = new BitSet();
    exclude.set(figure.first(), figure.last() + 1);
    exclude.set(cue.token());
    List<Integer> anchors = new ArrayList<>(List.of(cue.token()));
    if (cue.anchor() != cue.token()) {
      anchors.add(cue.anchor());
    }
    anchors.add(headOfFigure(tree, figure)); // "up 0.63% on the day" hangs the day off the figure
    // a time phrase written right after the figure is its own, wherever the parse hangs it
    String period = Periods.afterFigure(tree.sentence(), figure, cue.token());
    if (period == null) {
      period = Periods.find(tree, anchors, exclude);
    }
    if (period == null) {
      period = Periods.fronted(tree.sentence());
    }
    Qualifier qualifier = Hedges.before(tokens, figure.first());
    if (qualifier == null && figure.first() > 0
        && tokens.get(figure.first() - 1).lemmaOrWord().equals("exceed")) {
      qualifier = Qualifier.MORE_THAN;
    }
    Double to = figure.to() == null ? null : sign * figure.to();
    if (figure.unit().equals(FigureScanner.POINTS)
        && entity.security().kind() == SecurityKind.EQUITY && subjects.indexAfter(figure)) {
      // "Nvidia added 42 points to the Nasdaq 100": a stock's share of an index's move
      return new Claim(ClaimType.FIGURE, "index_contribution", sign * figure.value(), to,
          figure.unit(), cue.direction(), qualifier, period,
          claimText(tree, cue.token(), figure, lead), entity, tree.sentence().index(), group);
    }
    return new Claim(ClaimType.PRICE_MOVE, "price", sign * figure.value(), to, figure.unit(),
        cue.direction(), qualifier, period, claimText(tree, cue.token(), figure, lead), entity,
        tree.sentence().index(), group);
  }

  /**
   * "finished 20.12 points, or 0.73 percent, lower at 2,720.45": the move word after the restated
   * figure serves the first one too.
   */
  private static Cue trailingCueOfRestatement(DependencyTree tree, List<Figure> figures,
      Figure figure, BitSet figureTokens) {
    int at = figures.indexOf(figure);
    if (at + 1 >= figures.size()) {
      return null;
    }
    Figure next = figures.get(at + 1);
    if (!follows(tree.sentence().tokens(), figure, next)) {
      return null;
    }
    Cue cue = Cues.of(tree, next, headOfFigure(tree, next), figureTokens);
    return cue != null && cue.token() > next.last() ? cue : null;
  }

  /**
   * "after a 7.6% decline last week", "recovering from a 6.4% fall", "extending a 3% rally": a
   * move noun the sentence's earlier move leads into, which names no mover of its own.
   */
  private static boolean followsEarlierMove(List<Token> tokens, Cue cue, Figure figure) {
    Token word = tokens.get(cue.token());
    if (!Cues.isNoun(word) || cue.token() < figure.last()) {
      return false;
    }
    String article = wordBefore(tokens, figure.first(), 1);
    String lead = wordBefore(tokens, figure.first(), 2);
    return (article.equals("a") || article.equals("an") || article.equals("its"))
        && LEADS_INTO.contains(lead);
  }

  /**
   * True when only a time phrase and a comma or "and" stand between the previous move's figure and
   * this one ("4% on the day, 17.7% for the year-to-date"); "rose 2%, and the broader market 1%"
   * has a mover of its own.
   */
  private static boolean continuesMove(Sentence sentence, Figure previous, Figure figure) {
    List<Token> tokens = sentence.tokens();
    if (previous == null || previous.last() >= figure.first()) {
      return false;
    }
    int end = figure.first();
    while (end > previous.last() + 1
        && (tokens.get(end - 1).word().equals(",") || tokens.get(end - 1).word().equals("and"))) {
      end--;
    }
    if (end == figure.first()) {
      return false; // no comma or "and" before the figure
    }
    int start = previous.last() + 1;
    return start == end || Periods.spans(sentence, start, end);
  }

  /** True when {@code figure} follows {@code previous} after "or" or "and": "$3.10, or 5.2%". */
  private static boolean follows(List<Token> tokens, Figure previous, Figure figure) {
    if (previous == null) {
      return false;
    }
    int gap = figure.first() - previous.last() - 1;
    String joint = wordBefore(tokens, figure.first(), 1);
    return (gap == 1 || gap == 2 && wordBefore(tokens, figure.first(), 2).equals(","))
        && (joint.equals("or") || joint.equals("and"));
  }

  private static String wordBefore(List<Token> tokens, int index, int distance) {
    int at = index - distance;
    return at < 0 ? "" : tokens.get(at).word().toLowerCase(Locale.ROOT);
  }

  /** The figure's token whose head lies outside the figure ("%" in "8.3 %", "$" in "$ 3.10"). */
  static int headOfFigure(DependencyTree tree, Figure figure) {
    for (int i = figure.first(); i <= figure.last(); i++) {
      Dependency head = tree.head(i);
      if (head == null || !figure.contains(head.governor())) {
        return i;
      }
    }
    return figure.last();
  }

  static boolean isHypothetical(DependencyTree tree, int cue) {
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
    // "expects shares to rise 20%", "sees the S&P 500 rising 10% by year-end": a move said of a
    // forecast verb's object or complement
    int current = cue;
    for (int hop = 0; hop < 3; hop++) {
      Dependency head = tree.head(current);
      if (head == null || !FORECAST_LINKS.contains(head.relation())) {
        return false;
      }
      Token governor = tokens.get(head.governor());
      if (governor.pos() != null && governor.pos().startsWith("VB")
          && MoveLexicon.isHypothetical(governor.lemmaOrWord())) {
        return true;
      }
      current = head.governor();
    }
    return false;
  }

  /** "a median decline of 24%", "has gained 2.5% in July on average": history, not news. */
  private static boolean isStatistic(DependencyTree tree, Cue cue, Figure figure) {
    List<Token> tokens = tree.sentence().tokens();
    for (int i = figure.first() - 2; i >= 0; i--) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (word.equals(";") || word.equals("while") || word.equals("but")) {
        break;
      }
      if (word.equals("on") && tokens.get(i + 1).word().equalsIgnoreCase("average")) {
        return true; // "on average, the S&P 500 has gained 2.5% in July": the parse may miss it
      }
    }
    for (int node : List.of(cue.token(), cue.anchor())) {
      for (Dependency child : tree.children(node)) {
        boolean modifier = child.relation().equals("amod") || child.relation().equals("advmod")
            || child.relation().startsWith("obl:on") || child.relation().startsWith("nmod:on");
        if (modifier
            && STATISTICS.contains(tokens.get(child.dependent()).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "raised its price target on Nvidia to $150": the level is the target's, not a price. */
  static boolean ownsNonPriceObject(DependencyTree tree, Subjects subjects, int verb) {
    List<Token> tokens = tree.sentence().tokens();
    for (int object : tree.children(verb, "obj")) {
      if (!subjects.covered(object) && MoveLexicon.isNonPriceNoun(tokens.get(object).lemmaOrWord())) {
        return true;
      }
    }
    return false;
  }

  /** True when the move is of revenue, a rate, a target or the like rather than a price. */
  static boolean isAboutSomethingElse(DependencyTree tree, Subjects subjects, int cue) {
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
      // A name is never a metric, even when it is a word like "Holding".
      if (!subjects.covered(owner) && MoveLexicon.isNonPriceNoun(tokens.get(owner).lemmaOrWord())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words from the subject to the figure: "SK Hynix plunging 14%", "Micron Technology and
   * Sandisk both closed down more than 10%". A subject far from its figure is left out.
   */
  static String claimText(DependencyTree tree, int cue, Figure figure, Mention lead) {
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

package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Sentence;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import dev.newsimpact.ticker.SecurityKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds what moved: from a cue's anchor to the mentions it names. Subjects of the anchor or of the
 * verbs above it; the noun a participle or an appositive "up 3%" modifies; the object of "sent its
 * shares up"; then from each subject word to mentions through compounds ("Meta shares"),
 * possessives, "shares of X", groups ("stocks such as Apple, Amazon and Meta") and coordination, or
 * back to an antecedent ("the fund", "its shares"). When the parse offers nothing, the nearest name
 * before the cue in the same stretch of words, with no other figure between them.
 */
final class Subjects {

  private static final int MAX_HOPS = 3;
  private static final int MAX_LINEAR_DISTANCE = 8;
  private static final Set<String> NAME_LINKS =
      Set.of("compound", "nmod:poss", "nmod:of", "dep", "appos", "nmod:in", "amod", "nmod:at");
  private static final Set<String> GROUP_LINKS =
      Set.of("nmod:including", "nmod:such_as", "nmod:like", "acl:including", "nmod:among", "dep",
          "appos");
  private static final Set<String> LIST_SEPARATORS =
      Set.of("and", ",", "inc", "corp", "co", "ltd", "plc", "group", "holdings", "ag", "se", "sa");
  private static final Set<String> INDEX_WORDS =
      Set.of("index", "indices", "gauge", "benchmark", "measure", "barometer", "indicator");
  private static final Set<String> CONTRACT_WORDS =
      Set.of("futures", "future", "options", "e-minis", "e-mini");
  private static final Set<String> SHARE_WORDS = Set.of("shares", "stocks", "stock", "share");
  private static final Set<String> CAUSATIVES =
      Set.of("send", "lift", "boost", "push", "drive", "drag", "pull", "knock", "take", "help");

  private final DependencyTree tree;
  private final List<Mention> mentions;

  Subjects(DependencyTree tree, List<Mention> mentions) {
    this.tree = tree;
    this.mentions = mentions;
  }

  /** The mentions that moved, in text order, one per security; empty when none is found. */
  List<Mention> of(Cue cue, Figure figure) {
    List<Integer> words = covered(cue.anchor()) ? List.of(cue.anchor())
        : subjectWords(cue.anchor(), figure);
    List<Mention> resolved = withoutLaterConjuncts(resolveAll(words), figure);
    Mention adjacent = AdjacentSubjects.before(tree.sentence(), mentions, cue, figure);
    if (adjacent != null && !hasTicker(resolved, adjacent)
        && AdjacentSubjects.overrides(tree.sentence(), resolved, adjacent, figure)) {
      resolved = new ArrayList<>(List.of(adjacent));
    }
    if (adjacent != null && hasTicker(resolved, adjacent)) {
      for (Mention listed : AdjacentSubjects.listedBefore(tree.sentence(), mentions, adjacent)) {
        if (!hasTicker(resolved, listed)) {
          resolved.add(listed); // "GM and Stellantis gained more than 1%"
        }
      }
    }
    if (resolved.isEmpty() && isInfinitive(cue.anchor())) {
      // "fell 4.2% before paring losses to close down 1.5%": "to close" has the subject of the
      // verb it completes, whatever noun the parse gives it
      resolved = resolveAll(subjectWords(tree.head(cue.anchor()).governor(), figure));
    }
    if (resolved.isEmpty()) {
      Mention near = nearestBefore(cue, figure);
      if (near != null) {
        resolved.add(near);
      }
    }
    resolved.removeIf(m -> isContractOnIndex(m) || namesAnIndexItMakes(m) || ownsLeftOut(m));
    resolved.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::begin));
    return resolved;
  }

  private static boolean hasTicker(List<Mention> list, Mention mention) {
    String ticker = mention.security().ticker();
    return list.stream().anyMatch(m -> m.security().ticker().equals(ticker));
  }

  /**
   * "JD.com, up 3.86%, and Alibaba, which gained 5.12%", "Affirm down more than 75% and Zip down
   * 79%": a name listed after the figure has a move of its own; it is dropped when a name before the
   * figure remains ("a 7.6% rebound in Apple" names only what follows).
   */
  private List<Mention> withoutLaterConjuncts(List<Mention> resolved, Figure figure) {
    int sentence = tree.sentence().index();
    List<Mention> kept = new ArrayList<>();
    for (Mention m : resolved) {
      if (m.sentence() != sentence || m.firstToken() <= figure.last()) {
        kept.add(m);
      }
    }
    return kept.isEmpty() ? resolved : kept;
  }

  private List<Integer> subjectWords(int anchor, Figure figure) {
    List<Token> tokens = tree.sentence().tokens();
    int current = anchor;
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      if (hop > 0 && !figure.contains(current) && !isFigureWord(tokens.get(current))
          && (covered(current) || Antecedents.isReferring(tokens.get(current).word())
              || Cues.isNoun(tokens.get(current)))) {
        return List.of(current); // the move is said of this noun ("makers ... were all down 4%")
      }
      // "the news knocked down the stock of Teladoc by 8%": what moved is the object
      List<Integer> subjects = CAUSATIVES.contains(tokens.get(current).lemmaOrWord())
          ? tree.children(current, "obj") : List.of();
      if (subjects.isEmpty()) {
        subjects = tree.children(current, "nsubj");
      }
      if (subjects.isEmpty() && Cues.isNoun(tokens.get(current))) {
        // "Tesla's 5% drop", "a 7.6% rebound in Apple", "the 6.8% plunge for Amazon.com shares"
        subjects = new ArrayList<>(tree.children(current, "nmod:poss"));
        if (hop == 0) {
          subjects.addAll(tree.children(current, "nmod:in"));
          subjects.addAll(tree.children(current, "nmod:for"));
        }
      }
      Dependency head = tree.head(current);
      if (subjects.isEmpty() && head != null && (head.relation().startsWith("acl")
          || head.relation().equals("appos") || head.relation().equals("amod"))
          && !isFigureWord(tokens.get(head.governor()))) {
        // "were down 0.02%, recovering from a 6.4% fall": a participle hung on another figure
        // says its move of that figure's clause, which the climb reaches next
        subjects = List.of(head.governor());
      }
      if (!subjects.isEmpty()) {
        return subjects;
      }
      if (head == null || Cues.isBoundary(head.relation()) && !isBareParticiple(current)) {
        return List.of();
      }
      current = head.governor();
    }
    return List.of();
  }

  /**
   * "The Nasdaq recorded its best session, rising 1.4%": a participle clause without a subject or a
   * "with" of its own says its move of the main clause's subject.
   */
  /** "%", "percent", "points", "cents", a number: part of a figure, never what moved. */
  private static boolean isFigureWord(Token token) {
    String word = token.word().toLowerCase(Locale.ROOT);
    return "CD".equals(token.pos()) || word.equals("%") || word.equals("percent")
        || word.equals("points") || word.equals("cents") || word.equals("$");
  }

  /** "to close down 1.5%": a verb with "to" that completes another verb. */
  private boolean isInfinitive(int token) {
    Dependency up = tree.head(token);
    return up != null && "VB".equals(tree.sentence().tokens().get(token).pos())
        && (up.relation().startsWith("advcl") || up.relation().startsWith("xcomp"))
        && tree.children(token, "mark").stream()
            .anyMatch(m -> tree.sentence().tokens().get(m).word().equalsIgnoreCase("to"));
  }

  private boolean isBareParticiple(int token) {
    String pos = tree.sentence().tokens().get(token).pos();
    boolean infinitive = "VB".equals(pos) && tree.children(token, "mark").stream()
        .anyMatch(m -> tree.sentence().tokens().get(m).word().equalsIgnoreCase("to"));
    if (pos == null || !(pos.equals("VBG") || pos.equals("VBN") || infinitive)) {
      return false; // "fell 4.2% before paring losses to close down 1.5%" climbs to "fell"
    }
    for (int mark : tree.children(token, "mark")) {
      if (tree.sentence().tokens().get(mark).word().equalsIgnoreCase("with")) {
        return false;
      }
    }
    return tree.children(token, "nsubj").isEmpty();
  }

  /** True when an index is named right after the figure: "42 points to the Nasdaq 100". */
  boolean indexAfter(Figure figure) {
    List<Token> tokens = tree.sentence().tokens();
    int at = figure.last() + 1;
    if (at >= tokens.size() || !tokens.get(at).word().toLowerCase(Locale.ROOT)
        .matches("to|from|off|on")) {
      return false;
    }
    for (Mention m : mentions) {
      if (m.sentence() == tree.sentence().index() && m.firstToken() > at
          && m.firstToken() <= at + 3 && m.security().kind() == SecurityKind.INDEX) {
        return true;
      }
    }
    return false;
  }

  /** The mention ending right before a figure ("the S&P 500 2.4%"), at most one word between. */
  Mention nameRightBefore(Figure figure) {
    for (Mention mention : mentions) {
      if (mention.sentence() == tree.sentence().index()
          && (mention.endToken() == figure.first() || mention.endToken() == figure.first() - 1
              && tree.sentence().tokens().get(mention.endToken()).word().matches("shares|stock|,"))) {
        return mention;
      }
    }
    return null;
  }

  private List<Mention> resolveAll(List<Integer> words) {
    List<Mention> resolved = new ArrayList<>();
    for (int word : words) {
      for (Mention mention : resolve(word)) {
        if (resolved.stream()
            .noneMatch(m -> m.security().ticker().equals(mention.security().ticker()))) {
          resolved.add(mention);
        }
      }
    }
    return resolved;
  }

  /** The mentions a subject word stands for: itself, names hanging off it, or an antecedent. */
  List<Mention> resolve(int token) {
    List<Mention> found = new ArrayList<>();
    Mention direct = direct(token, 2);
    if (direct != null) {
      found.add(direct);
      List<Integer> coordinated = conjuncts(token);
      coordinated.addAll(conjuncts(phraseHead(direct.endToken() - 1)));
      // "Apple Inc Microsoft Corp", "Chinese bluechips and Hong Kong stocks": a list the parser
      // read as one name, its other names hanging off the head as compounds
      List<Integer> compounds = tree.children(token, "compound");
      coordinated.addAll(compounds);
      for (int conjunct : coordinated) {
        Mention other = direct(conjunct, 1);
        if (other != null && !found.contains(other)
            && (!compounds.contains(conjunct) || listedApart(other, direct))) {
          found.add(other);
        }
      }
      return found;
    }
    boolean shares = SHARE_WORDS.contains(tree.sentence().tokens().get(token).word()
        .toLowerCase(Locale.ROOT));
    for (Dependency child : tree.children(token)) {
      // "shares of rooftop solar providers, including Sunrun, SunPower and Sunnova"
      boolean ofGroup = shares && (child.relation().equals("nmod:of")
          || child.relation().equals("nmod:in"));
      if (GROUP_LINKS.contains(child.relation()) || ofGroup) {
        found.addAll(resolve(child.dependent()));
      }
    }
    if (!found.isEmpty()) {
      return found;
    }
    Sentence sentence = tree.sentence();
    Token word = sentence.tokens().get(token);
    boolean made = tree.children(token, "nmod:poss").stream()
        .anyMatch(p -> direct(p, 0) != null && isIndexMaker(token, "nmod:poss", direct(p, 0)));
    boolean named = tree.children(token, "compound").stream()
        .anyMatch(c -> sentence.tokens().get(c).pos() != null
            && sentence.tokens().get(c).pos().startsWith("NNP"));
    if (made || named) {
      // "MSCI's index for developing world currencies", "the Tech Index": a named index, not an
      // earlier one named again
      return found;
    }
    if (Antecedents.isReferring(word.word())) {
      Mention antecedent = Antecedents.resolve(word.word(), sentence.index(), word.begin(), mentions);
      if (antecedent != null) {
        found.add(antecedent);
      }
    } else {
      for (int possessor : tree.children(token, "nmod:poss")) {
        for (Mention owner : resolve(possessor)) {
          if (!isIndexMaker(token, "nmod:poss", owner)) {
            found.add(owner);
          }
        }
      }
    }
    return found;
  }

  /** The mention covering {@code token} or a word linked to it by a naming relation. */
  private Mention direct(int token, int depth) {
    Mention covering = covering(token);
    if (covering != null || depth == 0) {
      return covering;
    }
    for (Dependency child : tree.children(token)) {
      if (NAME_LINKS.contains(child.relation())) {
        Mention mention = direct(child.dependent(), depth - 1);
        if (mention != null && !isIndexMaker(token, child.relation(), mention)) {
          return mention;
        }
      }
    }
    return null;
  }

  /**
   * "MSCI's gauge of stocks across the globe", "S&amp;P's index": a company owning an index word is
   * the index's maker, not what moved.
   */
  private boolean isIndexMaker(int token, String relation, Mention owner) {
    return relation.equals("nmod:poss") && owner.security().kind() == SecurityKind.EQUITY
        && INDEX_WORDS.contains(tree.sentence().tokens().get(token).word().toLowerCase(Locale.ROOT));
  }

  /**
   * "KKR's fell 11% while Blackstone's slumped 16%": a possessive with its noun left out (the
   * earnings of the sentence before) owns what moved, which is not the company's shares.
   */
  private boolean ownsLeftOut(Mention mention) {
    List<Token> tokens = tree.sentence().tokens();
    int at = mention.endToken();
    if (mention.sentence() != tree.sentence().index() || at + 1 >= tokens.size()
        || !isPossessive(tokens.get(at))) {
      return false;
    }
    String pos = tokens.get(at + 1).pos() == null ? "" : tokens.get(at + 1).pos();
    return pos.startsWith("VB") || pos.equals("MD");
  }

  private static boolean isPossessive(Token token) {
    return "POS".equals(token.pos()) || token.word().matches("'s?|\\u2019s?");
  }

  /** "MSCI's global stock index was down 0.08%", read from the words when the parse is no help. */
  private boolean namesAnIndexItMakes(Mention mention) {
    List<Token> tokens = tree.sentence().tokens();
    int at = mention.endToken();
    if (mention.sentence() != tree.sentence().index() || mention.security().kind() != SecurityKind.EQUITY
        || at >= tokens.size() || !isPossessive(tokens.get(at))) {
      return false;
    }
    for (int i = at + 1; i < tokens.size() && i <= at + 4; i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (INDEX_WORDS.contains(word)) {
        return true;
      }
      String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
      if (pos.startsWith("VB") || word.equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "STOXX futures", "Nikkei futures": a contract on an index, which the index's own ticker does not
   * stand for (a futures contract the universe knows links as one name).
   */
  private boolean isContractOnIndex(Mention mention) {
    List<Token> tokens = tree.sentence().tokens();
    return mention.sentence() == tree.sentence().index()
        && mention.security().kind() == SecurityKind.INDEX && mention.endToken() < tokens.size()
        && CONTRACT_WORDS.contains(tokens.get(mention.endToken()).word().toLowerCase(Locale.ROOT));
  }

  /**
   * True when the words between two names of one noun phrase separate two names, "and", a comma or
   * a company suffix ("Apple Inc Microsoft Corp"), rather than join them into one ("CME e-mini
   * Nasdaq 100 futures", "S&amp;P/ASX 200").
   */
  private boolean listedApart(Mention a, Mention b) {
    Mention first = a.firstToken() < b.firstToken() ? a : b;
    Mention second = first == a ? b : a;
    List<Token> tokens = tree.sentence().tokens();
    if (first.endToken() >= second.firstToken()) {
      return false;
    }
    for (int i = first.endToken(); i < second.firstToken(); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
      if (!LIST_SEPARATORS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** The head of the noun phrase a name sits in: "Alibaba Group Holding" in "... Holding Ltd". */
  private int phraseHead(int token) {
    int current = token;
    for (int hop = 0; hop < 3; hop++) {
      Dependency up = tree.head(current);
      if (up == null || !up.relation().equals("compound")) {
        break;
      }
      current = up.governor();
    }
    return current;
  }

  /** Words listed with {@code token}: its conjuncts and appositions, and theirs. */
  private List<Integer> conjuncts(int token) {
    List<Integer> result = new ArrayList<>();
    for (Dependency child : tree.children(token)) {
      if (child.relation().startsWith("conj") || child.relation().equals("appos")) {
        result.add(child.dependent());
        for (Dependency grandchild : tree.children(child.dependent())) {
          if (grandchild.relation().startsWith("conj")) {
            result.add(grandchild.dependent());
          }
        }
      }
    }
    return result;
  }

  /** True when a linked mention covers the token. */
  boolean covered(int token) {
    return covering(token) != null;
  }

  private Mention covering(int token) {
    for (Mention mention : mentions) {
      if (mention.sentence() == tree.sentence().index() && mention.covers(token)) {
        return mention;
      }
    }
    return null;
  }

  /**
   * The closest mention ending before the cue (or the figure) within a few words, with no other
   * figure, clause punctuation or verb between them.
   */
  private Mention nearestBefore(Cue cue, Figure figure) {
    List<Token> tokens = tree.sentence().tokens();
    int limit = Math.min(cue.token(), figure.first());
    Mention best = null;
    for (Mention mention : mentions) {
      if (mention.sentence() == tree.sentence().index() && mention.endToken() <= limit
          && limit - mention.endToken() <= MAX_LINEAR_DISTANCE) {
        best = mention;
      }
    }
    if (best == null) {
      return null;
    }
    for (int i = best.endToken(); i < limit; i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
      boolean auxiliary = tokens.get(i).lemmaOrWord().equals("be")
          || tokens.get(i).lemmaOrWord().equals("have");
      boolean percentage = pos.equals("CD") && i + 1 < tokens.size()
          && (tokens.get(i + 1).word().equals("%") || tokens.get(i + 1).word().startsWith("percent"));
      if (word.equals(";") || word.equals("while") || word.equals("but") || percentage
          || pos.startsWith("VB") && !auxiliary && Cues.direction(tokens.get(i)) == null) {
        return null;
      }
    }
    return best;
  }
}

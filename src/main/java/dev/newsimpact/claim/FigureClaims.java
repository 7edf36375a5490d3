package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Token;
import dev.newsimpact.ticker.Mention;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Figures about an entity that are not price moves: spending, revenue, capacity, stakes. A figure
 * becomes a {@code figure} claim only when the parse ties it to a metric noun that an entity owns
 * ("Meta's capital expenditure exceeding $130 billion"); otherwise it is left out, because a figure
 * with a guessed owner is worse than none.
 */
final class FigureClaims {

  private static final int MAX_HOPS = 3;

  private static final Map<String, String> METRICS =
      Map.ofEntries(
          Map.entry("expenditure", "expenditure"), Map.entry("capex", "capital_expenditure"),
          Map.entry("spending", "spending"), Map.entry("revenue", "revenue"),
          Map.entry("sale", "revenue"), Map.entry("sales", "revenue"),
          Map.entry("profit", "profit"), Map.entry("earnings", "profit"),
          Map.entry("income", "income"), Map.entry("dividend", "dividend"),
          Map.entry("stake", "stake"), Map.entry("capacity", "capacity"),
          Map.entry("investment", "investment"), Map.entry("valuation", "market_value"),
          Map.entry("debt", "debt"), Map.entry("margin", "margin"), Map.entry("target", "price_target"),
          Map.entry("guidance", "guidance"), Map.entry("output", "production"),
          Map.entry("production", "production"), Map.entry("cost", "cost"),
          Map.entry("loss", "loss"), Map.entry("buyback", "buyback"), Map.entry("eps", "eps"),
          Map.entry("ebitda", "ebitda"), Map.entry("order", "orders"),
          Map.entry("shipment", "shipments"), Map.entry("headcount", "headcount"));

  /** Modifiers kept in a metric's name: "capital expenditure", "contracted capacity". */
  private static final Set<String> METRIC_MODIFIERS =
      Set.of("capital", "contracted", "net", "operating", "gross", "quarterly", "annual",
          "adjusted", "price", "market");

  private FigureClaims() {}

  /**
   * The figure claim for {@code figure}, or null when no owned metric can be found.
   *
   * @param direction the direction of a change ("revenue rose 5%"), or null for a plain amount
   */
  static Claim of(DependencyTree tree, Figure figure, int head, Direction direction,
      Resolver resolver, int group) {
    List<Token> tokens = tree.sentence().tokens();
    List<Integer> path = new ArrayList<>();
    path.add(head);
    int current = head;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Dependency up = tree.head(current);
      if (up == null) {
        break;
      }
      current = up.governor();
      path.add(current);
    }
    List<Integer> candidates = new ArrayList<>();
    for (int node : path) {
      candidates.add(node);
      for (Dependency child : tree.children(node)) {
        boolean attached = child.relation().startsWith("nmod") || child.relation().startsWith("obl")
            || child.relation().startsWith("nsubj") || child.relation().equals("obj");
        if (attached && !child.relation().equals("nmod:poss") && !path.contains(child.dependent())
            && !figure.contains(child.dependent())) {
          candidates.add(child.dependent());
        }
      }
    }
    for (int candidate : candidates) {
      String metric = metricName(tree, candidate);
      if (metric == null) {
        continue;
      }
      Mention owner = metric.equals("price_target") ? targetOf(tree, candidate, resolver)
          : owner(tree, candidate, path, resolver);
      if (owner == null) {
        continue;
      }
      BitSet exclude = new BitSet();
      exclude.set(figure.first(), figure.last() + 1);
      String period = Periods.find(tree, List.of(head, candidate), exclude);
      Qualifier qualifier = Hedges.before(tokens, figure.first());
      if (qualifier == null && figure.first() > 0
          && tokens.get(figure.first() - 1).lemmaOrWord().equals("exceed")) {
        qualifier = Qualifier.MORE_THAN;
      }
      int first = Math.min(candidate, figure.first());
      int last = Math.max(candidate, figure.last());
      String text = tree.sentence().text().substring(
          tokens.get(first).begin() - tree.sentence().begin(),
          tokens.get(last).end() - tree.sentence().begin());
      double value = direction == Direction.DOWN ? -figure.value() : figure.value();
      return new Claim(ClaimType.FIGURE, metric, value, null, figure.unit(), direction, qualifier,
          period, text, owner, tree.sentence().index(), group);
    }
    return null;
  }

  private static String metricName(DependencyTree tree, int token) {
    Token word = tree.sentence().tokens().get(token);
    if (word.pos() == null || !word.pos().startsWith("NN")) {
      return null;
    }
    String base = METRICS.get(word.lemmaOrWord().toLowerCase(Locale.ROOT));
    if (base == null) {
      return null;
    }
    for (Dependency child : tree.children(token)) {
      String relation = child.relation();
      String modifier = tree.sentence().tokens().get(child.dependent()).word()
          .toLowerCase(Locale.ROOT);
      if ((relation.equals("amod") || relation.equals("compound"))
          && METRIC_MODIFIERS.contains(modifier) && !base.startsWith(modifier)) {
        return modifier + "_" + base;
      }
    }
    return base;
  }

  /**
   * The entity owning a metric noun: its possessor, else the possessor of a subject along the
   * figure's path up the tree ("Meta's trajectory will accelerate, with over 5GW of capacity").
   */
  private static Mention owner(DependencyTree tree, int metric, List<Integer> path,
      Resolver resolver) {
    List<Integer> owners = new ArrayList<>(tree.children(metric, "nmod:poss"));
    for (int node : path) {
      owners.addAll(tree.children(node, "nmod:poss"));
      for (int subject : tree.children(node, "nsubj")) {
        owners.addAll(tree.children(subject, "nmod:poss"));
      }
    }
    for (int possessor : owners) {
      Mention mention = resolver.resolve(possessor);
      if (mention != null) {
        return mention;
      }
    }
    return null;
  }

  /**
   * The security a price target is set on ("its price target on Nvidia"): not the broker that owns
   * the target; null when the sentence does not say.
   */
  private static Mention targetOf(DependencyTree tree, int target, Resolver resolver) {
    for (Dependency child : tree.children(target)) {
      if (child.relation().equals("nmod:on") || child.relation().equals("nmod:for")) {
        Mention mention = resolver.resolve(child.dependent());
        if (mention != null) {
          return mention;
        }
      }
    }
    return null;
  }

  /** Resolves a token of the sentence to the mention it names or refers to. */
  interface Resolver {
    Mention resolve(int token);
  }
}

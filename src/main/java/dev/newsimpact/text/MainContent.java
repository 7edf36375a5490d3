package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements that hold the article. Every line counts for or against the elements above
 * it: paragraph-like lines ({@link ZoneFilter.Kind#PROSE}) for their length less their link text,
 * short sentences for half, junk against. The credit fades with each level up at elements that
 * join several children, so the winner is the element that holds the most article text
 * <em>closely</em>: a page wrapper that also holds teasers gets them at a discount, while wrappers
 * around a single child cost nothing. Then the winner's siblings that are themselves mostly
 * article text (a lead paragraph in its own div, the second half of a story after an ad slot)
 * join it.
 */
final class MainContent {
  // Weights and thresholds below were chosen on the article-extraction benchmark (see
  // ExtractionBenchmarkIT); each is a round value from a coarse sweep, not a fitted one.
  /** Short sentences count half: they are article text as often as teaser or caption text. */
  private static final double WEAK_WEIGHT = 0.5;
  /** Headings, table rows and labels are neutral: articles have them as much as menus do. */
  private static final double SHORT_WEIGHT = 0;
  private static final double JUNK_WEIGHT = 1.0;
  /** Credit kept per level up, at elements that join two or more children with text. */
  private static final double DECAY = 0.6;
  /** A sibling joins the winner with at least this share of the winner's own score... */
  private static final double SIBLING_SHARE = 0.2;
  /** ...and less than this share of link text. */
  private static final double SIBLING_LINKS = 0.25;
  private static final int DECAYED = 0;
  private static final int NET = 1;
  private static final int CHARS = 2;
  private static final int LINK_CHARS = 3;
  /** Scores closer than this are equal; sums in a different order differ in the last bits. */
  private static final double TIE = 1e-6;
  /** Elements that are lines themselves, not containers of lines. */
  private static final Set<String> LINE_TAGS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "tr", "a", "span",
          "b", "i", "em", "strong", "font");

  private MainContent() {}

  /** The article's elements, in document order; {@code root} alone when nothing stands out. */
  static List<Element> find(Element root, List<Block> blocks) {
    Map<Element, double[]> scores = score(root, blocks);
    // Document order visits ancestors first, so of equal scores (a wrapper around a single child
    // scores as its child) the outermost wins, deterministically.
    Element best = null;
    double bestScore = 0;
    for (Element e : root.getAllElements()) {
      double[] s = scores.get(e);
      if (s != null && !LINE_TAGS.contains(e.normalName()) && s[DECAYED] > bestScore + TIE) {
        best = e;
        bestScore = s[DECAYED];
      }
    }
    return best == null ? List.of(root) : withSiblings(best, scores);
  }

  /** Per element with text under it: {decayed score, net score, characters, link characters}. */
  private static Map<Element, double[]> score(Element root, List<Block> blocks) {
    Map<Element, double[]> scores = new IdentityHashMap<>();
    for (Block block : blocks) {
      for (Element e = block.owner(); e != null; e = e.parent()) {
        scores.computeIfAbsent(e, k -> new double[4]);
        if (e == root) {
          break;
        }
      }
    }
    Map<Element, Integer> contentChildren = new IdentityHashMap<>();
    for (Element e : scores.keySet()) {
      if (e != root && e.parent() != null) {
        contentChildren.merge(e.parent(), 1, Integer::sum);
      }
    }
    for (Block block : blocks) {
      double value = value(block.line());
      int chars = block.line().text().length();
      double weight = 1;
      for (Element e = block.owner(); e != null; e = e.parent()) {
        double[] s = scores.get(e);
        s[DECAYED] += value * weight;
        s[NET] += value;
        s[CHARS] += chars;
        s[LINK_CHARS] += block.line().linkShare() * chars;
        if (e == root) {
          break;
        }
        if (contentChildren.getOrDefault(e.parent(), 0) > 1) {
          weight *= DECAY; // a wrapper around a single child adds nothing, so costs nothing
        }
      }
    }
    return scores;
  }

  private static List<Element> withSiblings(Element best, Map<Element, double[]> scores) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = scores.get(best)[NET] * SIBLING_SHARE;
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      double[] s = scores.get(sibling);
      if (sibling == best) {
        chosen.add(sibling);
      } else if (s != null && s[NET] > threshold && s[LINK_CHARS] < s[CHARS] * SIBLING_LINKS) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static double value(Line line) {
    int chars = line.text().length();
    double own = chars * (1 - line.linkShare());
    return switch (ZoneFilter.classify(line)) {
      case PROSE -> own;
      case WEAK -> own * WEAK_WEIGHT;
      case SHORT -> -chars * SHORT_WEIGHT;
      // Link lists count against; labels, datelines and bylines are in every article, so neutral.
      case JUNK -> Furniture.isJunk(line.text()) ? 0 : -chars * JUNK_WEIGHT;
    };
  }
}

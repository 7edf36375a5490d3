package dev.newsimpact.text;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article: the one that maximises paragraph text minus
 * furniture text beneath it. Paragraph-like lines ({@link ZoneFilter.Kind#PROSE}) count for their
 * length, short sentences for half, and headings, labels, link lists and junk against. An element
 * therefore grows to take in a neighbouring section only when that section brings more article
 * text than furniture, which is how the article's container beats both the whole page (menus and
 * footers count against it) and a single paragraph (the rest of the article counts for its parent).
 */
final class MainContent {
  private static final double WEAK_WEIGHT = 0.5;
  private static final double FURNITURE_WEIGHT = 1.0;

  private MainContent() {}

  /** The best container under (or equal to) {@code root}, given the lines laid out from it. */
  static Element find(Element root, List<Block> blocks) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Block block : blocks) {
      double value = value(block.line());
      for (Element e = block.owner(); e != null; e = e.parent()) {
        scores.merge(e, value, Double::sum);
        if (e == root) {
          break;
        }
      }
    }
    Element best = root;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue();
      if (score > bestScore || (score == bestScore && isAncestor(entry.getKey(), best))) {
        best = entry.getKey();
        bestScore = score;
      }
    }
    return bestScore > 0 ? best : root;
  }

  private static double value(Line line) {
    int chars = line.text().length();
    return switch (ZoneFilter.classify(line)) {
      case PROSE -> chars;
      case WEAK -> chars * WEAK_WEIGHT;
      case SHORT, JUNK -> -chars * FURNITURE_WEIGHT;
    };
  }

  private static boolean isAncestor(Element candidate, Element of) {
    for (Element e = of.parent(); e != null; e = e.parent()) {
      if (e == candidate) {
        return true;
      }
    }
    return false;
  }
}

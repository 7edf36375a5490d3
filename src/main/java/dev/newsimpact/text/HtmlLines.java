package dev.newsimpact.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Lays out the text under an element as lines the way a browser would break it: every block
 * element (paragraph, heading, list item, div, table row...) starts a new line; inline elements
 * and single {@code <br>}s inside a sentence do not, so no sentence is split across lines. A
 * {@code <br>} after a complete sentence does end the line, since pages that separate paragraphs
 * with {@code <br>} would otherwise put two paragraphs on one line.
 */
final class HtmlLines {
  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir",
          "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
          "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p",
          "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
          "caption", "ul", "legend", "frameset", "noframes");
  private static final Pattern SPACE = Pattern.compile("[\\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+");

  private HtmlLines() {}

  static List<Block> of(Element root) {
    Walker walker = new Walker();
    walker.owners.push(root); // text directly under a non-block root still has an owner
    NodeTraversor.traverse(walker, root);
    walker.flush();
    return walker.blocks;
  }

  static boolean isBlock(Element element) {
    return BLOCKS.contains(element.normalName());
  }

  static String normalize(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }

  private static final class Walker implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (isBlock(element)) {
          flush();
          owners.push(element);
        }
        switch (name) {
          case "a" -> linkDepth++;
          case "pre" -> preDepth++;
          case "br" -> lineBreak();
          case "td", "th" -> text.append(' '); // a table row reads as one line, cells apart
          default -> { }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        switch (element.normalName()) {
          case "a" -> linkDepth--;
          case "pre" -> preDepth--;
          default -> { }
        }
        if (isBlock(element)) {
          flush();
          owners.pop();
        }
      }
    }

    private void append(String raw) {
      if (preDepth > 0) {
        String[] parts = raw.split("\r?\n", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            flush();
          }
          add(parts[i]);
        }
      } else {
        add(raw);
      }
    }

    private void add(String raw) {
      int before = text.length();
      text.append(raw);
      if (linkDepth > 0) {
        linkChars += text.length() - before;
      }
    }

    private void lineBreak() {
      String sofar = normalize(text.toString());
      if (preDepth > 0 || Words.endsSentence(sofar)) {
        flush();
      } else {
        text.append(' ');
      }
    }

    void flush() {
      if (text.length() == 0) {
        return;
      }
      String line = normalize(text.toString());
      if (!line.isEmpty() && !owners.isEmpty()) {
        double linkShare = Math.min(1.0, linkChars / (double) Math.max(1, text.length()));
        Element owner = owners.peek();
        blocks.add(new Block(new Line(line, roleOf(owner), linkShare), owner));
      }
      text.setLength(0);
      linkChars = 0;
    }

    private static Line.Role roleOf(Element owner) {
      return switch (owner.normalName()) {
        case "p" -> Line.Role.PARAGRAPH;
        case "h1", "h2", "h3", "h4", "h5", "h6" -> Line.Role.HEADING;
        case "li", "dd", "dt" -> Line.Role.LIST_ITEM;
        default -> Line.Role.TEXT;
      };
    }
  }
}

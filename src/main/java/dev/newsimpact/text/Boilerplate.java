package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes from a parsed page the elements that are never article text: scripts and styles, forms
 * and buttons, navigation, headers and footers, asides, captions, hidden elements, and elements
 * whose role, class or id names furniture (share bars, cookie banners, comments, related links,
 * bylines, ads...). Mutates the document it is given.
 *
 * <p>Class names are matched as whole tokens ("share", "comments"), not substrings, so that
 * "shared-content" survives. And because one unlucky class on the wrapper ("has-sidebar") must not
 * delete the article, an element that holds a large share of the page's prose is kept.
 */
final class Boilerplate {
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
          "video", "audio", "map", "button", "input", "select", "textarea", "option", "label",
          "dialog", "img", "picture", "source", "math");
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "aside", "footer", "header", "form", "figcaption", "menu");
  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
          "dialog", "alertdialog", "toolbar", "tablist", "button", "form");
  private static final Set<String> FURNITURE_TOKENS =
      Set.of(
          "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing",
          "sharebar", "social", "sns", "cookie", "cookies", "consent", "gdpr", "comment", "comments",
          "disqus", "related", "recommended", "recommendations", "promo", "newsletter", "subscribe",
          "subscription", "signup", "sidebar", "widget", "widgets", "ad", "ads", "advert", "adv",
          "advertisement", "sponsor", "sponsored", "byline", "author", "authors", "tags", "footer",
          "masthead", "header", "popup", "modal", "overlay", "paywall", "outbrain", "taboola",
          "pagination", "pager", "caption", "credit", "credits", "toolbar", "login", "banner",
          "trending", "popular", "mostread", "hidden", "print", "skip", "meta", "dateline",
          "timestamp", "teaser", "teasers", "more", "readmore", "footnotes", "copyright", "rating",
          "signin", "follow", "tools", "utility", "alert", "notification");
  /**
   * Names that mark furniture however much text it holds (a long comment thread is still not the
   * article), so the guard for the page's prose does not apply to them.
   */
  private static final Set<String> ALWAYS_FURNITURE_TOKENS =
      Set.of("comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "outbrain",
          "taboola", "newsletter");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);
  /** An element holding more than this share of the page's paragraph text is kept regardless. */
  private static final double PROTECTED_SHARE = 0.4;

  private Boilerplate() {}

  static void strip(Document page) {
    removeComments(page);
    for (Element element : page.getAllElements()) {
      if (NEVER_TEXT.contains(element.normalName()) && element.parent() != null) {
        element.remove();
      }
    }
    Element body = page.body();
    Map<Element, Integer> prose = proseText(body);
    int pageText = prose.getOrDefault(body, 0);
    List<Element> furniture = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element != body && isFurniture(element)) {
        furniture.add(element);
      }
    }
    for (Element element : furniture) {
      if (element.parent() == null || isDetached(element, body)) {
        continue; // already gone with an ancestor
      }
      if (pageText > 0 && prose.getOrDefault(element, 0) > pageText * PROTECTED_SHARE
          && !hasToken(element, ALWAYS_FURNITURE_TOKENS)) {
        continue;
      }
      element.remove();
    }
  }

  static boolean isFurniture(Element element) {
    String name = element.normalName();
    if (name.equals("article") || name.equals("main") || name.equals("html")) {
      return false;
    }
    if (FURNITURE_TAGS.contains(name)) {
      return true;
    }
    if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
      return true;
    }
    if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
      return true;
    }
    if (FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return hasToken(element, FURNITURE_TOKENS);
  }

  private static boolean hasToken(Element element, Set<String> tokens) {
    return hasToken(element.className(), tokens) || hasToken(element.id(), tokens);
  }

  private static boolean hasToken(String names, Set<String> tokens) {
    if (names.isEmpty()) {
      return false;
    }
    for (String token : TOKEN_SPLIT.split(names)) {
      if (tokens.contains(token.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Characters of prose (paragraph-like lines) under each element: the measure of "how much of the
   * article is in here", whether the page marks paragraphs with {@code <p>} or not.
   */
  private static Map<Element, Integer> proseText(Element body) {
    Map<Element, Integer> totals = new IdentityHashMap<>();
    for (Block block : HtmlLines.of(body)) {
      if (ZoneFilter.classify(block.line()) == ZoneFilter.Kind.PROSE) {
        int chars = block.line().text().length();
        for (Element e = block.owner(); e != null; e = e.parent()) {
          totals.merge(e, chars, Integer::sum);
        }
      }
    }
    return totals;
  }

  private static boolean isDetached(Element element, Element body) {
    Element e = element;
    while (e != null && e != body) {
      e = e.parent();
    }
    return e == null;
  }

  private static void removeComments(Document page) {
    for (Element element : page.getAllElements()) {
      for (int i = element.childNodeSize() - 1; i >= 0; i--) {
        Node child = element.childNode(i);
        if (child instanceof Comment) {
          child.remove();
        }
      }
    }
  }
}

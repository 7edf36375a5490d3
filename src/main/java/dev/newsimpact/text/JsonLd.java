package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article objects a page declares in {@code <script type="application/ld+json">}:
 * NewsArticle, Article, BlogPosting, ReportageNewsArticle and their kin, found at the top level, in
 * arrays, in {@code @graph} and nested (a WebPage's {@code mainEntity}).
 */
final class JsonLd {
  private JsonLd() {}

  /** Article objects in document order; empty when the page has none or only malformed JSON. */
  static List<Map<?, ?>> articles(Document page) {
    List<Map<?, ?>> found = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data().strip();
      if (json.startsWith("<!--")) {
        json = json.substring(4).replaceFirst("-->\\s*$", "");
      }
      collect(Json.parse(json.strip()), found, 0);
    }
    return found;
  }

  /** A string value of {@code key}, looking into a nested object's "name" (publisher.name). */
  static String string(Map<?, ?> object, String key) {
    Object value = object.get(key);
    if (value instanceof List<?> list && !list.isEmpty()) {
      value = list.get(0);
    }
    if (value instanceof Map<?, ?> map) {
      value = map.get("name");
    }
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  private static void collect(Object node, List<Map<?, ?>> found, int depth) {
    if (depth > 8 || node == null) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object item : list) {
        collect(item, found, depth + 1);
      }
    } else if (node instanceof Map<?, ?> map) {
      if (isArticle(map.get("@type"))) {
        found.add(map);
      }
      for (Object value : map.values()) {
        if (value instanceof Map || value instanceof List) {
          collect(value, found, depth + 1);
        }
      }
    }
  }

  private static boolean isArticle(Object type) {
    if (type instanceof List<?> types) {
      return types.stream().anyMatch(JsonLd::isArticle);
    }
    if (!(type instanceof String name)) {
      return false;
    }
    String t = name.toLowerCase(Locale.ROOT);
    return t.endsWith("article") || t.equals("blogposting") || t.equals("liveblogposting")
        || t.equals("report") || t.equals("posting");
  }
}

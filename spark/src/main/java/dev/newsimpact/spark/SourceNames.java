package dev.newsimpact.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the fully qualified paths Spark lists ({@code file:/home/me/news/a.jsonl}) back into the
 * names the user gave ({@code news/a.jsonl}), so that {@code article.source} reads as it does for
 * {@code newsimpact extract news/a.jsonl}. A path under a given directory keeps the directory as
 * given; a path no argument names as it is (a glob's matches) is shown whole, local ones without
 * {@code file:}. Immutable and serializable, to travel to the executors.
 */
final class SourceNames implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A qualified path and the name the user gave for it. */
  record Given(String qualified, String name) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final List<Given> given;

  SourceNames(List<Given> given) {
    List<Given> longestFirst = new ArrayList<>(given);
    longestFirst.sort(Comparator.comparingInt((Given g) -> g.qualified().length()).reversed());
    this.given = List.copyOf(longestFirst);
  }

  String nameOf(String path) {
    for (Given g : given) {
      String root = strip(g.qualified());
      if (path.equals(root)) {
        return g.name();
      }
      if (path.startsWith(root + "/")) {
        return strip(g.name()) + path.substring(root.length());
      }
    }
    return path.startsWith("file:") ? path.substring("file:".length()) : path;
  }

  private static String strip(String path) {
    String stripped = path;
    while (stripped.length() > 1 && stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }
}

package dev.newsimpact.claim;

import dev.newsimpact.nlp.Dependency;
import dev.newsimpact.nlp.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/** Index over one parsed sentence's enhanced++ dependencies: heads, children and subtrees. */
final class DependencyTree {

  private final Sentence sentence;
  private final List<List<Dependency>> children = new ArrayList<>();
  private final List<List<Dependency>> heads = new ArrayList<>();

  DependencyTree(Sentence sentence) {
    this.sentence = sentence;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      children.add(new ArrayList<>());
      heads.add(new ArrayList<>());
    }
    for (Dependency dependency : sentence.dependencies()) {
      if (dependency.governor() >= 0) {
        children.get(dependency.governor()).add(dependency);
      }
      heads.get(dependency.dependent()).add(dependency);
    }
  }

  Sentence sentence() {
    return sentence;
  }

  List<Dependency> children(int token) {
    return children.get(token);
  }

  /** Dependents of {@code token} whose relation equals {@code relation} or starts with it plus ':'. */
  List<Integer> children(int token, String relation) {
    List<Integer> result = new ArrayList<>();
    for (Dependency dependency : children.get(token)) {
      if (matches(dependency.relation(), relation)) {
        result.add(dependency.dependent());
      }
    }
    return result;
  }

  /**
   * The edge to the token's head, preferring the basic tree's edge over the extra edges enhanced++
   * adds for shared arguments; null for the root.
   */
  Dependency head(int token) {
    Dependency fallback = null;
    for (Dependency dependency : heads.get(token)) {
      if (dependency.governor() < 0) {
        return null;
      }
      String relation = dependency.relation();
      if (relation.equals("ref") || relation.contains("xsubj")) {
        continue;
      }
      if (fallback == null) {
        fallback = dependency;
      }
    }
    return fallback;
  }

  /** The tokens under {@code token} (itself included), not crossing into {@code stop}. */
  BitSet subtree(int token, BitSet stop) {
    BitSet seen = new BitSet();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(token);
    seen.set(token);
    while (!queue.isEmpty()) {
      int current = queue.poll();
      for (Dependency dependency : children.get(current)) {
        int next = dependency.dependent();
        String relation = dependency.relation();
        if (seen.get(next) || stop.get(next) || relation.equals("ref")
            || relation.startsWith("conj") || relation.startsWith("acl:relcl")) {
          continue;
        }
        seen.set(next);
        queue.add(next);
      }
    }
    return seen;
  }

  static boolean matches(String relation, String wanted) {
    return relation.equals(wanted) || relation.startsWith(wanted + ":");
  }
}

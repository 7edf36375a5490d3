package dev.newsimpact.sentiment;

import dev.newsimpact.sentiment.FinanceCues.Cue;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features of one target in one sentence, the same at training and at run time. Every feature
 * is relative to the target, so two companies in one sentence ("X rose while Y fell") get different
 * features: the words just left and right of it; the words of its own clause (up to the next name
 * or clause break); the nearest good or bad cue on each side with its distance, and whether a
 * negation flips it, a contrast word ("despite", "but", "while") or another name sits between it and
 * the target; finance phrases; the cue a list of names shares; the target's role ({@code
 * TargetRole}); whether the target names an institution rather than a company; and a summary of
 * the sentence's cues.
 *
 * <p>Features are strings, returned sorted and without duplicates so the output is deterministic.
 * Stateless.
 */
public final class TargetFeatures {

  private static final int NEAR_LEFT = 6;
  private static final int NEAR_RIGHT = 8;
  private static final int CLAUSE_RIGHT = 15;
  private static final int CLAUSE_LEFT = 8;
  private static final int NEGATION_REACH = 3;

  private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "&", "inc", "corp",
      "co", "plc", "ltd", "nor", "holdings", "group", "ag", "sa", "nv", "se", "llc", "'s");

  /** Words that end the target's clause. */
  static final Set<String> BREAKS =
      Set.of(".", ";", ":", "while", "but", "whereas", "although", "though", "despite", "however",
          "meanwhile", "unlike", "?", "!", "\"", "(", ")");

  /**
   * Words that make a target an institution (a central bank, regulator, ministry, court, cartel):
   * FinEntity mostly labels those neutral, since they act on markets rather than being owned. One
   * pooled feature, {@code institution}, so that rarely seen ones ("BoE", "Labor Department") share
   * what the frequent ones ("Federal Reserve") teach. This project's own list.
   */
  static final Set<String> INSTITUTIONS = Set.of("fed", "federal", "reserve", "fomc", "ecb",
      "boe", "boj", "pboc", "rbi", "central", "department", "ministry", "commission", "sec", "ftc",
      "treasury", "government", "opec", "opec+", "agency", "court", "authority", "administration",
      "congress", "senate", "imf", "council", "regulator", "office", "bureau");

  private TargetFeatures() {}

  /** The features of {@code s}'s target. */
  public static List<String> of(FeatureWords s) {
    Set<String> f = new TreeSet<>();
    f.add("bias");
    for (int i = s.from(); i < s.to(); i++) {
      f.add("T:" + s.word(i));
      if (INSTITUTIONS.contains(s.word(i))) {
        f.add("institution");
      }
    }
    boolean[] blocks = blockingNames(s, f);
    context(s, blocks, f);
    TargetRole.features(s, f);
    List<Cue> cues = FinanceCues.find(s);
    cueFeatures(s, cues, blocks, f);
    return List.copyOf(f);
  }

  /**
   * Where other names sit: they mark where the target's part of the sentence ends. A target listed
   * with other names ("Cirrus Logic, Skyworks and Qorvo") also gets the feature {@code listed}.
   */
  private static boolean[] blockingNames(FeatureWords s, Set<String> f) {
    boolean[] blocks = new boolean[s.size()];
    for (int i = 0; i < s.size(); i++) {
      blocks[i] = s.isOtherName(i);
    }
    int left = s.from();
    while (left > 0 && (blocks[left - 1] || LIST_GLUE.contains(s.word(left - 1)))) {
      left--;
    }
    int right = s.to();
    while (right < s.size() && (blocks[right] || LIST_GLUE.contains(s.word(right)))) {
      right++;
    }
    boolean listed = false;
    for (int i = left; i < right; i++) {
      listed |= blocks[i];
    }
    if (listed) {
      f.add("listed");
      listCue(s, blocks, left, right, f);
    }
    return blocks;
  }

  // The first cue, word or phrase, past either end of the list with nothing but plain words
  // between: what a list shares ("cut price targets on stocks including A, B and C", "A, B and C
  // all fell").
  private static void listCue(FeatureWords s, boolean[] blocks, int left, int right, Set<String> f) {
    Cue before = null;
    Cue after = null;
    for (Cue c : FinanceCues.find(s)) {
      if (c.end() <= left) {
        before = c;
      } else if (c.start() >= right && after == null) {
        after = c;
      }
    }
    if (after != null && after.start() - right < CLAUSE_RIGHT && plain(s, blocks, right, after.start())) {
      f.add("listR:" + (after.polarity() > 0 ? "+" : "-"));
    }
    if (before != null && left - before.end() < CLAUSE_RIGHT && plain(s, blocks, before.end(), left)) {
      f.add("listL:" + (before.polarity() > 0 ? "+" : "-"));
    }
  }

  // No other name and no clause break in words [from, to).
  private static boolean plain(FeatureWords s, boolean[] blocks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (blocks[i] || BREAKS.contains(s.word(i))) {
        return false;
      }
    }
    return true;
  }

  private static void context(FeatureWords s, boolean[] blocks, Set<String> f) {
    f.add("L1:" + at(s, s.from() - 1));
    f.add("L2:" + at(s, s.from() - 2) + "_" + at(s, s.from() - 1));
    f.add("R1:" + at(s, s.to()));
    f.add("R2:" + at(s, s.to()) + "_" + at(s, s.to() + 1));
    for (int d = 1; d <= NEAR_LEFT && s.from() - d >= 0; d++) {
      f.add("LB:" + s.word(s.from() - d));
    }
    for (int d = 0; d < NEAR_RIGHT && s.to() + d < s.size(); d++) {
      f.add("RB:" + s.word(s.to() + d));
    }
    for (int i = s.to(); i < Math.min(s.size(), s.to() + CLAUSE_RIGHT); i++) {
      if (BREAKS.contains(s.word(i)) || blocks[i]) {
        f.add("RC_end:" + (blocks[i] ? "name" : s.word(i)));
        break;
      }
      f.add("RC:" + s.word(i));
    }
    for (int i = s.from() - 1; i >= Math.max(0, s.from() - CLAUSE_LEFT); i--) {
      if (BREAKS.contains(s.word(i)) || blocks[i]) {
        break;
      }
      f.add("LC:" + s.word(i));
    }
    if (s.from() == 0) {
      f.add("first");
    }
    if ("'s".equals(at(s, s.to()))) {
      f.add("possessive");
    }
  }

  private static void cueFeatures(FeatureWords s, List<Cue> cues, boolean[] blocks, Set<String> f) {
    Cue nearestLeft = null;
    Cue nearestRight = null;
    int clean = 0;
    int all = 0;
    for (Cue c : cues) {
      boolean right = c.start() >= s.to();
      String side = right ? "R" : "L";
      int polarity = c.polarity() * (negated(s, c) ? -1 : 1);
      String sign = polarity > 0 ? "+" : "-";
      boolean name = nameBetween(s, c, blocks);
      boolean contrast = contrastBetween(s, c);
      String path = (name ? ":name" : "") + (contrast ? ":contrast" : "");
      f.add("cue:" + side + sign + path);
      f.add("cw:" + side + ":" + s.word(c.start()) + path);
      if (!c.kind().equals("word")) {
        f.add("phrase:" + c.kind() + ":" + side + path);
      }
      if (polarity != c.polarity()) {
        f.add("negated:" + side + sign);
      }
      all += polarity;
      if (!name && !contrast) {
        clean += polarity;
      }
      if (right && nearestRight == null) {
        nearestRight = c;
      } else if (!right) {
        nearestLeft = c;
      }
    }
    nearest(s, nearestRight, "NR", blocks, f);
    nearest(s, nearestLeft, "NL", blocks, f);
    f.add("clean:" + Integer.signum(clean));
    f.add("all:" + Integer.signum(all));
  }

  private static void nearest(FeatureWords s, Cue c, String prefix, boolean[] blocks, Set<String> f) {
    if (c == null) {
      f.add(prefix + ":none");
      return;
    }
    int polarity = c.polarity() * (negated(s, c) ? -1 : 1);
    String sign = polarity > 0 ? "+" : "-";
    int distance = c.start() >= s.to() ? c.start() - s.to() + 1 : s.from() - c.end() + 1;
    String path = (nameBetween(s, c, blocks) ? ":name" : "") + (contrastBetween(s, c) ? ":contrast" : "");
    f.add(prefix + ":" + sign + ":" + bucket(distance) + path);
    f.add(prefix + ":" + sign + path);
    f.add(prefix + "w:" + s.word(c.start()) + path);
  }

  private static String bucket(int distance) {
    if (distance <= 2) {
      return "d" + distance;
    }
    return distance <= 4 ? "d3-4" : distance <= 7 ? "d5-7" : distance <= 12 ? "d8-12" : "d13+";
  }

  private static boolean negated(FeatureWords s, Cue c) {
    int lowest = c.start() >= s.to() ? s.to() : 0;
    for (int i = c.start() - 1; i >= Math.max(lowest, c.start() - NEGATION_REACH); i--) {
      if (FinanceCues.isNegation(s.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameBetween(FeatureWords s, Cue c, boolean[] blocks) {
    int lo = c.start() >= s.to() ? s.to() : c.end();
    int hi = c.start() >= s.to() ? c.start() : s.from();
    for (int i = lo; i < hi; i++) {
      if (blocks[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean contrastBetween(FeatureWords s, Cue c) {
    int lo = c.start() >= s.to() ? s.to() : c.end();
    int hi = c.start() >= s.to() ? c.start() : s.from();
    for (int i = lo; i < hi; i++) {
      if (FinanceCues.isContrast(s.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static String at(FeatureWords s, int i) {
    return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.word(i);
  }
}

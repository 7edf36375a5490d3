package dev.newsimpact.sentiment;

import java.util.Set;

/**
 * Features of the part the target plays in its sentence, read from word order alone (no parse):
 * whether a cue is the target's own verb ("X shares fell", "X has also rallied"), whether a
 * preposition ties the target to a cue noun ("a 2% slump in X", "gains for X"), and whether the
 * target is a source of the sentence's words rather than its subject ("X said", "X analyst Y",
 * "according to X", "analysts at X"): a bank quoted on the economy is neither good nor bad news
 * for its holders. Stateless.
 */
final class TargetRole {

  private static final int VERB_REACH = 5;
  private static final int NOUN_REACH = 3;

  // Words that may stand between a subject and its verb.
  private static final Set<String> SUBJECT_FILLER = Set.of("shares", "stock", "stocks", "'s",
      "also", "were", "was", "is", "are", "has", "have", "had", "been", "being", "which", "that",
      "each", "all", "both", "of", "the", "its", "share", "price", "on", "in", "early", "late",
      "trading", "sharply", "slightly", "about", "nearly", "more", "than", "by", "as", "much");

  private static final Set<String> LINKING_PREPOSITIONS =
      Set.of("in", "for", "at", "of", "on", "from", "by", "to");

  // What follows a source: "X said", "X's analysts", "X data".
  private static final Set<String> REPORTS = Set.of("said", "says", "say", "told", "noted",
      "notes", "wrote", "writes", "estimates", "expects", "expected", "believes", "predicts",
      "predicted", "forecasts", "analyst", "analysts", "strategist", "strategists", "economist",
      "economists", "survey", "report", "data", "research", "note", "reported", "spokesperson",
      "spokesman", "spokeswoman", "official", "officials", "chairman", "chair", "governor",
      "statement", "index", "showed", "shows", "according", "commented", "added");

  // What comes before a source: "according to X", "analysts at X", "data from X".
  private static final Set<String> SOURCE_LEFT = Set.of("according", "analysts", "analyst",
      "strategists", "economists", "told", "from", "by", "at", "data", "survey");

  private TargetRole() {}

  static void features(FeatureWords s, Set<String> f) {
    ownVerb(s, f);
    linkedNoun(s, f);
    source(s, f);
  }

  private static void ownVerb(FeatureWords s, Set<String> f) {
    for (int i = s.to(); i < Math.min(s.size(), s.to() + VERB_REACH); i++) {
      int p = FinanceCues.polarity(s.word(i));
      if (p != 0) {
        f.add("sv:" + sign(p));
        return;
      }
      if (!SUBJECT_FILLER.contains(s.word(i))) {
        return;
      }
    }
  }

  private static void linkedNoun(FeatureWords s, Set<String> f) {
    int i = s.from() - 1;
    int skipped = 0;
    while (i >= 0 && skipped < NOUN_REACH && !LINKING_PREPOSITIONS.contains(s.word(i))
        && !s.isOtherName(i) && FinanceCues.polarity(s.word(i)) == 0
        && !TargetFeatures.BREAKS.contains(s.word(i)) && !s.word(i).equals(",")) {
      i--;
      skipped++;
    }
    if (i < 1 || !LINKING_PREPOSITIONS.contains(s.word(i))) {
      return;
    }
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      int p = FinanceCues.polarity(s.word(k));
      if (p != 0) {
        f.add("pp:" + sign(p));
        return;
      }
    }
  }

  private static void source(FeatureWords s, Set<String> f) {
    int r = s.to();
    if (r < s.size() && s.word(r).equals("'s")) {
      r++;
    }
    if (r < s.size() && REPORTS.contains(s.word(r))) {
      f.add("src:R");
    }
    int l = s.from() - 1;
    while (l >= 0 && (s.word(l).equals("the") || s.word(l).equals("a") || s.word(l).equals("to"))) {
      l--;
    }
    if (l >= 0 && SOURCE_LEFT.contains(s.word(l))) {
      f.add("src:L:" + s.word(l));
    }
    if (s.from() >= 1 && (s.word(s.from() - 1).equals("said") || s.word(s.from() - 1).equals("says"))) {
      f.add("src:said_before");
    }
  }

  private static String sign(int polarity) {
    return polarity > 0 ? "+" : "-";
  }
}

package dev.newsimpact.ticker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * An Aho-Corasick automaton over the alias keys of a universe, working on units rather than
 * characters: every distinct unit of an alias key gets a number, written as one or two chars, so
 * the automaton has a state per unit (not per letter), matches only whole units, and a text is
 * scanned once whatever the number of aliases. The only importer of the Aho-Corasick library.
 * Immutable and thread-safe once built.
 *
 * <p>Encoding: ids below {@value #SINGLE_LIMIT} are one char in [0x100, 0x7fff]; larger ids are a
 * char in [0x8000, 0x9fff] followed by one in [0xa000, 0xcfff]. The ranges are disjoint, so a match
 * can neither start on the second char of a pair nor end on the first, and units outside every key
 * become {@link #BREAK}, which no key contains.
 */
final class AliasAutomaton {

  static final char BREAK = '\u0001';
  private static final int SINGLE_BASE = 0x100;
  private static final int SINGLE_LIMIT = 0x8000 - SINGLE_BASE;
  private static final int HIGH_BASE = 0x8000;
  private static final int LOW_BASE = 0xa000;
  private static final int LOW_SPAN = 0x3000;

  /** One match: units [start, end) of the scanned sequence carry the alias key {@code key}. */
  record Match(int start, int end, String key) {}

  private final Map<String, Integer> vocabulary;
  private final PayloadTrie<String> trie;

  private AliasAutomaton(Map<String, Integer> vocabulary, PayloadTrie<String> trie) {
    this.vocabulary = vocabulary;
    this.trie = trie;
  }

  /** Builds the automaton over distinct alias keys. */
  static AliasAutomaton build(List<String> keys) {
    Map<String, Integer> vocabulary = new HashMap<>();
    PayloadTrie.PayloadTrieBuilder<String> builder = PayloadTrie.builder();
    StringBuilder sb = new StringBuilder();
    for (String key : keys) {
      sb.setLength(0);
      for (String unit : key.split(" ")) {
        Integer id = vocabulary.get(unit);
        if (id == null) {
          id = vocabulary.size();
          vocabulary.put(unit, id);
        }
        append(sb, id);
      }
      builder.addKeyword(sb.toString(), key);
    }
    return new AliasAutomaton(vocabulary, builder.build());
  }

  private static void append(StringBuilder sb, int id) {
    if (id < SINGLE_LIMIT) {
      sb.append((char) (SINGLE_BASE + id));
    } else {
      int high = (id - SINGLE_LIMIT) / LOW_SPAN;
      int low = (id - SINGLE_LIMIT) % LOW_SPAN;
      sb.append((char) (HIGH_BASE + high)).append((char) (LOW_BASE + low));
    }
  }

  /**
   * Every alias key occurring in the unit sequence, overlapping matches included; {@code null}
   * entries of {@code units} are breaks (punctuation) that no match may cross.
   */
  List<Match> find(List<String> units) {
    StringBuilder sb = new StringBuilder(units.size() * 2);
    int[] unitAtChar = new int[units.size() * 2 + 1];
    for (int i = 0; i < units.size(); i++) {
      int from = sb.length();
      Integer id = units.get(i) == null ? null : vocabulary.get(units.get(i));
      if (id == null) {
        sb.append(BREAK);
      } else {
        append(sb, id);
      }
      for (int c = from; c < sb.length(); c++) {
        unitAtChar[c] = i;
      }
    }
    List<Match> out = new ArrayList<>();
    for (PayloadEmit<String> e : trie.parseText(sb)) {
      out.add(new Match(unitAtChar[e.getStart()], unitAtChar[e.getEnd()] + 1, e.getPayload()));
    }
    return out;
  }
}

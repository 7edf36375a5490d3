package dev.newsimpact.ticker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over the alias keys of a universe whose alphabet is units, not
 * characters: each distinct unit of a key is a symbol, so there is one state per key unit, matches
 * fall on unit boundaries by construction, and a sentence is scanned once in time linear in its
 * length whatever the number of aliases. Units outside every key, and breaks, reset the scan.
 *
 * <p>Written for this alphabet rather than taken from org.ahocorasick: that library keys each
 * state's transitions by boxed {@code Character} in a HashMap and keeps a TreeSet of outputs per
 * state, which for the ~50,000 keys of the universe cost over a second and ~100 MB to build; these
 * int arrays build in tens of milliseconds. Immutable and thread-safe once built.
 */
final class AliasAutomaton {

  /** One match: units [start, end) of the scanned sequence carry the alias key {@code key}. */
  record Match(int start, int end, String key) {}

  private final Map<String, Integer> vocabulary;
  private final String[] keys;
  private final int[] depth;
  private final int[] fail;
  /** Index into {@link #keys} of the key ending in a state, or -1. */
  private final int[] output;
  /** Nearest state on the failure chain with an output, or 0. */
  private final int[] nextOutput;
  private final Transitions transitions;

  private AliasAutomaton(Map<String, Integer> vocabulary, String[] keys, int[] depth, int[] fail,
      int[] output, int[] nextOutput, Transitions transitions) {
    this.vocabulary = vocabulary;
    this.keys = keys;
    this.depth = depth;
    this.fail = fail;
    this.output = output;
    this.nextOutput = nextOutput;
    this.transitions = transitions;
  }

  /** Builds the automaton over distinct alias keys (units separated by single spaces). */
  static AliasAutomaton build(List<String> keyList) {
    Map<String, Integer> vocabulary = new HashMap<>();
    int units = 0;
    for (String k : keyList) {
      units += k.split(" ").length;
    }
    int capacity = units + 1;
    int[] depth = new int[capacity];
    int[] output = new int[capacity];
    int[] firstChild = new int[capacity];
    int[] nextSibling = new int[capacity];
    int[] symbolOf = new int[capacity];
    Arrays.fill(output, -1);
    Arrays.fill(firstChild, -1);
    Transitions goTo = new Transitions(units);
    int states = 1;
    String[] keys = keyList.toArray(new String[0]);
    for (int k = 0; k < keys.length; k++) {
      int state = 0;
      for (String unit : keys[k].split(" ")) {
        int symbol = vocabulary.computeIfAbsent(unit, u -> vocabulary.size());
        int next = goTo.get(state, symbol);
        if (next < 0) {
          next = states++;
          goTo.put(state, symbol, next);
          depth[next] = depth[state] + 1;
          symbolOf[next] = symbol;
          nextSibling[next] = firstChild[state];
          firstChild[state] = next;
        }
        state = next;
      }
      output[state] = k;
    }
    int[] fail = new int[states];
    int[] nextOutput = new int[states];
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int c = firstChild[0]; c >= 0; c = nextSibling[c]) {
      queue[tail++] = c;
    }
    while (head < tail) {
      int s = queue[head++];
      for (int c = firstChild[s]; c >= 0; c = nextSibling[c]) {
        int f = fail[s];
        int g;
        while ((g = goTo.get(f, symbolOf[c])) < 0 && f != 0) {
          f = fail[f];
        }
        fail[c] = g >= 0 && g != c ? g : 0;
        nextOutput[c] = output[fail[c]] >= 0 ? fail[c] : nextOutput[fail[c]];
        queue[tail++] = c;
      }
    }
    return new AliasAutomaton(vocabulary, keys, Arrays.copyOf(depth, states), fail,
        Arrays.copyOf(output, states), nextOutput, goTo);
  }

  /**
   * Every alias key occurring in the unit sequence, overlapping matches included; {@code null}
   * entries of {@code units} are breaks (punctuation) that no match may cross.
   */
  List<Match> find(List<String> units) {
    List<Match> out = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      Integer symbol = unit == null ? null : vocabulary.get(unit);
      if (symbol == null) {
        state = 0;
        continue;
      }
      int g;
      while ((g = transitions.get(state, symbol)) < 0 && state != 0) {
        state = fail[state];
      }
      state = Math.max(g, 0);
      for (int t = output[state] >= 0 ? state : nextOutput[state]; t > 0; t = nextOutput[t]) {
        out.add(new Match(i + 1 - depth[t], i + 1, keys[output[t]]));
      }
    }
    return out;
  }

  /** Goto function: an open-addressing hash from (state, symbol) to the next state. */
  private static final class Transitions {
    private final long[] slots;
    private final int[] targets;
    private final int mask;

    Transitions(int expected) {
      int size = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      slots = new long[size];
      targets = new int[size];
      Arrays.fill(slots, -1L);
      mask = size - 1;
    }

    private int slot(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      int i = (int) (h >>> 40) & mask;
      while (slots[i] != -1L && slots[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    int get(int state, int symbol) {
      int i = slot(((long) state << 32) | symbol);
      return slots[i] == -1L ? -1 : targets[i];
    }

    void put(int state, int symbol, int target) {
      long key = ((long) state << 32) | symbol;
      int i = slot(key);
      slots[i] = key;
      targets[i] = target;
    }
  }
}

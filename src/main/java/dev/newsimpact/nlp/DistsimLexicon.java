package dev.newsimpact.nlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A word-cluster lexicon (distributional similarity classes) as a read-only map in a few flat
 * arrays. CoreNLP's tagger and 4-class NER models each carry the same 533,629-word lexicon as a
 * serialized {@code HashMap}: a million small objects to deserialize at load and to copy in every
 * young collection, twice. This map holds it once, in a fraction of the memory, and loads from a
 * cache file in milliseconds; {@link #get} answers as the {@code HashMap} did. Immutable and
 * thread-safe. (Over 250 lines: a map with its own hash table and file format.)
 */
final class DistsimLexicon extends AbstractMap<String, String> {

  private static final int FORMAT = 1;

  private final char[] chars;
  private final int[] offsets;
  private final int[] hashes;
  private final short[] valueIndex;
  private final String[] values;
  /** Open addressing over {@link #hashes}: entry index, or -1 for an empty slot. */
  private final int[] table;

  private DistsimLexicon(char[] chars, int[] offsets, int[] hashes, short[] valueIndex,
      String[] values, int[] table) {
    this.chars = chars;
    this.offsets = offsets;
    this.hashes = hashes;
    this.valueIndex = valueIndex;
    this.values = values;
    this.table = table;
  }

  /**
   * The same mappings as {@code map}.
   *
   * @throws IllegalArgumentException for a null key or value, or more than 32767 distinct values
   */
  static DistsimLexicon of(Map<String, String> map) {
    int size = map.size();
    int length = 0;
    for (String key : map.keySet()) {
      if (key == null) {
        throw new IllegalArgumentException("null key");
      }
      length += key.length();
    }
    char[] chars = new char[length];
    int[] offsets = new int[size + 1];
    int[] hashes = new int[size];
    short[] valueIndex = new short[size];
    Map<String, Integer> distinct = new HashMap<>();
    int i = 0;
    int at = 0;
    for (Map.Entry<String, String> entry : map.entrySet()) {
      String key = entry.getKey();
      if (entry.getValue() == null) {
        throw new IllegalArgumentException("null value for " + key);
      }
      key.getChars(0, key.length(), chars, at);
      offsets[i] = at;
      at += key.length();
      hashes[i] = key.hashCode();
      int value = distinct.computeIfAbsent(entry.getValue(), v -> distinct.size());
      if (value > Short.MAX_VALUE) {
        throw new IllegalArgumentException("too many distinct values");
      }
      valueIndex[i++] = (short) value;
    }
    offsets[size] = at;
    String[] values = new String[distinct.size()];
    distinct.forEach((value, index) -> values[index] = value);
    return new DistsimLexicon(chars, offsets, hashes, valueIndex, values, table(hashes));
  }

  @Override
  public String get(Object key) {
    int index = indexOf(key);
    return index < 0 ? null : values[valueIndex[index]];
  }

  @Override
  public String getOrDefault(Object key, String defaultValue) {
    int index = indexOf(key);
    return index < 0 ? defaultValue : values[valueIndex[index]];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return hashes.length;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < hashes.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= hashes.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(
                new String(chars, offsets[i], offsets[i + 1] - offsets[i]), values[valueIndex[i]]);
          }
        };
      }

      @Override
      public int size() {
        return hashes.length;
      }
    };
  }

  private int indexOf(Object key) {
    if (!(key instanceof String word)) {
      return -1;
    }
    int hash = word.hashCode();
    int mask = table.length - 1;
    for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      int index = table[slot];
      if (index < 0) {
        return -1;
      }
      if (hashes[index] == hash && matches(index, word)) {
        return index;
      }
    }
  }

  private boolean matches(int index, String word) {
    int from = offsets[index];
    if (offsets[index + 1] - from != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (chars[from + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The cache file's content: this map's arrays, little-endian. */
  void writeTo(OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(raw);
    out.writeInt(FORMAT);
    out.writeInt(values.length);
    for (String value : values) {
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
    out.writeInt(hashes.length);
    out.writeInt(chars.length);
    out.writeInt(table.length);
    ByteBuffer buffer = ByteBuffer.allocate(
        chars.length * 2 + offsets.length * 4 + hashes.length * 4 + valueIndex.length * 2
            + table.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asCharBuffer().put(chars);
    buffer.position(buffer.position() + chars.length * 2);
    buffer.asIntBuffer().put(offsets);
    buffer.position(buffer.position() + offsets.length * 4);
    buffer.asIntBuffer().put(hashes);
    buffer.position(buffer.position() + hashes.length * 4);
    buffer.asShortBuffer().put(valueIndex);
    buffer.position(buffer.position() + valueIndex.length * 2);
    buffer.asIntBuffer().put(table);
    out.write(buffer.array());
    out.flush();
  }

  /**
   * A map {@link #writeTo} wrote.
   *
   * @throws IOException when the content is of another format or inconsistent
   */
  static DistsimLexicon read(ByteBuffer content) throws IOException {
    try {
      ByteBuffer in = content.duplicate().order(ByteOrder.BIG_ENDIAN);
      if (in.getInt() != FORMAT) {
        throw new IOException("another lexicon format");
      }
      String[] values = new String[in.getInt()];
      for (int v = 0; v < values.length; v++) {
        byte[] bytes = new byte[in.getInt()];
        in.get(bytes);
        values[v] = new String(bytes, StandardCharsets.UTF_8);
      }
      int size = in.getInt();
      char[] chars = new char[in.getInt()];
      int[] table = new int[in.getInt()];
      int[] offsets = new int[size + 1];
      int[] hashes = new int[size];
      short[] valueIndex = new short[size];
      in.order(ByteOrder.LITTLE_ENDIAN);
      in.asCharBuffer().get(chars);
      in.position(in.position() + chars.length * 2);
      in.asIntBuffer().get(offsets);
      in.position(in.position() + offsets.length * 4);
      in.asIntBuffer().get(hashes);
      in.position(in.position() + hashes.length * 4);
      in.asShortBuffer().get(valueIndex);
      in.position(in.position() + valueIndex.length * 2);
      in.asIntBuffer().get(table);
      in.position(in.position() + table.length * 4);
      if (in.hasRemaining() || Integer.bitCount(table.length) != 1 || offsets[size] != chars.length) {
        throw new IOException("inconsistent lexicon");
      }
      for (int i = 0; i < size; i++) {
        if (valueIndex[i] < 0 || valueIndex[i] >= values.length || offsets[i] > offsets[i + 1]) {
          throw new IOException("inconsistent lexicon");
        }
      }
      for (int index : table) {
        if (index >= size) {
          throw new IOException("inconsistent lexicon");
        }
      }
      return new DistsimLexicon(chars, offsets, hashes, valueIndex, values, table);
    } catch (RuntimeException e) {
      throw new IOException("unreadable lexicon: " + e, e);
    }
  }

  private static int[] table(int[] hashes) {
    int[] table = new int[Integer.highestOneBit(Math.max(hashes.length, 1)) * 4];
    Arrays.fill(table, -1);
    int mask = table.length - 1;
    for (int i = 0; i < hashes.length; i++) {
      int slot = mix(hashes[i]) & mask;
      while (table[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = i;
    }
    return table;
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 15);
  }
}

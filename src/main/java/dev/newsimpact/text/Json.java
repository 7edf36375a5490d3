package dev.newsimpact.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for the JSON-LD blocks of web pages. Jackson stays in the output
 * package by design; reading a date and a headline out of a page's metadata does not justify a
 * second home for it. Objects become maps, arrays lists, numbers and literals strings. Malformed
 * input (common in the wild: trailing commas, HTML comments) yields null, never an exception.
 */
final class Json {
  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    Json json = new Json(text);
    try {
      json.space();
      Object value = json.value(0);
      json.space();
      return json.i == json.s.length() ? value : null;
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  private Object value(int depth) {
    if (depth > 64) {
      throw new IllegalStateException("too deep");
    }
    space();
    char c = s.charAt(i);
    if (c == '{') {
      return object(depth);
    }
    if (c == '[') {
      return array(depth);
    }
    if (c == '"') {
      return string();
    }
    int start = i;
    while (i < s.length() && ",]} \t\r\n".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    if (start == i) {
      throw new IllegalStateException("value expected at " + i);
    }
    String literal = s.substring(start, i);
    return literal.equals("null") ? null : literal;
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    i++;
    while (true) {
      space();
      if (s.charAt(i) == '}') {
        i++;
        return map;
      }
      String key = string();
      space();
      expect(':');
      map.put(key, value(depth + 1));
      space();
      if (s.charAt(i) == ',') {
        i++;
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    i++;
    while (true) {
      space();
      if (s.charAt(i) == ']') {
        i++;
        return list;
      }
      list.add(value(depth + 1));
      space();
      if (s.charAt(i) == ',') {
        i++;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
  }

  private void expect(char c) {
    if (s.charAt(i) != c) {
      throw new IllegalStateException("'" + c + "' expected at " + i);
    }
    i++;
  }

  private void space() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }
}

package dev.newsimpact.ticker.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes); rows as maps. */
final class Csv {

  private Csv() {}

  /** Reads a file with a header row; each row maps header names to values (missing cells: ""). */
  static List<Map<String, String>> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = null;
      List<Map<String, String>> rows = new ArrayList<>();
      List<String> record;
      while ((record = next(in)) != null) {
        if (header == null) {
          header = record;
          if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
          }
          continue;
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < record.size() ? record.get(i) : "");
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** One record, or null at the end; a character loop with the quote state inline, as RFC 4180 reads. */
  private static List<String> next(BufferedReader in) throws IOException {
    int c = in.read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (true) {
      if (c < 0) {
        fields.add(field.toString());
        return fields;
      }
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          in.mark(1);
          int d = in.read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (d >= 0) {
              in.reset();
            }
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n') {
        fields.add(field.toString());
        return fields;
      } else if (ch != '\r') {
        field.append(ch);
      }
      c = in.read();
    }
  }
}

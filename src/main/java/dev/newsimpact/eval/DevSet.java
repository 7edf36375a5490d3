package dev.newsimpact.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the claims development set: JSON Lines, one {@link DevPassage} a line. */
public final class DevSet {

  private DevSet() {}

  public static List<DevPassage> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads every non-blank line as a passage. Unknown fields, a missing ticker, value or unit, and
   * duplicate ids fail. The reader is
   * not closed.
   */
  public static List<DevPassage> read(Reader reader) throws IOException {
    List<DevPassage> passages = JsonLinesFile.read(reader, DevPassage.class);
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < passages.size(); i++) {
      Integer before = first.putIfAbsent(passages.get(i).id(), i + 1);
      if (before != null) {
        throw new IOException("duplicate id " + passages.get(i).id() + " (passages " + before
            + " and " + (i + 1) + ")");
      }
    }
    return passages;
  }
}

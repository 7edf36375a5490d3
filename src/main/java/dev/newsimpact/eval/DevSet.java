package dev.newsimpact.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the claims development set: JSON Lines, one {@link DevPassage} a line. */
public final class DevSet {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DevSet() {}

  public static List<DevPassage> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Reads every non-blank line as a passage. Unknown fields, a missing ticker, value or unit, and
   * duplicate ids fail with the line number. The reader is not closed.
   */
  public static List<DevPassage> read(Reader reader) throws IOException {
    List<DevPassage> passages = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      DevPassage passage;
      try {
        passage = JSON.readValue(line, DevPassage.class);
      } catch (JsonProcessingException e) {
        throw new IOException("line " + number + ": " + e.getOriginalMessage(), e);
      }
      if (!ids.add(passage.id())) {
        throw new IOException("line " + number + ": duplicate id " + passage.id());
      }
      passages.add(passage);
    }
    return List.copyOf(passages);
  }
}

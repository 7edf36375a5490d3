package dev.newsimpact.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** The evaluation sets' file format: JSON Lines, one record a line, blank lines skipped. */
final class JsonLinesFile {

  static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesFile() {}

  /**
   * Every non-blank line as a {@code type}; a malformed line fails with its number. The reader is
   * not closed.
   */
  static <T> List<T> read(Reader reader, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        records.add(JSON.readValue(line, type));
      } catch (JsonProcessingException e) {
        throw new IOException("line " + number + ": " + e.getOriginalMessage(), e);
      }
    }
    return List.copyOf(records);
  }
}

package dev.newsimpact.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a headline set: tab-separated headline, security, label and (ignored) source; blank lines
 * and lines starting with '#' are skipped. A malformed line fails with its number.
 */
public final class HeadlineSet {

  private HeadlineSet() {}

  public static List<HeadlineRow> read(Path file) throws IOException {
    List<HeadlineRow> rows = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length < 3) {
        throw new IOException(file + " line " + number + ": expected headline, security, label");
      }
      try {
        rows.add(new HeadlineRow(cells[0], cells[1], cells[2]));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rows);
  }
}

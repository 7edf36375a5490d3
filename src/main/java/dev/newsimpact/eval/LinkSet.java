package dev.newsimpact.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes the linking set: JSON Lines, one {@link LinkPassage} a line. */
public final class LinkSet {

  private static final ObjectMapper JSON = JsonLinesFile.JSON;

  private LinkSet() {}

  public static List<LinkPassage> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /** Reads every non-blank line; a malformed line fails with its number. The reader is not closed. */
  public static List<LinkPassage> read(Reader reader) throws IOException {
    return JsonLinesFile.read(reader, LinkPassage.class);
  }

  /** Writes one passage a line, fields in a fixed order, "\n" line ends. The writer is not closed. */
  public static void write(List<LinkPassage> passages, Writer writer) throws IOException {
    for (LinkPassage p : passages) {
      writer.write(JSON.writeValueAsString(p));
      writer.write('\n');
    }
    writer.flush();
  }
}

package dev.newsimpact.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * JSON Lines of articles read exactly as {@code --input-format jsonl} reads them, for callers that
 * open the streams themselves (the Spark job reads them from any Hadoop file system): the same line
 * rules (gzip or not, byte order mark and CR dropped, blank lines skipped), the same {@code NAME:LINE}
 * sources and the same record rules, so the same file gives the same records.
 *
 * <p>Reading and parsing are split so that a caller can move the lines elsewhere (to other machines)
 * before it turns them into {@link Item}s.
 */
public final class JsonlArticles {

  private JsonlArticles() {}

  /**
   * One non-blank line of a JSON Lines file.
   *
   * @param source {@code NAME:LINE}, with LINE counted from 1 over every line, blank ones included
   * @param json the line without its line end
   */
  public record Line(String source, String json) {
    public Line {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * The non-blank lines of {@code in}, read lazily. The caller closes {@code in}; a read error
   * surfaces as an {@link UncheckedIOException} from the iterator.
   *
   * @param name how the file is named in the sources, e.g. {@code articles.jsonl}
   */
  public static Iterator<Line> lines(String name, InputStream in) throws IOException {
    Objects.requireNonNull(name, "name");
    TextLines lines = new TextLines(in, false);
    return new Iterator<>() {
      private Line pending;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (pending == null && !done) {
          String line;
          try {
            line = lines.next();
          } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
          }
          if (line == null) {
            done = true;
          } else if (!line.isBlank()) {
            pending = new Line(name + ":" + lines.number(), line);
          }
        }
        return pending != null;
      }

      @Override
      public Line next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Line line = pending;
        pending = null;
        return line;
      }
    };
  }

  /**
   * The article of one line: an {@link Item.Given}, or an {@link Item.Broken} of kind {@link
   * ErrorKind#FORMAT} when the line is not a JSON object with {@code text} or {@code html}.
   */
  public static Item item(Line line) {
    return JsonlRecords.parse(line.source(), line.json());
  }
}

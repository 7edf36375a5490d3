package dev.newsimpact.batch;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a UTF-8 text stream, gzip or not, for input lists and JSON Lines: a byte order mark
 * and CR line ends are dropped, malformed bytes become U+FFFD instead of an error (a junk line is
 * reported as an input that fails, not as a crash). Not thread-safe; closes the stream it was given
 * unless that is standard input.
 */
final class TextLines implements Closeable {

  private final BufferedReader reader;
  private final InputStream stream;
  private final boolean owned;
  private int number;

  TextLines(InputStream in, boolean owned) throws IOException {
    this.stream = in;
    this.owned = owned;
    this.reader = new BufferedReader(new InputStreamReader(gunzipIfGzip(in), UTF_8));
  }

  /** The next line without its line end, or null at the end. */
  String next() throws IOException {
    String line = reader.readLine();
    if (line == null) {
      return null;
    }
    if (number++ == 0 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** The number of the line last returned, from 1. */
  int number() {
    return number;
  }

  @Override
  public void close() {
    if (owned) {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static InputStream gunzipIfGzip(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(2);
    int first = buffered.read();
    int second = buffered.read();
    buffered.reset();
    return first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered) : buffered;
  }
}

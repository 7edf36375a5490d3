package dev.newsimpact.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Reads standard input, or whatever stream the caller passes in its place (tests and an in-process
 * CLI pass their own). The stream is read to its end, never closed: it belongs to the caller. A
 * second read of the same stream therefore yields an empty document. Thread-safe: reads are serialised.
 */
public final class StdinSource implements DocumentSource {
  private final InputStream in;
  private final SourceOptions options;

  public StdinSource(InputStream in, SourceOptions options) {
    this.in = Objects.requireNonNull(in, "in");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public synchronized RawDocument read(Input input) throws InputException {
    try {
      Body body = Gzip.inflateIfGzip(BoundedRead.read(in, options.maxBytes()), options.maxBytes());
      return new RawDocument(input, body.bytes(), null, null, null, body.truncated());
    } catch (ZipException e) {
      throw new InputException(input.source() + ": corrupt gzip data on standard input", e);
    } catch (IOException e) {
      throw new InputException(
          input.source() + ": could not read standard input (" + e.getMessage() + ")", e);
    }
  }
}

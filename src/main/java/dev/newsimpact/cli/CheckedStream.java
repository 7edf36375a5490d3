package dev.newsimpact.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Turns a {@link PrintStream}'s silent error flag back into an {@link IOException}. {@code System.out}
 * swallows the broken pipe of {@code | head -1} (the JVM ignores SIGPIPE), so a writer on top of it
 * would never learn that its reader went away and the run would go on to the end for nothing.
 */
final class CheckedStream extends OutputStream {

  private final PrintStream target;

  CheckedStream(PrintStream target) {
    this.target = target;
  }

  @Override
  public void write(int b) throws IOException {
    target.write(b);
    check();
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    target.write(bytes, offset, length);
    check();
  }

  @Override
  public void flush() throws IOException {
    check();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  /** {@link PrintStream#checkError()} flushes first, so an error of this write shows at once. */
  private void check() throws IOException {
    if (target.checkError()) {
      throw new IOException("the output stream is closed or failing");
    }
  }
}

package dev.newsimpact.source;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/** Stand-in for standard input in tests that do not read it. */
final class InputStreamStub {
  static final InputStream EMPTY = new ByteArrayInputStream(new byte[0]);

  private InputStreamStub() {}
}

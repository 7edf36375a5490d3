package dev.newsimpact.source;

import java.io.InputStream;
import java.util.Objects;

/**
 * The {@link DocumentSource} the CLI uses: sends each {@link Input} to the reader for its {@link
 * Input.Kind}. Thread-safe, as its readers are.
 */
public final class DefaultDocumentSource implements DocumentSource {
  private final DocumentSource files;
  private final DocumentSource stdin;
  private final DocumentSource web;

  /** Reads files, URLs and {@code stdin} (the stream {@code -} stands for) under {@code options}. */
  public DefaultDocumentSource(SourceOptions options, InputStream stdin) {
    Objects.requireNonNull(options, "options");
    this.files = new FileSource(options);
    this.stdin = new StdinSource(stdin, options);
    this.web = new HttpSource(options);
  }

  /** Default limits, and {@code -} means {@link System#in}. */
  public DefaultDocumentSource() {
    this(SourceOptions.defaults(), System.in);
  }

  @Override
  public RawDocument read(Input input) throws InputException {
    Objects.requireNonNull(input, "input");
    return switch (input.kind()) {
      case FILE -> files.read(input);
      case STDIN -> stdin.read(input);
      case URL -> web.read(input);
    };
  }
}

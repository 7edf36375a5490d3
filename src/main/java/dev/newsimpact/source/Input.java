package dev.newsimpact.source;

import java.util.Locale;
import java.util.Objects;

/**
 * One input as the user gave it on the command line: a file path, {@code -} for standard input, or an
 * http(s) URL. The {@link #source()} string is carried verbatim into every record as
 * {@code article.source}.
 */
public record Input(String source, Kind kind) {

  /** Where the bytes of an input come from. */
  public enum Kind {
    FILE,
    STDIN,
    URL
  }

  public Input {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
  }

  /** Classifies a command-line argument: {@code -} is stdin, http(s):// is a URL, the rest are files. */
  public static Input of(String argument) {
    if (argument.equals("-")) {
      return new Input(argument, Kind.STDIN);
    }
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new Input(argument, Kind.URL);
    }
    return new Input(argument, Kind.FILE);
  }
}

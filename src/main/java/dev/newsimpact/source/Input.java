package dev.newsimpact.source;

import java.util.Locale;
import java.util.Objects;

/**
 * One input as the user gave it on the command line: a file path, {@code -} for standard input, or an
 * http(s) URL. The {@link #source()} string is carried verbatim into every record as
 * {@code article.source}.
 *
 * @param source the input as given
 * @param kind where its bytes come from
 * @param published an ISO-8601 publication date known from elsewhere (a feed item), used when the
 *     page itself names none; null when unknown
 */
public record Input(String source, Kind kind, String published) {

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

  /** An input with no publication date known beforehand. */
  public Input(String source, Kind kind) {
    this(source, kind, null);
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

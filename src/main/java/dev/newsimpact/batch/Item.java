package dev.newsimpact.batch;

import dev.newsimpact.source.Input;
import dev.newsimpact.source.RawDocument;
import java.util.Objects;

/** One unit of work of a batch, in input order. Immutable. */
public sealed interface Item {

  /** How the user can find this item again: a path, URL, {@code -}, or {@code file:line}. */
  String source();

  /** An input still to be read: a file, a URL or standard input. */
  record Read(Input input) implements Item {
    public Read {
      Objects.requireNonNull(input, "input");
    }

    @Override
    public String source() {
      return input.source();
    }
  }

  /**
   * An article whose bytes are already in hand (a JSON Lines record).
   *
   * @param document the text or HTML, with the record's URL
   * @param id the article id to use instead of the computed one, or null
   * @param published the publication date to use instead of the extracted one, or null
   */
  record Given(RawDocument document, String id, String published) implements Item {
    public Given {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String source() {
      return document.input().source();
    }
  }

  /** Something named as an input that cannot become one (an unreadable list, a bad JSON line). */
  record Broken(String source, ErrorKind kind, String message) implements Item {
    public Broken {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }
}

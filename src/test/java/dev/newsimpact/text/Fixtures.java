package dev.newsimpact.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.newsimpact.source.Input;
import dev.newsimpact.source.InputException;
import dev.newsimpact.source.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Builds extractor inputs by hand, as the source stage would. */
final class Fixtures {
  private Fixtures() {}

  static RawDocument file(String name, byte[] bytes) {
    return new RawDocument(Input.of(name), bytes, null, null, null, false);
  }

  static RawDocument file(String name, String text) {
    return file(name, text.getBytes(UTF_8));
  }

  static RawDocument fetched(String url, byte[] bytes, String charset) {
    return new RawDocument(Input.of(url), bytes, "text/html", charset, url, false);
  }

  static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/text/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article extract(RawDocument document) throws InputException {
    return new JsoupTextExtractor().extract(document);
  }
}

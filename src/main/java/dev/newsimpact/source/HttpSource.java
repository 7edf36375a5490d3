package dev.newsimpact.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Fetches an http(s) URL with Jsoup. Thread-safe: every call builds its own connection.
 *
 * <p>Bounds: Jsoup's request timeout ({@link SourceOptions#timeout()}) covers connecting and reading
 * one response; {@link SourceOptions#deadline()} covers the whole fetch, redirects included; the
 * body is read by our own loop so that the cap and the deadline hold even for a server that never
 * stops sending. Content-Encoding gzip is undone by Jsoup as a stream, so the cap bounds it too.
 *
 * <p>Redirects are followed by Jsoup for now; the address policy of the web-input issue will need
 * to see every hop, at which point this class follows them itself.
 */
public final class HttpSource implements DocumentSource {
  private final SourceOptions options;

  public HttpSource(SourceOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public RawDocument read(Input input) throws InputException {
    String url = input.source();
    long deadline = System.nanoTime() + options.deadline().toNanos();
    try {
      Connection.Response response = connect(url).execute();
      int status = response.statusCode();
      if (status < 200 || status > 299) {
        response.bodyStream().close();
        throw new InputException(url + ": HTTP " + status + describe(response.statusMessage()));
      }
      Body body;
      try (InputStream in = response.bodyStream()) {
        body = BoundedRead.read(in, options.maxBytes(), deadline);
      }
      body = Gzip.inflateIfGzip(body, options.maxBytes());
      return new RawDocument(
          input,
          body.bytes(),
          response.contentType(),
          response.charset(),
          response.url().toString(),
          body.truncated());
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new InputException(url + ": " + reason(e, deadline), e);
    }
  }

  private Connection connect(String url) {
    int timeoutMillis = (int) Math.min(options.timeout().toMillis(), options.deadline().toMillis());
    return Jsoup.connect(url)
        .userAgent(options.userAgent())
        .timeout(timeoutMillis)
        .maxBodySize(0) // unlimited in Jsoup: the cap is enforced by BoundedRead, which reports it
        .ignoreHttpErrors(true)
        .ignoreContentType(true)
        .followRedirects(true)
        .method(Connection.Method.GET);
  }

  private static String describe(String statusMessage) {
    return statusMessage == null || statusMessage.isBlank() ? "" : " " + statusMessage.strip();
  }

  /** Plain words for the usual failures; the exception's own message only as a last resort. */
  private String reason(Exception e, long deadline) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof SocketTimeoutException) {
      return System.nanoTime() - deadline > 0
          ? "gave up after the " + options.deadline().toSeconds() + " s deadline"
          : "timed out after " + seconds(options.timeout().toMillis()) + " (no answer)";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage();
    }
    if (cause instanceof ConnectException) {
      return "could not connect (" + cause.getMessage() + ")";
    }
    if (cause instanceof MalformedURLException || cause instanceof IllegalArgumentException) {
      return "not a valid URL (" + cause.getMessage() + ")";
    }
    if (cause instanceof SSLException) {
      return "TLS handshake failed (" + cause.getMessage() + ")";
    }
    if (cause instanceof ZipException) {
      return "corrupt gzip data";
    }
    return "could not fetch (" + cause.getMessage() + ")";
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}

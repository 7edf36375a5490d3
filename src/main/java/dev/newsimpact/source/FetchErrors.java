package dev.newsimpact.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/** Plain words for the ways a fetch fails; an exception's own message only as a last resort. */
final class FetchErrors {
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
      Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  private FetchErrors() {}

  static String status(int status) {
    String phrase = PHRASES.get(status);
    return "HTTP " + status + (phrase == null ? "" : " " + phrase);
  }

  static String deadline(Duration budget) {
    return "gave up after the " + seconds(budget) + " deadline";
  }

  static String reason(Throwable e, Duration timeout, Deadline deadline) {
    Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof WatchedRead.Stopped stopped) {
      return stopped.deadline()
          ? deadline(deadline.budget())
          : "the server stopped sending for " + seconds(timeout) + " (timed out)";
    }
    if (cause instanceof HttpConnectTimeoutException) {
      return "could not connect within " + seconds(timeout) + " (timed out)";
    }
    if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
      return deadline.passed()
          ? deadline(deadline.budget())
          : "no answer within " + seconds(timeout) + " (timed out)";
    }
    if (cause instanceof UnknownHostException) {
      return "unknown host " + cause.getMessage();
    }
    if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
      return "could not connect" + detail(cause);
    }
    if (cause instanceof MalformedURLException || cause instanceof IllegalArgumentException) {
      return "not a valid URL" + detail(cause);
    }
    if (cause instanceof SSLException) {
      return "TLS handshake failed" + detail(cause);
    }
    if (cause instanceof ZipException) {
      return "corrupt gzip data";
    }
    if (cause instanceof IOException && "closed".equals(cause.getMessage())) {
      return "the connection was closed while reading";
    }
    return "could not fetch" + detail(cause);
  }

  private static String detail(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? "" : " (" + message.strip() + ")";
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}

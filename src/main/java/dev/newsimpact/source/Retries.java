package dev.newsimpact.source;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Which failures are worth another try and how long to wait first. Only failures that say "not
 * now" are retried: no connection could be made, or the server answered 429 (too many requests),
 * 502, 503 or 504 (a gateway or the service is briefly down). A 404 or a timeout while the server
 * was answering would only fail again, and slower.
 */
final class Retries {
  /** The longest wait we accept before a retry, whatever Retry-After asks: cron runs must end. */
  static final Duration MAX_WAIT = Duration.ofSeconds(30);

  private Retries() {}

  static boolean isRetryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  static boolean isTransient(IOException e) {
    return e instanceof ConnectException
        || e instanceof HttpConnectTimeoutException
        || e instanceof NoRouteToHostException;
  }

  /** {@code first}, doubled for each retry already made. */
  static Duration backoff(Duration first, int retriesMade) {
    return first.multipliedBy(1L << Math.min(retriesMade, 10));
  }

  /**
   * A Retry-After header (RFC 9110: delay-seconds or an HTTP date) as a wait from {@code now}; null
   * when absent or unreadable. A date in the past means no wait.
   */
  static Duration retryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.matches("\\d{1,10}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}

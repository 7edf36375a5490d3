package dev.newsimpact.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * One GET over Jsoup with everything around it that makes fetching someone else's URL safe: our own
 * redirect loop (Jsoup's is off) so that every hop passes the scheme and {@link AddressPolicy}
 * check and, for pages, robots.txt; retries of transient failures; the per-host politeness delay;
 * the Content-Type check before any body is read; the body read under the cap and watched for
 * silence and the deadline ({@link WatchedRead}). Thread-safe: each fetch has its own Jsoup session
 * (which carries cookies across one fetch's hops, as browsers do, and no further).
 *
 * <p>The host is resolved once per hop and every address checked. The connection that follows
 * resolves the name again, but through the JVM's address cache (30 s by default), so it gets the
 * addresses just checked: a DNS answer that changes between check and connect (rebinding) does not
 * reach it. The one remaining gap is a JVM run with {@code networkaddress.cache.ttl=0}.
 */
final class Fetcher {

  /** What is fetched decides the checks: pages get robots.txt, politeness, retries, type checks. */
  enum Purpose {
    PAGE(10),
    ROBOTS(5);

    private final int maxRedirects;

    Purpose(int maxRedirects) {
      this.maxRedirects = maxRedirects;
    }
  }

  /**
   * A final answer (not a redirect).
   *
   * @param url the URL that gave it, after redirects
   * @param status the HTTP status
   * @param body the body when the status is 2xx, else null
   * @param problem for a non-2xx status, the status and what it asked, in words; else null
   */
  record Fetched(URI url, int status, String contentType, String charset, Body body, String problem) {}

  /** Name resolution, replaceable in tests. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

  private final SourceOptions options;
  private final AddressPolicy policy;
  private final Resolver resolver;
  private final HostThrottle throttle = new HostThrottle();
  private final RobotsTxt robots = new RobotsTxt();

  Fetcher(SourceOptions options, AddressPolicy policy, Resolver resolver) {
    this.options = options;
    this.policy = policy;
    this.resolver = resolver;
  }

  Fetched fetch(URI start, Purpose purpose, Deadline deadline)
      throws FetchFailure, InterruptedException {
    Connection session = Jsoup.newSession()
        .userAgent(options.userAgent())
        .header("Accept", ACCEPT)
        .maxBodySize(0) // unlimited in Jsoup: the cap is ours, and reported as truncation
        .ignoreHttpErrors(true)
        .ignoreContentType(true)
        .followRedirects(false);
    List<URI> chain = new ArrayList<>();
    URI current = start;
    while (true) {
      chain.add(current);
      admit(current, chain.size() > 1, purpose, deadline);
      Attempt attempt = send(session, current, purpose, deadline);
      Connection.Response response = attempt.response();
      int status = response.statusCode();
      String location = response.header("Location");
      if (status >= 300 && status < 400 && location != null && !location.isBlank()) {
        discard(response);
        if (chain.size() > purpose.maxRedirects) {
          throw new FetchFailure(redirectProblem(chain, purpose.maxRedirects));
        }
        current = Urls.resolve(current, location);
        continue;
      }
      if (status < 200 || status > 299) {
        discard(response);
        return new Fetched(current, status, response.contentType(), null, null,
            statusProblem(response, attempt.count()));
      }
      String refusal = purpose == Purpose.PAGE ? ContentTypes.refusal(response.contentType()) : null;
      if (refusal != null) {
        discard(response);
        throw new FetchFailure(refusal);
      }
      long cap = purpose == Purpose.PAGE ? options.maxBytes() : RobotsTxt.CAP;
      try (InputStream in = response.bodyStream()) {
        Body body = WatchedRead.read(in, cap, deadline, options.timeout());
        return new Fetched(current, status, response.contentType(), response.charset(), body, null);
      } catch (IOException | UncheckedIOException e) {
        throw new FetchFailure(FetchErrors.reason(e, options.timeout(), deadline), e);
      }
    }
  }

  /** The scheme, every address of the host, and for pages robots.txt, checked before connecting. */
  private void admit(URI uri, boolean redirected, Purpose purpose, Deadline deadline)
      throws FetchFailure, InterruptedException {
    String where = redirected ? "redirect to " + uri + " refused: " : "refused: ";
    String schemeProblem = AddressPolicy.schemeProblem(uri);
    if (schemeProblem != null) {
      throw new FetchFailure(where + schemeProblem);
    }
    String host = uri.getHost();
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchFailure((redirected ? "redirect to " + uri + ": " : "") + "unknown host " + host, e);
    }
    for (InetAddress address : addresses) {
      AddressPolicy.Refusal refusal = policy.refusal(address);
      if (refusal != null) {
        String literal = address.getHostAddress();
        String named = host.equals(literal) || host.equals("[" + literal + "]")
            ? host : host + " (" + literal + ")";
        throw new FetchFailure(where + named + " is " + refusal.description()
            + (refusal == AddressPolicy.Refusal.PRIVATE ? "; --allow-private-networks allows it" : ""));
      }
    }
    if (purpose == Purpose.PAGE && !options.ignoreRobots()) {
      String refusal = robots.refusal(uri, robotsUri -> fetch(robotsUri, Purpose.ROBOTS, deadline));
      if (refusal != null) {
        throw new FetchFailure((redirected ? "redirect to " + uri + " " : "") + refusal);
      }
    }
  }

  private record Attempt(Connection.Response response, int count) {}

  /** Sends one request, again after a transient failure while retries and the deadline allow. */
  private Attempt send(Connection session, URI uri, Purpose purpose, Deadline deadline)
      throws FetchFailure, InterruptedException {
    int retries = purpose == Purpose.PAGE ? options.retries() : 0;
    for (int made = 0; ; made++) {
      if (purpose == Purpose.PAGE) {
        deadline.extend(throttle.await(uri.getHost(), hostDelay(uri)));
      }
      if (deadline.passed()) {
        throw new FetchFailure(FetchErrors.deadline(deadline.budget()));
      }
      Connection.Response response;
      try {
        response = session.newRequest(uri.toASCIIString()).timeout(timeoutMillis(deadline)).execute();
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        Duration wait = Retries.backoff(options.backoff(), made);
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (made < retries && cause instanceof IOException io && Retries.isTransient(io)
            && deadline.allows(wait.toNanos())) {
          TimeUnit.NANOSECONDS.sleep(wait.toNanos());
          continue;
        }
        throw new FetchFailure(FetchErrors.reason(e, options.timeout(), deadline)
            + (made > 0 ? " after " + (made + 1) + " attempts" : ""), e);
      }
      if (made < retries && Retries.isRetryable(response.statusCode())) {
        Duration asked = Retries.retryAfter(response.header("Retry-After"), Instant.now());
        Duration wait = asked != null ? asked : Retries.backoff(options.backoff(), made);
        if (wait.compareTo(Retries.MAX_WAIT) <= 0 && deadline.allows(wait.toNanos())) {
          discard(response);
          TimeUnit.NANOSECONDS.sleep(wait.toNanos());
          continue;
        }
      }
      return new Attempt(response, made + 1);
    }
  }

  private Duration hostDelay(URI uri) {
    Duration crawlDelay = options.ignoreRobots() ? Duration.ZERO : robots.crawlDelay(uri);
    return crawlDelay.compareTo(options.hostDelay()) > 0 ? crawlDelay : options.hostDelay();
  }

  private int timeoutMillis(Deadline deadline) {
    long remaining = TimeUnit.NANOSECONDS.toMillis(deadline.remainingNanos());
    return (int) Math.max(1, Math.min(options.timeout().toMillis(), remaining));
  }

  private static String statusProblem(Connection.Response response, int attempts) {
    StringBuilder problem = new StringBuilder(FetchErrors.status(response.statusCode()));
    Duration asked = Retries.retryAfter(response.header("Retry-After"), Instant.now());
    if (asked != null && Retries.isRetryable(response.statusCode())) {
      problem.append(" (the server asks to retry after ").append(FetchErrors.seconds(asked)).append(')');
    }
    if (attempts > 1) {
      problem.append(" after ").append(attempts).append(" attempts");
    }
    return problem.toString();
  }

  private static String redirectProblem(List<URI> chain, int limit) {
    boolean loop = new LinkedHashSet<>(chain).size() < chain.size();
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(chain.size(), 4); i++) {
      shown.append(i == 0 ? "" : " -> ").append(chain.get(i));
    }
    return (loop ? "redirect loop" : "too many redirects (more than " + limit + ")")
        + ": " + shown + (chain.size() > 4 ? " -> ..." : "");
  }

  private static void discard(Connection.Response response) {
    try {
      response.bodyStream().close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to release, or already released
    }
  }
}

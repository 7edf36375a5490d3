package dev.newsimpact.source;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * The robots.txt rules of each origin (scheme, host, port), fetched once per run and kept, parsed
 * with crawler-commons for the product token {@code newsimpact}. What a failed fetch means follows
 * RFC 9309: a 4xx (no file) allows everything; a 5xx, a 429 or no answer at all means the site
 * cannot say, and we must assume it disallows everything. Thread-safe: concurrent callers for one
 * origin wait for a single fetch.
 */
final class RobotsTxt {
  static final String AGENT = "newsimpact";
  /** RFC 9309 asks crawlers to parse at least 500 KiB. */
  static final long CAP = 512 * 1024;
  /** Crawl-delay is honoured up to this; a site asking for minutes would stall a cron run. */
  static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(10);

  /** Fetches a robots.txt URL; the answer's status decides what it means. */
  interface Loader {
    Fetcher.Fetched load(URI robots) throws FetchFailure, InterruptedException;
  }

  /** The rules of one origin, or why there are none (then nothing is allowed). */
  private record Rules(BaseRobotRules rules, String unreachable) {}

  private final ConcurrentMap<String, CompletableFuture<Rules>> byOrigin = new ConcurrentHashMap<>();

  /** Null when robots.txt lets us fetch {@code page}, else why not. */
  String refusal(URI page, Loader loader) throws InterruptedException {
    URI robots = Urls.robots(page);
    Rules rules = rules(robots, loader);
    if (rules.unreachable() != null) {
      return rules.unreachable() + "; without it the site is taken to disallow everything"
          + " (--ignore-robots skips the check)";
    }
    if (!rules.rules().isAllowed(page.toString())) {
      return "disallowed by " + robots + " (--ignore-robots fetches it anyway)";
    }
    return null;
  }

  /** The Crawl-delay the origin of {@code page} asks for, capped; zero when none is known. */
  Duration crawlDelay(URI page) {
    CompletableFuture<Rules> known = byOrigin.get(origin(Urls.robots(page)));
    if (known == null || !known.isDone() || known.isCompletedExceptionally()) {
      return Duration.ZERO;
    }
    BaseRobotRules rules = known.join().rules();
    if (rules == null || rules.getCrawlDelay() <= 0) {
      return Duration.ZERO;
    }
    Duration asked = Duration.ofMillis(rules.getCrawlDelay());
    return asked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : asked;
  }

  private Rules rules(URI robots, Loader loader) throws InterruptedException {
    CompletableFuture<Rules> mine = new CompletableFuture<>();
    CompletableFuture<Rules> existing = byOrigin.putIfAbsent(origin(robots), mine);
    if (existing != null) {
      try {
        return existing.get();
      } catch (ExecutionException e) {
        return new Rules(null, "could not read " + robots + " (" + e.getCause().getMessage() + ")");
      }
    }
    Rules rules;
    try {
      rules = load(robots, loader);
    } catch (InterruptedException e) {
      byOrigin.remove(origin(robots), mine);
      mine.completeExceptionally(e);
      throw e;
    }
    mine.complete(rules);
    return rules;
  }

  private static Rules load(URI robots, Loader loader) throws InterruptedException {
    Fetcher.Fetched answer;
    try {
      answer = loader.load(robots);
    } catch (FetchFailure e) {
      return new Rules(null, e.getMessage() + " while fetching " + robots);
    }
    int status = answer.status();
    if (status >= 200 && status < 300) {
      SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
      parser.setMaxCrawlDelay(Long.MAX_VALUE); // we cap it ourselves instead of disallowing all
      return new Rules(parser.parseContent(robots.toString(), answer.body().bytes(),
          answer.contentType() == null ? "text/plain" : answer.contentType(), List.of(AGENT)), null);
    }
    if (status >= 400 && status < 500 && status != 429) {
      return new Rules(new SimpleRobotRulesParser().failedFetch(status), null);
    }
    return new Rules(null, robots + " answered " + answer.problem());
  }

  private static String origin(URI robots) {
    return robots.getScheme().toLowerCase(Locale.ROOT) + "://"
        + robots.getRawAuthority().toLowerCase(Locale.ROOT);
  }
}

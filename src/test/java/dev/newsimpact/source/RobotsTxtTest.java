package dev.newsimpact.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsimpact.testing.LoopbackServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** robots.txt as RFC 9309 reads it, served from 127.0.0.1. */
@Timeout(20)
class RobotsTxtTest {
  private static final String PAGE = "<html><body><p>Shares fell 5%.</p></body></html>";

  private final LoopbackServer server = new LoopbackServer();
  private final SourceOptions options = SourceOptions.defaults()
      .withTimeout(Duration.ofSeconds(3))
      .withAllowPrivateNetworks(true)
      .withHostDelay(Duration.ZERO)
      .withRetries(0, Duration.ZERO);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aDisallowedPageIsRefusedUnlessRobotsAreIgnored() throws InputException {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
        .page("/private/", "text/html", PAGE)
        .page("/public/", "text/html", PAGE);
    HttpSource source = new HttpSource(options);

    assertThatThrownBy(() -> source.read(Input.of(server.url("/private/story"))))
        .isInstanceOf(InputException.class)
        .hasMessage(server.url("/private/story") + ": disallowed by " + server.url("/robots.txt")
            + " (--ignore-robots fetches it anyway)");
    assertThat(server.hits("/private/story")).isZero();
    assertThat(source.read(Input.of(server.url("/public/story"))).bytes()).isNotEmpty();
    assertThat(new HttpSource(options.withIgnoreRobots(true))
        .read(Input.of(server.url("/private/story"))).bytes()).isNotEmpty();
  }

  @Test
  void rulesForOurOwnNameWinOverTheGeneralOnes() {
    server.page("/robots.txt", "text/plain",
            "User-agent: *\nAllow: /\n\nUser-agent: newsimpact\nDisallow: /\n")
        .page("/news/", "text/html", PAGE);
    assertThatThrownBy(() -> new HttpSource(options).read(Input.of(server.url("/news/a"))))
        .hasMessageContaining("disallowed by");
  }

  @Test
  void robotsTxtIsFetchedOncePerSite() throws InputException {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
        .page("/news/", "text/html", PAGE);
    HttpSource source = new HttpSource(options);
    for (int i = 0; i < 3; i++) {
      source.read(Input.of(server.url("/news/" + i)));
    }
    assertThat(server.hits("/robots.txt")).isEqualTo(1);
  }

  @Test
  void noRobotsTxtAllowsEverything() throws InputException {
    server.page("/news/", "text/html", PAGE);
    assertThat(new HttpSource(options).read(Input.of(server.url("/news/a"))).bytes()).isNotEmpty();
    assertThat(server.hits("/robots.txt")).isZero(); // no route: the server's own 404
  }

  @Test
  void aFailingRobotsTxtMeansTheSiteCannotSaySoNothingIsFetched() {
    server.page("/robots.txt", 503, "text/plain", "busy".getBytes(UTF_8))
        .page("/news/", "text/html", PAGE);
    assertThatThrownBy(() -> new HttpSource(options).read(Input.of(server.url("/news/a"))))
        .hasMessage(server.url("/news/a") + ": " + server.url("/robots.txt")
            + " answered HTTP 503 Service Unavailable; without it the site is taken to disallow"
            + " everything (--ignore-robots skips the check)");
    assertThat(server.hits("/news/a")).isZero();
  }

  @Test
  void aRedirectIntoADisallowedPathIsRefused() {
    server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
        .redirect("/short/", 301, "/private/story")
        .page("/private/", "text/html", PAGE);
    assertThatThrownBy(() -> new HttpSource(options).read(Input.of(server.url("/short/x"))))
        .hasMessage(server.url("/short/x") + ": redirect to " + server.url("/private/story")
            + " disallowed by " + server.url("/robots.txt") + " (--ignore-robots fetches it anyway)");
  }

  @Test
  void crawlDelayWidensTheGapBetweenRequests() throws InputException {
    server.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n")
        .page("/news/", "text/html", PAGE);
    HttpSource source = new HttpSource(options);
    source.read(Input.of(server.url("/news/a")));
    long start = System.nanoTime();
    source.read(Input.of(server.url("/news/b")));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(800));
  }
}

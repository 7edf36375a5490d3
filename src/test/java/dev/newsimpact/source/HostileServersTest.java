package dev.newsimpact.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsimpact.testing.LoopbackServer;
import dev.newsimpact.testing.RawSocketServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Servers that misbehave, each on 127.0.0.1: every case must end in a clear error or a correct
 * document, quickly. The class-wide timeout turns a hang into a failure instead of a stuck build.
 */
@Timeout(20)
class HostileServersTest {
  private static final String PAGE = "<html><body><p>Shares fell 5%.</p></body></html>";

  private final LoopbackServer server = new LoopbackServer();
  private final SourceOptions options = SourceOptions.defaults()
      .withTimeout(Duration.ofSeconds(2))
      .withDeadline(Duration.ofSeconds(5))
      .withAllowPrivateNetworks(true)
      .withHostDelay(Duration.ZERO)
      .withRetries(2, Duration.ofMillis(50));

  /** The JDK's HTTP client takes a second or two to start; the timings below are about us. */
  @BeforeAll
  static void warmUp() throws InputException {
    try (LoopbackServer warm = new LoopbackServer()) {
      warm.page("/", "text/html", PAGE);
      new HttpSource(SourceOptions.defaults().withAllowPrivateNetworks(true)).read(Input.of(warm.url("/")));
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aServerThatNeverAnswersTimesOut() {
    try (RawSocketServer silent = new RawSocketServer(RawSocketServer.silent())) {
      assertFailsQuickly(() -> read(silent.url("/x"), pagesOnly().withTimeout(Duration.ofMillis(300))),
          silent.url("/x") + ": no answer within 300 ms (timed out)", Duration.ofSeconds(3));
    }
  }

  @Test
  void aServerThatSendsHeadersThenNothingIsCutOffByTheTimeout() {
    try (RawSocketServer half = new RawSocketServer((in, out) -> {
      in.read(new byte[8192]);
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<p>Sha")
          .getBytes(UTF_8));
      out.flush();
      LoopbackServer.sleep(60_000);
    })) {
      assertFailsQuickly(() -> read(half.url("/x"), pagesOnly().withTimeout(Duration.ofMillis(400))),
          "the server stopped sending for 400 ms (timed out)", Duration.ofSeconds(3));
    }
  }

  @Test
  void headersDrippedByteByByteStopAtTheDeadline() {
    byte[] head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaa\r\n"
        .getBytes(UTF_8);
    try (RawSocketServer drip = new RawSocketServer((in, out) -> {
      in.read(new byte[8192]);
      for (byte b : head) {
        out.write(b);
        out.flush();
        LoopbackServer.sleep(100);
      }
    })) {
      assertFailsQuickly(() -> read(drip.url("/x"), pagesOnly().withDeadline(Duration.ofMillis(800))),
          "gave up after the 800 ms deadline", Duration.ofSeconds(3));
    }
  }

  @Test
  void aBodyDrippedByteByByteStopsAtTheDeadline() {
    server.route("/drip", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write('x');
          out.flush();
          LoopbackServer.sleep(100);
        }
      }
    });
    assertFailsQuickly(() -> read(server.url("/drip"), options.withDeadline(Duration.ofMillis(1500))),
        "gave up after the 1500 ms deadline", Duration.ofSeconds(4));
  }

  @Test
  void aRedirectLoopIsNamedAsOne() {
    server.redirect("/a", 302, "/b").redirect("/b", 301, server.url("/a"));
    assertThatThrownBy(() -> read(server.url("/a"), options))
        .hasMessageStartingWith(server.url("/a") + ": redirect loop: " + server.url("/a") + " -> "
            + server.url("/b") + " -> " + server.url("/a"));
  }

  @Test
  void redirectsStopAfterTen() throws InputException {
    server.route("/hop/", exchange -> {
      int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(5));
      if (n == 10) {
        LoopbackServer.send(exchange, 200, "text/html", PAGE.getBytes(UTF_8));
      } else {
        exchange.getResponseHeaders().add("Location", "/hop/" + (n + 1));
        exchange.sendResponseHeaders(307, -1);
      }
    });
    assertThat(read(server.url("/hop/0"), options).url()).isEqualTo(server.url("/hop/10"));
    assertThatThrownBy(() -> read(server.url("/hop/-1"), options))
        .hasMessageContaining("too many redirects (more than 10)");
  }

  @Test
  void withoutTheOptInLoopbackIsRefusedBeforeAnyRequest() {
    server.page("/page", "text/html", PAGE);
    assertThatThrownBy(() -> read(server.url("/page"), options.withAllowPrivateNetworks(false)))
        .isInstanceOf(InputException.class)
        .hasMessage(server.url("/page") + ": refused: 127.0.0.1 is a private or local network"
            + " address; --allow-private-networks allows it");
    assertThat(server.hits("/page")).isZero();
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedOnThatHop() {
    server.redirect("/to-intranet", 302, "http://10.1.2.3/admin")
        .redirect("/to-router", 302, "http://router.example/")
        .redirect("/to-mapped", 302, "http://[::ffff:192.168.0.1]/");
    HttpSource loopbackOnly = new HttpSource(options,
        new AddressPolicy(InetAddress::isLoopbackAddress), fakeDns("router.example", "192.168.1.1"));

    assertThatThrownBy(() -> loopbackOnly.read(Input.of(server.url("/to-intranet"))))
        .hasMessage(server.url("/to-intranet") + ": redirect to http://10.1.2.3/admin refused:"
            + " 10.1.2.3 is a private or local network address; --allow-private-networks allows it");
    assertThatThrownBy(() -> loopbackOnly.read(Input.of(server.url("/to-router"))))
        .hasMessageContaining("redirect to http://router.example/ refused: router.example (192.168.1.1)"
            + " is a private or local network address");
    assertThatThrownBy(() -> loopbackOnly.read(Input.of(server.url("/to-mapped"))))
        .hasMessageContaining("is a private or local network address");
  }

  @Test
  void metadataServicesAndOtherSchemesStayRefusedEvenWithTheOptIn() {
    server.redirect("/meta", 302, "http://169.254.169.254/latest/meta-data/")
        .redirect("/file", 302, "file:///etc/passwd");
    assertThatThrownBy(() -> read(server.url("/meta"), options))
        .hasMessageEndingWith("refused: 169.254.169.254 is a cloud metadata service address");
    assertThatThrownBy(() -> read(server.url("/file"), options))
        .hasMessageEndingWith("redirect to file:///etc/passwd refused: a file: URL (only http and https"
            + " are fetched)");
  }

  @Test
  void tooManyRequestsIsRetriedAfterTheRetryAfterDelay() throws InputException {
    AtomicInteger calls = new AtomicInteger();
    server.route("/busy", exchange -> {
      if (calls.incrementAndGet() == 1) {
        exchange.getResponseHeaders().add("Retry-After", "1");
        LoopbackServer.send(exchange, 429, "text/plain", "slow down".getBytes(UTF_8));
      } else {
        LoopbackServer.send(exchange, 200, "text/html", PAGE.getBytes(UTF_8));
      }
    });
    long start = System.nanoTime();
    RawDocument doc = read(server.url("/busy"), options);
    assertThat(new String(doc.bytes(), UTF_8)).isEqualTo(PAGE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void aRetryAfterBeyondOurPatienceFailsAtOnceAndSaysSo() {
    server.route("/down", exchange -> {
      exchange.getResponseHeaders().add("Retry-After", "3600");
      LoopbackServer.send(exchange, 503, "text/plain", "maintenance".getBytes(UTF_8));
    });
    assertFailsQuickly(() -> read(server.url("/down"), options),
        server.url("/down") + ": HTTP 503 Service Unavailable (the server asks to retry after 3600 s)",
        Duration.ofSeconds(2));
    assertThat(server.hits("/down")).isEqualTo(1);
  }

  @Test
  void gatewayErrorsAreRetriedWithBackoffThenReported() {
    server.page("/gateway", 502, "text/plain", "bad gateway".getBytes(UTF_8));
    assertThatThrownBy(() -> read(server.url("/gateway"), options))
        .hasMessage(server.url("/gateway") + ": HTTP 502 Bad Gateway after 3 attempts");
    assertThat(server.hits("/gateway")).isEqualTo(3);
  }

  @Test
  void notFoundIsNotRetried() {
    server.page("/gone", 404, "text/html", "nope".getBytes(UTF_8));
    assertThatThrownBy(() -> read(server.url("/gone"), options))
        .hasMessage(server.url("/gone") + ": HTTP 404 Not Found");
    assertThat(server.hits("/gone")).isEqualTo(1);
  }

  @Test
  void anEndlessBodyIsCutAtTheCap() throws InputException {
    server.route("/endless", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = "<p>Shares fell 5% on Tuesday.</p>\n".repeat(1000).getBytes(UTF_8);
      try (OutputStream out = exchange.getResponseBody()) {
        while (true) {
          out.write(chunk);
        }
      }
    });
    RawDocument doc = read(server.url("/endless"), options.withMaxBytes(1_000_000));
    assertThat(doc.bytes()).hasSize(1_000_000);
    assertThat(doc.truncated()).isTrue();
  }

  @Test
  void aGzipBombInContentEncodingIsBoundedByTheCap() throws InputException {
    byte[] bomb = LoopbackServer.gzip("<p>Shares fell.</p>".repeat(5_000_000).getBytes(UTF_8));
    server.route("/bomb", exchange -> {
      exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      LoopbackServer.send(exchange, 200, "text/html", bomb);
    });
    assertThat(bomb.length).isLessThan(1_000_000);
    RawDocument doc = read(server.url("/bomb"), options.withMaxBytes(2_000_000));
    assertThat(doc.bytes()).hasSize(2_000_000);
    assertThat(doc.truncated()).isTrue();
  }

  @Test
  void aPdfIsRefusedByItsContentType() {
    byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(UTF_8);
    server.page("/report.pdf", 200, "application/pdf", pdf)
        .page("/chart.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThatThrownBy(() -> read(server.url("/report.pdf"), options))
        .hasMessage(server.url("/report.pdf")
            + ": not an HTML or text page but a PDF document (Content-Type application/pdf)");
    assertThatThrownBy(() -> read(server.url("/chart.png"), options))
        .hasMessageContaining("but an image (Content-Type image/png)");
  }

  @Test
  void plainTextAndAnEmptyPageAreRead() throws InputException {
    server.page("/note.txt", "text/plain; charset=utf-8", "Shares fell 5%.")
        .page("/empty", 200, "text/html", new byte[0]);
    assertThat(new String(read(server.url("/note.txt"), options).bytes(), UTF_8))
        .isEqualTo("Shares fell 5%.");
    RawDocument empty = read(server.url("/empty"), options);
    assertThat(empty.bytes()).isEmpty();
    assertThat(empty.truncated()).isFalse();
  }

  @Test
  void aRefusedConnectionIsRetriedThenNamed() {
    LoopbackServer closed = new LoopbackServer();
    String dead = closed.url("/page");
    closed.close();
    assertThatThrownBy(() -> read(dead, pagesOnly()))
        .hasMessageStartingWith(dead + ": could not connect")
        .hasMessageEndingWith("after 3 attempts");
    assertThatThrownBy(() -> read(dead, options))
        .hasMessageStartingWith(dead + ": could not connect")
        .hasMessageContaining("while fetching " + closed.url("/robots.txt"));
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelay() throws InputException {
    server.page("/page", "text/html", PAGE);
    HttpSource polite = new HttpSource(options.withHostDelay(Duration.ofMillis(400)));
    long start = System.nanoTime();
    polite.read(Input.of(server.url("/page")));
    polite.read(Input.of(server.url("/page")));
    polite.read(Input.of(server.url("/page")));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(790));
  }

  /** These servers answer robots.txt as they answer everything; here only the page matters. */
  private SourceOptions pagesOnly() {
    return options.withIgnoreRobots(true);
  }

  private static RawDocument read(String url, SourceOptions with) throws InputException {
    return new HttpSource(with).read(Input.of(url));
  }

  private static void assertFailsQuickly(ThrowingCallable call, String message, Duration within) {
    long start = System.nanoTime();
    assertThatThrownBy(call).isInstanceOf(InputException.class).hasMessageEndingWith(message);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(within);
  }

  /** Resolves {@code name} to {@code address}, everything else as the system does. */
  private static Fetcher.Resolver fakeDns(String name, String address) {
    return host -> host.equals(name)
        ? new InetAddress[] {InetAddress.getByAddress(name, toBytes(address))}
        : InetAddress.getAllByName(host);
  }

  private static byte[] toBytes(String dotted) {
    int[] parts = Arrays.stream(dotted.split("\\.")).mapToInt(Integer::parseInt).toArray();
    return new byte[] {(byte) parts[0], (byte) parts[1], (byte) parts[2], (byte) parts[3]};
  }
}

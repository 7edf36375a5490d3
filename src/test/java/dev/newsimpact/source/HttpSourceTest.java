package dev.newsimpact.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every test talks to a server on 127.0.0.1 that this class starts and stops. */
class HttpSourceTest {
  private static final String PAGE = "<html><body><p>Shares fell 5%.</p></body></html>";

  private HttpServer server;
  private ExecutorService threads;
  private final AtomicReference<String> userAgent = new AtomicReference<>();
  private final SourceOptions options =
      SourceOptions.defaults().withTimeout(Duration.ofSeconds(5)).withDeadline(Duration.ofSeconds(10))
          .withAllowPrivateNetworks(true).withHostDelay(Duration.ZERO)
          .withRetries(2, Duration.ofMillis(50));

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/page", exchange -> {
      userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
      send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(UTF_8));
    });
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/page");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/missing", exchange -> send(exchange, 404, "text/html", "nope".getBytes(UTF_8)));
    server.createContext("/slow", exchange -> {
      sleep(3_000);
      send(exchange, 200, "text/html", PAGE.getBytes(UTF_8));
    });
    server.createContext("/drip", drip());
    server.createContext("/big", exchange -> send(exchange, 200, "text/plain", new byte[3_000_000]));
    server.createContext("/article.gz", exchange ->
        send(exchange, 200, "application/gzip", gzip(PAGE.getBytes(UTF_8))));
    server.createContext("/bomb", exchange ->
        send(exchange, 200, "application/octet-stream", gzip(new byte[50_000_000])));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  @Test
  void fetchesAPageWithItsHeadersAndOurUserAgent() throws InputException {
    RawDocument doc = read("/page", options);

    assertThat(new String(doc.bytes(), UTF_8)).isEqualTo(PAGE);
    assertThat(doc.contentType()).startsWith("text/html");
    assertThat(doc.charset()).isEqualToIgnoringCase("utf-8");
    assertThat(doc.url()).isEqualTo(url("/page"));
    assertThat(doc.truncated()).isFalse();
    assertThat(userAgent.get()).matches("newsimpact/\\S+ \\(\\+https://github.com/newsimpact\\)");
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() throws InputException {
    RawDocument doc = read("/moved", options);

    assertThat(doc.url()).isEqualTo(url("/page"));
    assertThat(doc.input().source()).isEqualTo(url("/moved"));
  }

  @Test
  void non2xxStatusIsAnErrorNamingTheUrlAndStatus() {
    assertThatThrownBy(() -> read("/missing", options))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url("/missing") + ": ")
        .hasMessageContaining("HTTP 404");
  }

  @Test
  void silentServerHitsTheTimeout() {
    SourceOptions quick = options.withTimeout(Duration.ofMillis(300));
    long start = System.nanoTime();

    assertThatThrownBy(() -> read("/slow", quick))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void drippingServerStopsAtTheDeadline() {
    SourceOptions quick = options.withDeadline(Duration.ofMillis(700));
    long start = System.nanoTime();

    assertThatThrownBy(() -> read("/drip", quick))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url("/drip") + ": ")
        .hasMessageNotContaining("Exception");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void oversizeBodyIsCutAtTheCapAndMarkedTruncated() throws InputException {
    RawDocument doc = read("/big", options.withMaxBytes(1_000_000));

    assertThat(doc.bytes()).hasSize(1_000_000);
    assertThat(doc.truncated()).isTrue();
  }

  @Test
  void gzipBodyIsDecompressedByItsMagicBytes() throws InputException {
    RawDocument doc = read("/article.gz", options);

    assertThat(new String(doc.bytes(), UTF_8)).isEqualTo(PAGE);
    assertThat(doc.truncated()).isFalse();
  }

  @Test
  void gzipBombIsBoundedByTheCap() throws InputException {
    RawDocument doc = read("/bomb", options.withMaxBytes(1_000_000));

    assertThat(doc.bytes()).hasSize(1_000_000);
    assertThat(doc.truncated()).isTrue();
  }

  @Test
  void refusedConnectionNamesTheUrl() throws IOException {
    int port = server.getAddress().getPort();
    server.stop(0);
    String dead = "http://127.0.0.1:" + port + "/page";

    assertThatThrownBy(() -> new HttpSource(options).read(Input.of(dead)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dead + ": ");
  }

  private RawDocument read(String path, SourceOptions with) throws InputException {
    return new DefaultDocumentSource(with, InputStreamStub.EMPTY).read(Input.of(url(path)));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static HttpHandler drip() {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 50; i++) {
          out.write('x');
          out.flush();
          sleep(100);
        }
      } catch (IOException clientGone) {
        // expected: the client gives up first
      }
    };
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    } catch (IOException clientGone) {
      // the client may stop reading at its cap
    }
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    }
    return bytes.toByteArray();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

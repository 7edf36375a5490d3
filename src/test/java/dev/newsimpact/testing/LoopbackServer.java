package dev.newsimpact.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * The JDK's HTTP server on 127.0.0.1 and a free port, for tests that fetch: routes by path
 * prefix, counts the requests each path received, and stops with {@link #close()}. Nothing here
 * reaches beyond the loopback interface.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  public LoopbackServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.start();
  }

  /** Serves {@code path} (and everything under it) with {@code handler}. */
  public LoopbackServer route(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
      try {
        handler.handle(exchange);
      } catch (IOException clientGone) {
        // the client may stop reading at its cap or deadline
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  /** Serves a fixed body with a status and Content-Type. */
  public LoopbackServer page(String path, int status, String contentType, byte[] body) {
    return route(path, exchange -> send(exchange, status, contentType, body));
  }

  public LoopbackServer page(String path, String contentType, String body) {
    return page(path, 200, contentType, body.getBytes(UTF_8));
  }

  /** Answers {@code path} with a redirect of {@code status} to {@code location}. */
  public LoopbackServer redirect(String path, int status, String location) {
    return route(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(status, -1);
    });
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How many requests {@code path} received. */
  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  public static byte[] gzip(byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

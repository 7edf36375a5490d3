package dev.newsimpact.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server on 127.0.0.1 that does whatever a test scripts on each connection, for what a real
 * HTTP server would not do: never answer, answer half, drip the headers. Closes every socket it
 * accepted on {@link #close()}.
 */
public final class RawSocketServer implements AutoCloseable {

  /** What to do with one accepted connection; the request has not been read. */
  public interface Script {
    void run(InputStream in, OutputStream out) throws IOException;
  }

  private final ServerSocket listener;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();

  public RawSocketServer(Script script) {
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(() -> {
      while (!listener.isClosed()) {
        try {
          Socket socket = listener.accept();
          accepted.add(socket);
          Thread worker = new Thread(() -> {
            try {
              script.run(socket.getInputStream(), socket.getOutputStream());
            } catch (IOException clientGone) {
              // the client gave up, as it should
            }
          }, "raw-socket-worker");
          worker.setDaemon(true);
          worker.start();
        } catch (IOException closed) {
          return;
        }
      }
    }, "raw-socket-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Never answers: reads the request and holds the connection open. */
  public static Script silent() {
    return (in, out) -> {
      in.read(new byte[8192]);
      LoopbackServer.sleep(60_000);
    };
  }

  public String url(String path) {
    return "http://127.0.0.1:" + listener.getLocalPort() + path;
  }

  @Override
  public void close() {
    try {
      listener.close();
      for (Socket socket : accepted) {
        socket.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

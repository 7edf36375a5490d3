package dev.newsimpact.spark;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Writes small WARC 1.1 files by hand, the way crawlers write them: each record its own gzip member
 * when compressed, so that offsets address records. Written without the WARC library the job reads
 * with, so a test does not take the reader's own view of the format for granted.
 */
final class WarcFixture {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzip;
  private final List<Long> offsets = new ArrayList<>();

  WarcFixture(boolean gzip) {
    this.gzip = gzip;
  }

  WarcFixture warcinfo() {
    return record("warcinfo", null, "application/warc-fields",
        "software: newsimpact tests\r\nformat: WARC File Format 1.1\r\n".getBytes(UTF_8));
  }

  WarcFixture request(String uri) {
    String http = "GET " + uri.replaceFirst("^https?://[^/]+", "") + " HTTP/1.1\r\nHost: "
        + uri.replaceFirst("^https?://([^/]+).*", "$1") + "\r\n\r\n";
    return record("request", uri, "application/http;msgtype=request", http.getBytes(ISO_8859_1));
  }

  /** A response record holding an HTTP response with this status, Content-Type and body. */
  WarcFixture response(String uri, int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + " Whatever\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    return record("response", uri, "application/http;msgtype=response",
        concat(head.getBytes(ISO_8859_1), body));
  }

  /** A response record whose block is {@code block} as it is, HTTP message or not. */
  WarcFixture raw(String uri, byte[] block) {
    return record("response", uri, "application/http;msgtype=response", block);
  }

  /** The offset at which each record starts, in the order written. */
  List<Long> offsets() {
    return List.copyOf(offsets);
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  private WarcFixture record(String type, String uri, String contentType, byte[] block) {
    offsets.add((long) out.size());
    StringBuilder head = new StringBuilder();
    head.append("WARC/1.1\r\n");
    head.append("WARC-Type: ").append(type).append("\r\n");
    head.append("WARC-Record-ID: <urn:uuid:")
        .append(UUID.nameUUIDFromBytes((type + uri + offsets.size()).getBytes(UTF_8)))
        .append(">\r\n");
    head.append("WARC-Date: 2026-07-02T10:00:00Z\r\n");
    if (uri != null) {
      head.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    head.append("Content-Type: ").append(contentType).append("\r\n");
    head.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    byte[] record = concat(head.toString().getBytes(UTF_8), block, "\r\n\r\n".getBytes(UTF_8));
    try {
      if (gzip) {
        try (OutputStream member = new GZIPOutputStream(new NonClosing(out))) {
          member.write(record);
        }
      } else {
        out.write(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      joined.writeBytes(part);
    }
    return joined.toByteArray();
  }

  /** Lets a gzip member finish without closing the file it is written into. */
  private static final class NonClosing extends OutputStream {
    private final OutputStream target;

    NonClosing(OutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      target.write(b, off, len);
    }

    @Override
    public void close() {
      // the file goes on
    }
  }
}

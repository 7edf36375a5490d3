package dev.newsimpact.spark;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The web pages of a WARC (or ARC) file, gzip-compressed or not: every {@code response} record that
 * holds a successful (2xx) HTTP response with an HTML or XHTML body. Requests, metadata, revisits,
 * redirects, errors, images and the like are passed over. The only jwarc user.
 *
 * <p>A page's source is {@code NAME@OFFSET}, the byte offset of its record in the file, which is how
 * CDX indexes and WARC tools address a record. Bodies are decoded from their Content-Encoding and cut
 * at {@code maxBytes}. A damaged HTTP message costs its record; a damaged WARC record ends the
 * file, since the records after it cannot be found. Reads lazily, one record at a time; not
 * thread-safe.
 */
final class WarcPages implements Iterator<ArticleInput.WebPage>, Closeable {

  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml");

  private final String name;
  private final WarcReader reader;
  private final long maxBytes;
  private final Consumer<String> onBadRecord;
  private ArticleInput.WebPage pending;
  private boolean done;

  /**
   * {@code in} is closed by {@link #close()}; {@code onBadRecord} hears of each response passed
   * over because its HTTP message is unreadable, in a sentence that names it.
   */
  WarcPages(String name, InputStream in, long maxBytes, Consumer<String> onBadRecord)
      throws IOException {
    this.name = name;
    this.reader = new WarcReader(in);
    this.maxBytes = maxBytes;
    this.onBadRecord = onBadRecord;
  }

  @Override
  public boolean hasNext() {
    try {
      while (pending == null && !done) {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          done = true;
        } else if (record.get() instanceof WarcResponse response) {
          pending = pageOrSkip(response);
        }
      }
    } catch (IOException e) {
      done = true;
      throw new UncheckedIOException(
          name + ": unreadable WARC record after offset " + reader.position() + " (" + e.getMessage()
              + ")", e);
    }
    return pending != null;
  }

  @Override
  public ArticleInput.WebPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ArticleInput.WebPage page = pending;
    pending = null;
    return page;
  }

  /**
   * A response whose HTTP message cannot be read (a crawler's damaged capture) is reported and
   * passed over: the WARC record around it is intact, so the file goes on.
   */
  private ArticleInput.WebPage pageOrSkip(WarcResponse response) {
    try {
      return page(response);
    } catch (IOException | RuntimeException e) {
      onBadRecord.accept(name + "@" + response.position() + ": unreadable HTTP response ("
          + e.getMessage() + ")");
      return null;
    }
  }

  /** The page of a response record, or null when the record holds no successful HTML response. */
  private ArticleInput.WebPage page(WarcResponse response) throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return null;
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    if (http.status() < 200 || http.status() > 299
        || !PAGE_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
      return null;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    boolean truncated;
    try (InputStream in = http.bodyDecoded().stream()) {
      truncated = copyAtMost(in, body, maxBytes);
    }
    return new ArticleInput.WebPage(name + "@" + response.position(), response.target(),
        body.toByteArray(), type.base().toString(), type.parameters().get("charset"), truncated);
  }

  /** Copies up to {@code limit} bytes; true when there was more. */
  private static boolean copyAtMost(InputStream in, ByteArrayOutputStream out, long limit)
      throws IOException {
    byte[] buffer = new byte[8192];
    long left = limit;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, left + 1))) != -1) {
      if (n > left) {
        out.write(buffer, 0, (int) left);
        return true;
      }
      out.write(buffer, 0, n);
      left -= n;
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}

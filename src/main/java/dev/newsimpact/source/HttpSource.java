package dev.newsimpact.source;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Fetches an http(s) URL as a page. Thread-safe; one instance per run, because it keeps what must be
 * shared across a run's fetches: each host's politeness slot and each origin's robots.txt.
 *
 * <p>What it guarantees, whatever the server does: no address outside {@link AddressPolicy}, on any
 * hop; at most 10 redirects; no page robots.txt disallows unless told to ignore it; no body of a
 * non-text Content-Type; at most {@link SourceOptions#maxBytes()} bytes after decompression (gzip
 * bombs included); nothing longer than {@link SourceOptions#deadline()} plus politeness waits. Every
 * failure is an {@link InputException} naming the URL and the reason in words. See {@link Fetcher}.
 */
public final class HttpSource implements DocumentSource {
  private final SourceOptions options;
  private final Fetcher fetcher;

  public HttpSource(SourceOptions options) {
    this(options, new AddressPolicy(options.allowPrivateNetworks()), InetAddress::getAllByName);
  }

  /** With another address policy and resolver: tests that need loopback but not the rest. */
  HttpSource(SourceOptions options, AddressPolicy policy, Fetcher.Resolver resolver) {
    this.options = Objects.requireNonNull(options, "options");
    this.fetcher = new Fetcher(options, policy, resolver);
  }

  @Override
  public RawDocument read(Input input) throws InputException {
    String source = input.source();
    Deadline deadline = new Deadline(options.deadline());
    try {
      Fetcher.Fetched page = fetcher.fetch(Urls.parse(source), Fetcher.Purpose.PAGE, deadline);
      if (page.body() == null) {
        throw new InputException(source + ": " + page.problem());
      }
      Body body = Gzip.inflateIfGzip(page.body(), options.maxBytes());
      return new RawDocument(input, body.bytes(), page.contentType(), page.charset(),
          page.url().toString(), body.truncated());
    } catch (FetchFailure e) {
      throw new InputException(source + ": " + e.getMessage(), e);
    } catch (ZipException e) {
      throw new InputException(source + ": corrupt gzip data", e);
    } catch (IOException e) {
      throw new InputException(source + ": could not decompress (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(source + ": interrupted", e);
    }
  }
}

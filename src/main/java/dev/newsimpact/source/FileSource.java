package dev.newsimpact.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.ZipException;

/**
 * Reads a local file, decompressing gzip by content. Thread-safe (holds only its options).
 *
 * <p>The checks before reading exist for the error message: "no such file" and "is a directory" are
 * what a user needs to see, not a Java exception class name.
 */
public final class FileSource implements DocumentSource {
  private final SourceOptions options;

  public FileSource(SourceOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public RawDocument read(Input input) throws InputException {
    Path path;
    try {
      path = Path.of(input.source());
    } catch (InvalidPathException e) {
      throw new InputException(input.source() + ": not a valid file path", e);
    }
    if (Files.isDirectory(path)) {
      throw new InputException(input.source() + ": is a directory, not a file");
    }
    if (!Files.exists(path)) {
      throw new InputException(input.source() + ": no such file");
    }
    if (!Files.isReadable(path)) {
      throw new InputException(input.source() + ": permission denied (the file is not readable)");
    }
    try (InputStream in = Files.newInputStream(path)) {
      Body body = Gzip.inflateIfGzip(BoundedRead.read(in, options.maxBytes()), options.maxBytes());
      return new RawDocument(input, body.bytes(), null, null, null, body.truncated());
    } catch (ZipException e) {
      throw new InputException(input.source() + ": corrupt gzip data", e);
    } catch (NoSuchFileException e) {
      throw new InputException(input.source() + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(input.source() + ": permission denied (the file is not readable)", e);
    } catch (IOException e) {
      throw new InputException(input.source() + ": could not read the file (" + e.getMessage() + ")", e);
    }
  }
}

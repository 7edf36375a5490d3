package dev.newsimpact.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * A directory of files derived from CoreNLP's models that load faster than the models themselves
 * (the launcher gives its {@code target/}). Each file has a sidecar, {@code NAME.stamp}, holding
 * the stamp of what it was derived from (the model entry's checksum and size in the models jar, the
 * CoreNLP version, the format), its length and its CRC-32: a file is used only when its sidecar
 * matches the stamp asked for and the file its checksum, so a cache made from another model, by
 * another format or cut short is never read. Files and sidecars are written through temporary
 * files and renames; a file whose sidecar is missing or stale is written again.
 */
final class ModelCache {

  /** The system property naming the cache directory; without it nothing is cached. */
  static final String PROPERTY = "newsimpact.cache";

  private final Path dir;

  ModelCache(Path dir) {
    this.dir = dir;
  }

  /** The directory the system property names, or null. */
  static ModelCache configured() {
    String dir = System.getProperty(PROPERTY);
    return dir == null || dir.isBlank() ? null : new ModelCache(Path.of(dir));
  }

  Path file(String name) {
    return dir.resolve(name);
  }

  /** Something that writes a file's content. */
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code name} and its sidecar.
   *
   * @return the file's CRC-32
   */
  long write(String name, String stamp, Body body) throws IOException {
    Files.createDirectories(dir);
    Path file = file(name);
    Path temp = temporary(file);
    Path stampFile = file(name + ".stamp");
    Path stampTemp = temporary(stampFile);
    try {
      CRC32 crc = new CRC32();
      long[] length = {0};
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        // The body may close the stream it is given; the file is closed here, once.
        body.writeTo(new FilterOutputStream(out) {
          @Override
          public void write(int b) throws IOException {
            out.write(b);
            crc.update(b);
            length[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            crc.update(b, off, len);
            length[0] += len;
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        });
      }
      Properties sidecar = new Properties();
      sidecar.setProperty("stamp", stamp);
      sidecar.setProperty("length", Long.toString(length[0]));
      sidecar.setProperty("crc", Long.toString(crc.getValue()));
      try (Writer writer = Files.newBufferedWriter(stampTemp, StandardCharsets.UTF_8)) {
        sidecar.store(writer, null);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.move(stampTemp, stampFile, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return crc.getValue();
    } finally {
      Files.deleteIfExists(temp);
      Files.deleteIfExists(stampTemp);
    }
  }

  /**
   * The content of a file and its CRC-32.
   *
   * @param bytes the file, mapped read-only
   * @param crc its CRC-32, which also tells one content from another
   */
  record Content(ByteBuffer bytes, long crc) {}

  /**
   * The content of {@code name} when it and its sidecar match {@code stamp}.
   *
   * @throws IOException when the file is missing, stale or damaged
   */
  Content read(String name, String stamp) throws IOException {
    Properties sidecar = new Properties();
    try (Reader reader = Files.newBufferedReader(file(name + ".stamp"), StandardCharsets.UTF_8)) {
      sidecar.load(reader);
    }
    if (!stamp.equals(sidecar.getProperty("stamp"))) {
      throw new IOException(name + " was made from something else");
    }
    ByteBuffer bytes;
    try (FileChannel channel = FileChannel.open(file(name), StandardOpenOption.READ)) {
      bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
    CRC32 crc = new CRC32();
    crc.update(bytes.duplicate());
    if (!Long.toString(bytes.limit()).equals(sidecar.getProperty("length"))
        || !Long.toString(crc.getValue()).equals(sidecar.getProperty("crc"))) {
      throw new IOException(name + " is damaged");
    }
    return new Content(bytes, crc.getValue());
  }

  /**
   * What identifies a model resource on the class path: its entry's checksum and size in its jar
   * and the CoreNLP version; null when it cannot be told (then nothing derived from it is cached).
   */
  static String stamp(String resource) {
    URL url = ModelCache.class.getClassLoader().getResource(resource);
    if (url == null) {
      return null;
    }
    try {
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        return null;
      }
      JarEntry entry = jar.getJarEntry();
      if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
        return null;
      }
      return resource + " crc=" + Long.toHexString(entry.getCrc()) + " size=" + entry.getSize()
          + " corenlp=" + StanfordCoreNLP.class.getPackage().getImplementationVersion();
    } catch (IOException e) {
      return null;
    }
  }

  private static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
  }
}

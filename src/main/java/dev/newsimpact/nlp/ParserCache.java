package dev.newsimpact.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.jar.JarEntry;

/**
 * Where the parser's weights are cached ({@link ParserWeights#write}) and what they were made from.
 * The cache lives in the directory named by the system property {@value #PROPERTY} (the launcher
 * gives its {@code target/}); without the property nothing is cached. Its stamp names the model
 * entry's checksum and size in the models jar and the CoreNLP version, so a cache made from another
 * model is never read.
 */
final class ParserCache {

  static final String PROPERTY = "newsimpact.cache";

  private ParserCache() {}

  /** The cache file, or null when no cache directory is configured. */
  static Path file() {
    String dir = System.getProperty(PROPERTY);
    return dir == null || dir.isBlank() ? null : Path.of(dir, "depparse-weights.bin");
  }

  /** What identifies the model resource, or null when it cannot be told (then nothing is cached). */
  static String stamp(String resource) {
    URL url = ParserCache.class.getClassLoader().getResource(resource);
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
          + " corenlp=" + DependencyParser.class.getPackage().getImplementationVersion();
    } catch (IOException e) {
      return null;
    }
  }
}

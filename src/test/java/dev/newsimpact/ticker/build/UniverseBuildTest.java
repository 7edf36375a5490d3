package dev.newsimpact.ticker.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped universe is what {@code scripts/build-universe} builds from the sources: the builder
 * runs in-process into a temporary directory and its output must equal the resource byte for byte.
 * The gzip payload is compared (plus the gzip header's fixed fields), not the deflate stream, so a
 * different zlib build cannot fail the test while the content is the same. When the sources are
 * absent (a checkout without ../shared) the test skips itself.
 */
class UniverseBuildTest {

  private static final Path SOURCES = Path.of("../shared/data/tickers");
  private static final Path SHIPPED = Path.of("src/main/resources/dev/newsimpact/ticker");

  @Test
  void shippedResourceIsWhatTheBuilderBuilds(@TempDir Path out) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SOURCES.resolve("financedatabase")),
        "../shared/data/tickers sources absent, skipping");
    UniverseBuilder.build(SOURCES, Path.of("src/main/universe"), out);

    byte[] built = Files.readAllBytes(out.resolve(UniverseBuilder.UNIVERSE_FILE));
    byte[] shipped = Files.readAllBytes(SHIPPED.resolve(UniverseBuilder.UNIVERSE_FILE));
    assertThat(gunzip(built))
        .as("universe.bin.gz differs from a fresh build: run scripts/build-universe and commit it")
        .isEqualTo(gunzip(shipped));
    assertThat(header(built)).isEqualTo(header(shipped));
    assertThat(Files.readString(out.resolve(UniverseBuilder.SOURCES_FILE), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(SHIPPED.resolve(UniverseBuilder.SOURCES_FILE), StandardCharsets.UTF_8));
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  /** Magic, method, flags and modification time: the fields that must not carry a build's clock. */
  private static byte[] header(byte[] gz) {
    return java.util.Arrays.copyOf(gz, 8);
  }
}

package dev.newsimpact.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of the model cache are read back only when their sidecar and checksum say they are whole. */
class ModelCacheTest {

  @TempDir Path dir;

  private final byte[] body = "some model bytes".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private ModelCache written() throws IOException {
    ModelCache cache = new ModelCache(dir.resolve("cache"));
    // A body that closes its stream must not stop the sidecar from being written.
    cache.write("model.bin", "stamp 1", out -> {
      out.write(body);
      out.close();
    });
    return cache;
  }

  @Test
  void readsBackWhatItWroteWithItsChecksum() throws IOException {
    ModelCache cache = written();
    ModelCache.Content content = cache.read("model.bin", "stamp 1");
    byte[] read = new byte[content.bytes().remaining()];
    content.bytes().get(read);
    assertThat(read).isEqualTo(body);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body);
    assertThat(content.crc()).isEqualTo(crc.getValue());
    try (var files = Files.list(dir.resolve("cache"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("model.bin", "model.bin.stamp");
    }
  }

  @Test
  void refusesAnotherStampADamagedOrCutFileAndAMissingOne() throws IOException {
    ModelCache cache = written();
    assertThatThrownBy(() -> cache.read("model.bin", "stamp 2")).isInstanceOf(IOException.class);

    Path file = cache.file("model.bin");
    byte[] damaged = body.clone();
    damaged[3] ^= 1;
    Files.write(file, damaged);
    assertThatThrownBy(() -> cache.read("model.bin", "stamp 1")).isInstanceOf(IOException.class);

    Files.write(file, Arrays.copyOf(body, body.length - 1));
    assertThatThrownBy(() -> cache.read("model.bin", "stamp 1")).isInstanceOf(IOException.class);

    assertThatThrownBy(() -> cache.read("other.bin", "stamp 1")).isInstanceOf(IOException.class);
    Files.delete(cache.file("model.bin.stamp"));
    Files.write(file, body);
    assertThatThrownBy(() -> cache.read("model.bin", "stamp 1")).isInstanceOf(IOException.class);
  }

  @Test
  void aFailedWriteLeavesNoFileBehind() throws IOException {
    ModelCache cache = new ModelCache(dir);
    assertThatThrownBy(() -> cache.write("model.bin", "stamp", out -> {
      out.write(body);
      throw new IOException("disk full");
    })).hasMessage("disk full");
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}

package dev.newsimpact.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSourcesTest {
  @TempDir Path dir;

  private final SourceOptions options = SourceOptions.defaults();

  @Test
  void readsAFileVerbatim() throws Exception {
    Path file = Files.write(dir.resolve("a.txt"), "Kospi fell 8%.".getBytes(UTF_8));

    RawDocument doc = source().read(Input.of(file.toString()));

    assertThat(new String(doc.bytes(), UTF_8)).isEqualTo("Kospi fell 8%.");
    assertThat(doc.input().source()).isEqualTo(file.toString());
    assertThat(doc.url()).isNull();
    assertThat(doc.truncated()).isFalse();
  }

  @Test
  void missingFileSaysSoAndNamesIt() {
    String missing = dir.resolve("nope.html").toString();

    assertThatThrownBy(() -> source().read(Input.of(missing)))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void directoryIsNotAFile() {
    assertThatThrownBy(() -> source().read(Input.of(dir.toString())))
        .isInstanceOf(InputException.class)
        .hasMessage(dir + ": is a directory, not a file");
  }

  @Test
  void gzFileIsDecompressedByContentWhateverItsName() throws Exception {
    Path file = Files.write(dir.resolve("page.bin"), HttpSourceTest.gzip("<p>Hi.</p>".getBytes(UTF_8)));

    RawDocument doc = source().read(Input.of(file.toString()));

    assertThat(new String(doc.bytes(), UTF_8)).isEqualTo("<p>Hi.</p>");
  }

  @Test
  void gzipBombFileIsCappedAndTruncated() throws Exception {
    Path file = Files.write(dir.resolve("bomb.gz"), HttpSourceTest.gzip(new byte[20_000_000]));

    RawDocument doc = new FileSource(options.withMaxBytes(100_000)).read(Input.of(file.toString()));

    assertThat(doc.bytes()).hasSize(100_000);
    assertThat(doc.truncated()).isTrue();
  }

  @Test
  void gzipCutShortKeepsWhatDecompressedAndIsTruncated() throws Exception {
    byte[] whole = HttpSourceTest.gzip("Samsung dropped 10%. ".repeat(2000).getBytes(UTF_8));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    Path file = Files.write(dir.resolve("cut.gz"), cut);

    RawDocument doc = source().read(Input.of(file.toString()));

    assertThat(doc.truncated()).isTrue();
    assertThat(new String(doc.bytes(), UTF_8)).startsWith("Samsung dropped 10%.");
  }

  @Test
  void corruptGzipIsAClearError() throws IOException {
    Path file = Files.write(dir.resolve("bad.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8});

    assertThatThrownBy(() -> source().read(Input.of(file.toString())))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": corrupt gzip data");
  }

  @Test
  void largeFileIsCutAtTheCap() throws Exception {
    Path file = Files.write(dir.resolve("big.txt"), new byte[5000]);

    RawDocument doc = new FileSource(options.withMaxBytes(1000)).read(Input.of(file.toString()));

    assertThat(doc.bytes()).hasSize(1000);
    assertThat(doc.truncated()).isTrue();
  }

  @Test
  void dashReadsTheInjectedStdinWithoutClosingIt() throws Exception {
    ByteArrayInputStream stdin = new ByteArrayInputStream("From a pipe.".getBytes(UTF_8));

    RawDocument doc = new DefaultDocumentSource(options, stdin).read(Input.of("-"));

    assertThat(new String(doc.bytes(), UTF_8)).isEqualTo("From a pipe.");
    assertThat(doc.input().kind()).isEqualTo(Input.Kind.STDIN);
  }

  @Test
  void optionsRejectNonsense() {
    assertThatThrownBy(() -> options.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> options.withTimeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private DocumentSource source() {
    return new DefaultDocumentSource(options, InputStreamStub.EMPTY);
  }
}

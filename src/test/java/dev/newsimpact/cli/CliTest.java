package dev.newsimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process, on inputs that need no language models. */
class CliTest {

  @TempDir Path dir;

  @Test
  void helpTeachesCommandsAndExitCodes() {
    CliRun run = CliRun.run("--help").succeeded();
    assertThat(run.out()).contains("extract", "mentions", "Exit codes:");
    for (ExitCode code : ExitCode.values()) {
      assertThat(run.out()).containsPattern("(?m)^\\s*" + code.code() + "\\s+" + Pattern.quote(code.meaning()));
    }
    assertThat(CliRun.run("extract", "--help").succeeded().out()).contains("--format", "Exit codes:");
  }

  @Test
  void readmeDocumentsTheSameExitCodes() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (ExitCode code : ExitCode.values()) {
      Matcher row = Pattern.compile("(?m)^\\| `" + code.code() + "` \\| (.+?) \\|$").matcher(readme);
      assertThat(row.find()).as("README has a row for exit code %d", code.code()).isTrue();
      assertThat(row.group(1)).isEqualTo(code.meaning());
    }
  }

  @Test
  void versionNamesTheProduct() {
    assertThat(CliRun.run("--version").succeeded().out()).startsWith("newsimpact 0.");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhy() {
    CliRun run = CliRun.run("extract", "--no-such-option").exitedWith(2);
    assertThat(run.err()).contains("--no-such-option").contains("--help");
    assertThat(run.out()).isEmpty();
    CliRun.run().exitedWith(2);
  }

  @Test
  void aMissingEvaluationSetIsAnInputErrorNotAnInternalOne() {
    CliRun run = CliRun.run("eval", "headlines", "no/such/set.tsv").exitedWith(1);
    assertThat(run.err()).contains("eval headlines").contains("no such file")
        .contains("no/such/set.tsv");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void emptyInputGivesNoRecordsAndSucceeds() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    CliRun run = CliRun.run("extract", empty.toString()).succeeded();
    assertThat(run.out()).isEmpty();
    CliRun.run(new byte[0], "extract", "-").succeeded();
  }

  @Test
  void aMissingFileIsReportedAndTheOthersStillRun() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path missing = dir.resolve("missing.txt");
    CliRun run = CliRun.run("extract", missing.toString(), empty.toString(), empty.toString())
        .exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(run.err().lines()).singleElement().asString().startsWith("newsimpact: " + missing);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void binaryJunkIsAClearErrorWithoutAStackTrace() throws IOException {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Path file = Files.write(dir.resolve("junk.bin"), junk);
    CliRun run = CliRun.run("extract", file.toString()).exitedWith(ExitCode.INPUT_FAILED.code());
    assertThat(run.err()).contains(file.toString()).doesNotContain("\tat ");
    assertThat(CliRun.run("extract", "--stacktrace", file.toString()).err()).contains("\tat ");
  }

  @Test
  void gzipInputIsReadLikePlainText() throws IOException {
    Path gz = dir.resolve("empty.txt.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write("\n".getBytes(StandardCharsets.UTF_8));
    }
    CliRun.run("extract", gz.toString()).succeeded();
  }
}

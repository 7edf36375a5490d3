package dev.newsimpact.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged launcher as a user would and checks stdout carries only JSON objects. */
class LauncherIT {

  @Test
  void everyStdoutLineIsAJsonObject() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("scripts/newsimpact", "extract",
        "samples/meta-sells-compute-chip-slump.txt");
    // The package phase built the distribution already; the launcher must not start a nested build.
    builder.environment().put("NEWSIMPACT_NO_BUILD", "1");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    List<String> lines = new String(out, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertThat(node.isObject()).as(line).isTrue();
      assertThat(node.path("schema").asText()).isEqualTo("impact/v1");
    }
  }

  @Test
  void errorsGoToStderrAndNothingToStdout() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("scripts/newsimpact", "extract", "no/such/file.txt");
    builder.environment().put("NEWSIMPACT_NO_BUILD", "1");
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(out).isEmpty();
    assertThat(new String(err, StandardCharsets.UTF_8)).contains("no/such/file.txt");
  }
}

package dev.newsimpact.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsimpact.cli.Main;
import dev.newsimpact.cli.RunContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The outcome of running the command line in-process, with assertions that read like the CLI. */
public record CliRun(int exitCode, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs {@code newsimpact args...} with {@code stdin} as standard input. */
  public static CliRun run(byte[] stdin, String... args) {
    return run(null, stdin, args);
  }

  /** Runs with {@code context} (null: the in-process default), e.g. {@link FakePipeline#context()}. */
  public static CliRun run(RunContext context, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(stdin);
    int code = context == null ? Main.run(args, in, outStream, errStream)
        : Main.run(args, in, outStream, errStream, context);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static CliRun run(String... args) {
    return run(new byte[0], args);
  }

  public CliRun succeeded() {
    assertThat(exitCode).as("exit code; stderr was:%n%s", err).isZero();
    return this;
  }

  public CliRun exitedWith(int expected) {
    assertThat(exitCode).as("exit code; stderr was:%n%s", err).isEqualTo(expected);
    return this;
  }

  /** Every stdout line parsed as a JSON object; fails if any line is not one. */
  public List<JsonNode> records() {
    return parseLines(out);
  }

  /** Every line of {@code text} parsed as a JSON object; fails if any line is not one. */
  public static List<JsonNode> parseLines(String text) {
    List<JsonNode> records = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        assertThat(node.isObject()).as("stdout line is a JSON object: %s", line).isTrue();
        records.add(node);
      } catch (IOException e) {
        throw new UncheckedIOException("stdout line is not JSON: " + line, e);
      }
    }
    return records;
  }
}

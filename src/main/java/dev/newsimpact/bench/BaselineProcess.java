package dev.newsimpact.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsimpact.text.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The plain CoreNLP pipeline in a child JVM ({@link BaselineWorker}), driven one command at a time
 * so that its turns can alternate with ours. The child gets this JVM's heap and logging options.
 */
final class BaselineProcess implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SETTLE_STEP_MS = 200;
  private static final long SETTLE_LIMIT_MS = 15_000;

  private final Process process;
  private final PrintWriter commands;
  private final BufferedReader answers;
  private final Path texts;
  private final Path errors;
  private final double modelLoadSeconds;

  /** Starts the child on {@code items} (the timed runs' items) and waits for its models to load. */
  BaselineProcess(List<Article> items) throws IOException {
    texts = Files.createTempFile("newsimpact-bench-", ".json");
    errors = Files.createTempFile("newsimpact-bench-", ".log");
    JSON.writeValue(texts.toFile(), items.stream().map(Article::text).toList());
    List<String> command = ChildJvm.command(BaselineWorker.class.getName());
    command.add(texts.toString());
    process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    commands = new PrintWriter(
        new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    answers = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    modelLoadSeconds = answer().path("model_load_s").asDouble();
  }

  double modelLoadSeconds() {
    return modelLoadSeconds;
  }

  /** Runs the first {@code count} items untimed until {@code seconds} have passed; the passes. */
  int warmUp(int threads, double seconds, int count) throws IOException {
    commands.println(String.format(Locale.ROOT, "warmup %d %f %d", threads, seconds, count));
    return answer().path("passes").asInt();
  }

  /** Times items {@code from} (inclusive) to {@code to} on {@code threads} threads. */
  Throughput.Run run(int threads, int from, int to) throws IOException {
    commands.println(String.format(Locale.ROOT, "run %d %d %d", threads, from, to));
    JsonNode run = answer();
    settle();
    return new Throughput.Run(run.path("threads").asInt(), run.path("articles").asInt(),
        run.path("tokens").asLong(), run.path("seconds").asDouble(),
        run.path("cpu_seconds").asDouble());
  }

  /**
   * Waits until the child's JVM has stopped working after a run (its collector and JIT compiler go
   * on for a while), at most {@link #SETTLE_LIMIT_MS}: on 2 cores a third busy thread takes turns
   * with ours on a core and refills the cache it shares, which inflated our 2-thread CPU per article.
   */
  private void settle() {
    long deadline = System.nanoTime() + SETTLE_LIMIT_MS * 1_000_000L;
    long before = cpuMillis();
    while (before >= 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(SETTLE_STEP_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      long now = cpuMillis();
      if (now - before < SETTLE_STEP_MS / 10) {
        return;
      }
      before = now;
    }
  }

  /** The child's CPU time so far in milliseconds, or -1 where the platform does not tell. */
  private long cpuMillis() {
    return process.toHandle().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
  }

  private JsonNode answer() throws IOException {
    String line = answers.readLine();
    if (line == null) {
      throw new IOException("the baseline's JVM ended early; its stderr: " + tail());
    }
    return JSON.readTree(line);
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  @Override
  public void close() throws IOException {
    try {
      commands.println("quit");
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      Files.deleteIfExists(texts);
      Files.deleteIfExists(errors);
    }
  }
}

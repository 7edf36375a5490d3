package dev.newsimpact.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting a fresh JVM on {@code newsimpact extract} to its first record on stdout: what a
 * user at a terminal waits for. Under the launcher (which names itself in the system property
 * {@value #LAUNCHER}) the child is the launcher itself, never building, so it starts exactly as a
 * user's run does, with the launcher's JVM options for such a run; otherwise a JVM with this one's
 * classpath and its heap, class-data sharing and newsimpact options.
 *
 * @param firstRecordSeconds wall time to the first stdout line, or -1 when there was none
 * @param cpuSeconds CPU time the child had used by then (all its threads)
 * @param records stdout lines in all
 * @param exitCode the child's exit code
 * @param jvmOptions the options the child's JVM ran with
 */
record ColdStart(
    double firstRecordSeconds, double cpuSeconds, int records, int exitCode, List<String> jvmOptions) {

  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  static final String LAUNCHER = "newsimpact.launcher";

  static ColdStart measure(Path input) throws IOException {
    List<String> options = ChildJvm.inheritedOptions();
    String launcher = System.getProperty(LAUNCHER);
    boolean viaLauncher = launcher != null && Files.isExecutable(Path.of(launcher));
    List<String> command = viaLauncher
        ? new ArrayList<>(List.of(launcher))
        : ChildJvm.command("dev.newsimpact.cli.Main");
    command.add("extract");
    command.add(input.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("NEWSIMPACT_NO_BUILD", "1");
    long start = System.nanoTime();
    Process process = builder.start();
    double first = -1;
    double cpu = -1;
    int records = 0;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (records++ == 0) {
          first = (System.nanoTime() - start) / 1e9;
          ProcessHandle.Info info = process.toHandle().info();
          cpu = info.totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
          if (viaLauncher) { // the launcher has replaced itself with the JVM by now
            options = jvmOptions(info.arguments().map(List::of).orElse(List.of()));
          }
        }
      }
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("the cold-start child did not finish in " + TIMEOUT);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return new ColdStart(first, cpu, records, process.exitValue(), options);
  }

  /** The options before the class path in a java command line. */
  private static List<String> jvmOptions(List<String> arguments) {
    List<String> kept = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-cp") || argument.equals("-classpath")) {
        break;
      }
      kept.add(argument);
    }
    return kept;
  }
}

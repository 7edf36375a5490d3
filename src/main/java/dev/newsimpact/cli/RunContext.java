package dev.newsimpact.cli;

import dev.newsimpact.pipeline.Extractor;
import dev.newsimpact.pipeline.ExtractorSettings;
import dev.newsimpact.pipeline.Extractors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a run takes from the process around it, gathered so that tests can supply their own: the
 * environment variables (for the config file's location), whether stderr is a terminal (progress
 * bar), whether to stop cleanly on SIGTERM (only a real process should install a shutdown hook), the
 * pipeline to run, and the clock for the database's timestamps.
 */
public record RunContext(
    Map<String, String> environment,
    boolean stderrIsTerminal,
    boolean handlesSignals,
    Function<ExtractorSettings, Extractor> extractors,
    Clock clock) {

  public RunContext {
    environment = Map.copyOf(environment);
    Objects.requireNonNull(extractors, "extractors");
    Objects.requireNonNull(clock, "clock");
  }

  /** The real process: its environment, its stderr, signals, the standard pipeline. */
  public static RunContext ofProcess() {
    return new RunContext(System.getenv(), detectTerminal(), true, Extractors::standard,
        Clock.systemUTC());
  }

  /** In-process use ({@link Main#run}): the process environment, no progress bar, no hook. */
  public static RunContext inProcess() {
    return new RunContext(System.getenv(), false, false, Extractors::standard, Clock.systemUTC());
  }

  public RunContext withEnvironment(Map<String, String> value) {
    return new RunContext(value, stderrIsTerminal, handlesSignals, extractors, clock);
  }

  public RunContext withExtractors(Function<ExtractorSettings, Extractor> value) {
    return new RunContext(environment, stderrIsTerminal, handlesSignals, value, clock);
  }

  /**
   * Java has no isatty; where /proc exists, fd 2 links to a terminal device when stderr is one. Cron,
   * pipes, files and systems without /proc all answer false, so the bar is never drawn there.
   */
  private static boolean detectTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String name = target.toString();
      return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}

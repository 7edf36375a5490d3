package dev.newsimpact.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for the JVMs the benchmark starts: this one's Java, class path and options. */
final class ChildJvm {

  private ChildJvm() {}

  /** {@code java}, this JVM's {@link #inheritedOptions()} and class path, then {@code mainClass}. */
  static List<String> command(String mainClass) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(inheritedOptions());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    return command;
  }

  /**
   * Heap size, logging, class-data-sharing and newsimpact options of this JVM (the launcher's, such
   * as its model cache); not the ones that write an archive.
   */
  static List<String> inheritedOptions() {
    List<String> kept = new ArrayList<>();
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xshare")
          || option.startsWith("-Xlog") || option.startsWith("-XX:SharedArchiveFile=")
          || option.startsWith("-Dnewsimpact.")) {
        kept.add(option);
      }
    }
    return kept;
  }
}

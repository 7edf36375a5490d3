package dev.newsimpact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.testing.CliRun;
import org.junit.jupiter.api.Test;

/** The bench command's options, checked without running a benchmark (see BenchIT for that). */
class BenchCommandTest {

  @Test
  void helpNamesTheOptionsAndTheBaseline() {
    String help = CliRun.run("bench", "--help").succeeded().out();
    assertThat(help).contains("--corpus", "--threads", "--repeat", "--[no-]baseline",
        "--[no-]cold-start", "depparse");
    assertThat(CliRun.run("--help").succeeded().out()).contains("bench");
  }

  @Test
  void nonsenseCountsAreUsageErrors() {
    assertThat(CliRun.run("bench", "--threads", "0").exitedWith(2).err()).contains("--threads");
    CliRun.run("bench", "--repeat", "0").exitedWith(2);
    CliRun.run("bench", "--threads", "two").exitedWith(2);
  }
}

package dev.newsimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsimpact.testing.CliRun;
import dev.newsimpact.testing.FakePipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults from a configuration file, through the command, in-process. */
class ConfigCliTest {

  @TempDir Path dir;

  private CliRun run(Map<String, String> env, String... args) {
    return CliRun.run(FakePipeline.context().withEnvironment(env), new byte[0], args);
  }

  private Path article() throws IOException {
    return Files.writeString(dir.resolve("a.txt"), "Shares of $AAA fell 4% on Tuesday after the"
        + " company cut its outlook for the rest of the year.\n", UTF_8);
  }

  private Path config(String text) throws IOException {
    return Files.writeString(dir.resolve("config.properties"), text, UTF_8);
  }

  @Test
  void aConfigFileSetsDefaultsThatHelpShowsAndTheCommandLineOverrides() throws IOException {
    Path config = config("# for cron\nextract.format = csv\nthreads=3\n");
    Map<String, String> env = Map.of("NEWSIMPACT_CONFIG", config.toString());
    assertThat(run(env, "extract", article().toString()).succeeded().out())
        .startsWith("article.id,");
    assertThat(run(env, "extract", "--format", "jsonl", article().toString()).succeeded().out())
        .startsWith("{");
    assertThat(run(env, "mentions", article().toString()).succeeded().out()).startsWith("{");
    String help = run(env, "extract", "--help").succeeded().out();
    assertThat(help).contains("(default: csv)").contains("(default: 3;");
  }

  @Test
  void theFileIsFoundByConfigOptionOrUnderTheUsersConfigDirectory() throws IOException {
    Path config = config("format=csv\n");
    assertThat(run(Map.of(), "extract", "--config", config.toString(), article().toString())
        .succeeded().out()).startsWith("article.id,");
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve(".config/newsimpact"));
    Files.copy(config, home.resolve(".config/newsimpact/config.properties"));
    assertThat(run(Map.of("HOME", home.toString()), "extract", article().toString())
        .succeeded().out()).startsWith("article.id,");
    assertThat(run(Map.of("HOME", dir.resolve("nobody").toString()), "extract",
        article().toString()).succeeded().out()).startsWith("{");
  }

  @Test
  void aBadConfigurationIsExitThreeAndNamesTheFile() throws IOException {
    Path typo = config("thraeds=2\n");
    CliRun run = run(Map.of(), "extract", "--config", typo.toString(), article().toString())
        .exitedWith(ExitCode.CONFIGURATION.code());
    assertThat(run.err()).contains(typo.toString()).contains("thraeds");
    Path badValue = config("threads=many\n");
    assertThat(run(Map.of(), "extract", "--config", badValue.toString(), article().toString())
        .exitedWith(ExitCode.CONFIGURATION.code()).err()).contains(badValue.toString());
    run(Map.of(), "extract", "--config", dir.resolve("missing.properties").toString(),
        article().toString()).exitedWith(ExitCode.CONFIGURATION.code());
    run(Map.of(), "extract", "--threads", "many", article().toString())
        .exitedWith(ExitCode.USAGE.code());
  }
}

package dev.newsimpact.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's Spark section and --help say what the build and the code do. */
class ReadmeTest {

  private static final String JAR = "newsimpact-spark-cluster.jar";

  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), UTF_8);
  }

  @Test
  void theSparkSubmitLineNamesTheMainClassAndTheJarTheProfileBuilds() throws IOException {
    String readme = readme();
    assertThat(readme).contains("--class " + SparkMain.class.getName())
        .contains("spark/target/" + JAR)
        .contains("mvn -f spark/pom.xml -Pcluster -DskipTests package");
    assertThat(Files.readString(Path.of("pom.xml"), UTF_8))
        .contains("<outputFile>${project.build.directory}/" + JAR + "</outputFile>")
        .contains("<id>cluster</id>");
  }

  @Test
  void helpListsEveryExitCode() {
    Map<Integer, String> codes = Map.of(SparkMain.OK, "every article", SparkMain.INPUT_FAILED,
        "some inputs", SparkMain.USAGE, "command line", SparkMain.OUTPUT, "output",
        SparkMain.INTERNAL, "internal");
    codes.forEach((code, words) ->
        assertThat(JobOptions.USAGE).containsPattern("(?m)^\\s+" + code + "\\s+.*" + words));
  }
}

package dev.newsimpact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsimpact.testing.CliRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole benchmark on the founding sample, baseline included, small enough to be quick: one JSON
 * object with every figure, and the same records on one thread and two. The cold start (a second
 * JVM) is left to the README's run.
 */
class BenchIT {

  @Test
  void printsOneReportWithOursAndTheBaseline() {
    CliRun run = CliRun.run("bench", "--no-cold-start", "--repeat", "2", "--warmup", "1",
        "--warmup-seconds", "0", "samples/meta-sells-compute-chip-slump.txt").succeeded();
    List<JsonNode> records = run.records();
    assertThat(records).hasSize(1);
    JsonNode report = records.get(0);
    assertThat(report.path("articles").asInt()).isEqualTo(1);
    assertThat(report.path("cold_start").path("skipped").asText()).isNotEmpty();
    assertThat(report.path("model_load_s").isNumber()).isTrue();
    assertThat(report.path("peak_heap_mb").asLong()).isPositive();
    JsonNode ours = report.path("newsimpact");
    assertThat(ours.path("1_thread").path("tokens").asLong()).isGreaterThan(2000);
    assertThat(ours.path("2_threads").path("articles_per_s").asDouble()).isPositive();
    assertThat(ours.path("same_records").asBoolean()).isTrue();
    JsonNode baseline = report.path("baseline");
    assertThat(baseline.path("1_thread").path("tokens_per_s").asDouble()).isPositive();
    assertThat(baseline.path("1_thread").path("articles").asInt()).isEqualTo(2);
    assertThat(baseline.path("2_threads").path("articles").asInt()).isEqualTo(2);
    assertThat(baseline.path("model_load_s").asDouble()).isPositive();
    assertThat(report.path("speedup").path("1_thread").isNumber()).isTrue();
  }
}

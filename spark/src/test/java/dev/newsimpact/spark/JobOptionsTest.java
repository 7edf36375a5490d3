package dev.newsimpact.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void everyOptionIsRead() throws Exception {
    JobOptions options = JobOptions.parse(new String[] {"--input", "a.jsonl", "--input=s3a://b/*.warc.gz",
        "--output", "out", "--format", "PARQUET", "--input-format", "warc", "--partitions", "12",
        "--min-confidence", "0.7", "--overwrite", "--master", "local[2]", "--conf",
        "spark.executor.memory=4g", "--conf=spark.ui.enabled=true"});
    assertThat(options.inputs()).containsExactly("a.jsonl", "s3a://b/*.warc.gz");
    assertThat(options.output()).isEqualTo("out");
    assertThat(options.format()).isEqualTo(JobOptions.OutputFormat.PARQUET);
    assertThat(options.inputFormat()).isEqualTo(JobOptions.InputFormat.WARC);
    assertThat(options.partitions()).isEqualTo(12);
    assertThat(options.minConfidence()).isEqualTo(0.7);
    assertThat(options.overwrite()).isTrue();
    assertThat(options.master()).isEqualTo("local[2]");
    assertThat(options.conf()).isEqualTo(
        Map.of("spark.executor.memory", "4g", "spark.ui.enabled", "true"));
  }

  @Test
  void defaultsAreTheClis() throws Exception {
    JobOptions options = JobOptions.parse(new String[] {"--input", "a", "--output", "b"});
    assertThat(options.format()).isEqualTo(JobOptions.OutputFormat.JSONL);
    assertThat(options.inputFormat()).isEqualTo(JobOptions.InputFormat.AUTO);
    assertThat(options.partitions()).isZero();
    assertThat(options.minConfidence()).isEqualTo(0.5);
    assertThat(options.master()).isNull();
  }

  @Test
  void helpIsAskedForWithNull() throws Exception {
    assertThat(JobOptions.parse(new String[] {"--input", "a", "-h"})).isNull();
    assertThat(JobOptions.USAGE).contains("--input PATH", "--format", "spark.ui.enabled",
        "Exit codes");
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--output", "b"}))
        .hasMessage("no --input given");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a"}))
        .hasMessage("no --output given");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output"}))
        .hasMessage("--output needs a value");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "b",
        "--format", "csv"})).hasMessage("--format must be one of jsonl, parquet, not 'csv'");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "b",
        "--partitions", "0"})).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "b",
        "--min-confidence", "2"})).hasMessageContaining("in [0, 1]");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--input", "a", "--output", "b",
        "--conf", "novalue"})).hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"a.jsonl"}))
        .hasMessageContaining("inputs are given with --input");
    assertThatThrownBy(() -> JobOptions.parse(new String[] {"--threads", "2"}))
        .hasMessage("unknown option --threads");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhyOnStderr() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = SparkMain.run(new String[] {"--input", "a"}, new java.io.PrintStream(out, true),
        new java.io.PrintStream(err, true));
    assertThat(code).isEqualTo(2);
    assertThat(out.size()).isZero();
    assertThat(err.toString()).startsWith("newsimpact-spark: no --output given");
  }
}

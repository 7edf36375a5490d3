package dev.newsimpact.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceNamesTest {

  private final SourceNames names = new SourceNames(List.of(
      new SourceNames.Given("file:/home/me/news", "news/"),
      new SourceNames.Given("file:/home/me/news/special.jsonl", "special.jsonl"),
      new SourceNames.Given("hdfs://nn/archive/2025", "hdfs://nn/archive/2025")));

  @Test
  void pathsReadAsTheUserGaveThem() {
    assertThat(names.nameOf("file:/home/me/news/a/b.jsonl")).isEqualTo("news/a/b.jsonl");
    assertThat(names.nameOf("file:/home/me/news/special.jsonl")).isEqualTo("special.jsonl");
    assertThat(names.nameOf("hdfs://nn/archive/2025/x.warc.gz"))
        .isEqualTo("hdfs://nn/archive/2025/x.warc.gz");
  }

  @Test
  void aPathNoArgumentNamesIsShownWholeLocalOnesWithoutTheScheme() {
    assertThat(names.nameOf("file:/elsewhere/c.jsonl")).isEqualTo("/elsewhere/c.jsonl");
    assertThat(names.nameOf("file:/home/me/newspaper.jsonl")).isEqualTo("/home/me/newspaper.jsonl");
    assertThat(names.nameOf("s3a://bucket/d.warc.gz")).isEqualTo("s3a://bucket/d.warc.gz");
  }
}

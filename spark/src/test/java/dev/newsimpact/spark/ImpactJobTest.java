package dev.newsimpact.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImpactJobTest {

  @Test
  void partitionsFollowTheInputSizeAndNeverFallBelowTheCores() {
    assertThat(ImpactJob.partitionsFor(0, 2)).isEqualTo(2);
    assertThat(ImpactJob.partitionsFor(100L << 20, 2)).isEqualTo(7);
    assertThat(ImpactJob.partitionsFor(100L << 20, 64)).isEqualTo(64);
  }

  @Test
  void warcFilesAreKnownByName() {
    assertThat(InputFiles.isWarcName("CC-NEWS-20250101.warc.gz")).isTrue();
    assertThat(InputFiles.isWarcName("old.ARC")).isTrue();
    assertThat(InputFiles.isWarcName("articles.jsonl.gz")).isFalse();
  }
}

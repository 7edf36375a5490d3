package dev.newsimpact.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedDatesTest {

  @Test
  void readsStrictAndLooseRfc822() {
    assertThat(FeedDates.normalize("Tue, 10 Jun 2025 04:00:00 GMT")).isEqualTo("2025-06-10T04:00:00Z");
    assertThat(FeedDates.normalize("3 June 25 9:05 EDT")).isEqualTo("2025-06-03T09:05:00-04:00");
    assertThat(FeedDates.normalize("Wed, 4 Jun 2025 10:00:00 +0200")).isEqualTo("2025-06-04T10:00:00+02:00");
  }

  @Test
  void anUnknownZoneKeepsTheTimeLocal() {
    assertThat(FeedDates.normalize("4 Jun 2025 10:00 XYZ")).isEqualTo("2025-06-04T10:00:00");
  }

  @Test
  void readsRfc3339AsPagesAreRead() {
    assertThat(FeedDates.normalize("2025-06-04T10:00:00+0200")).isEqualTo("2025-06-04T10:00:00+02:00");
    assertThat(FeedDates.normalize("2025-06-04")).isEqualTo("2025-06-04");
  }

  @Test
  void givesUpOnWhatIsNoDate() {
    assertThat(FeedDates.normalize("31 Foo 2025 10:00 GMT")).isNull();
    assertThat(FeedDates.normalize("yesterday")).isNull();
    assertThat(FeedDates.normalize("  ")).isNull();
  }
}

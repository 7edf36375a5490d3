package dev.newsimpact.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodDatesTest {

  // Friday 3 July 2026
  private static final String PUBLISHED = "2026-07-03T08:00:00Z";

  private static String range(String period) {
    return PeriodDates.resolve(period, PUBLISHED)
        .map(r -> r.start() + ".." + r.end()).orElse("none");
  }

  @Test
  void relativeDaysCountBackFromThePublicationDate() {
    assertThat(range("Tuesday")).isEqualTo("2026-06-30..2026-06-30");
    assertThat(range("on Friday")).isEqualTo("2026-07-03..2026-07-03");
    assertThat(range("today")).isEqualTo("2026-07-03..2026-07-03");
    assertThat(range("in the previous session")).isEqualTo("2026-07-02..2026-07-02");
  }

  @Test
  void weeksMonthsQuartersAndYears() {
    assertThat(range("last week")).isEqualTo("2026-06-22..2026-06-28");
    assertThat(range("this week")).isEqualTo("2026-06-29..2026-07-03");
    assertThat(range("year to date")).isEqualTo("2026-01-01..2026-07-03");
    assertThat(range("April through June")).isEqualTo("2026-04-01..2026-06-30");
    assertThat(range("first half of 2026")).isEqualTo("2026-01-01..2026-06-30");
    assertThat(range("first trading day of Q3")).isEqualTo("2026-07-01..2026-07-01");
    assertThat(range("Q3")).isEqualTo("2026-07-01..2026-09-30");
    assertThat(range("in December")).isEqualTo("2025-12-01..2025-12-31");
    assertThat(range("last year")).isEqualTo("2025-01-01..2025-12-31");
    assertThat(range("in 2021")).isEqualTo("2021-01-01..2021-12-31");
  }

  @Test
  void unreadablePeriodsAndUnknownDatesResolveToNothing() {
    assertThat(range("on the announcement")).isEqualTo("none");
    assertThat(PeriodDates.resolve("Tuesday", null)).isEmpty();
    assertThat(PeriodDates.resolve("Tuesday", "not a date")).isEmpty();
    assertThat(LocalDate.parse("2026-07-03").getDayOfWeek().name()).isEqualTo("FRIDAY");
  }
}

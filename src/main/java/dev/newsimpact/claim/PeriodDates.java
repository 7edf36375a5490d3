package dev.newsimpact.claim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a period as written ("on Tuesday", "last week", "year to date", "April through June",
 * "first half of 2026") to dates, given the article's publication date. Relative periods count back
 * from that date: "Tuesday" is the latest Tuesday on or before it. Phrases it cannot read resolve
 * to nothing rather than to a guess.
 */
public final class PeriodDates {

  /** An inclusive date range. */
  public record Range(LocalDate start, LocalDate end) {}

  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
  private static final Pattern MONTH_SPAN =
      Pattern.compile("([a-z]+)\\s+(?:through|to|-|and)\\s+([a-z]+)");
  private static final Pattern QUARTER =
      Pattern.compile("\\b(?:q([1-4])|(first|second|third|fourth) quarter)\\b");

  private PeriodDates() {}

  /** The dates {@code period} covers, or empty when it cannot be read or the date is unknown. */
  public static Optional<Range> resolve(String period, String published) {
    if (period == null || published == null || published.length() < 10) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    String p = period.toLowerCase(Locale.ROOT).replace('-', ' ');
    Range range = read(p, date);
    if (range != null && (p.contains("first trading day") || p.contains("first day"))) {
      LocalDate first = range.start();
      while (first.getDayOfWeek() == DayOfWeek.SATURDAY || first.getDayOfWeek() == DayOfWeek.SUNDAY) {
        first = first.plusDays(1);
      }
      range = day(first); // "first trading day of Q3": the first weekday of that span
    }
    return Optional.ofNullable(range);
  }

  private static Range read(String p, LocalDate date) {
    Integer year = yearIn(p);
    int y = year != null ? year : date.getYear();
    if (p.contains("year to date") || p.contains("ytd") || p.contains("so far this year")) {
      return new Range(date.withDayOfYear(1), date);
    }
    if (p.contains("today") || p.contains("on the day") || p.contains("session") && !p.contains("previous")) {
      return day(date);
    }
    if (p.contains("yesterday") || p.contains("previous session") || p.contains("prior session")) {
      return day(date.minusDays(1));
    }
    Matcher quarter = QUARTER.matcher(p);
    if (quarter.find()) {
      int q = quarter.group(1) != null ? Integer.parseInt(quarter.group(1)) : ordinal(quarter.group(2));
      LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
      return new Range(start, start.plusMonths(3).minusDays(1));
    }
    if (p.contains("first half") || p.contains("h1")) {
      return new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30));
    }
    if (p.contains("second half") || p.contains("h2")) {
      return new Range(LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
    }
    if (p.contains("week")) {
      LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      return p.contains("last week") || p.contains("previous week") || p.contains("past week")
          ? new Range(monday.minusWeeks(1), monday.minusDays(1))
          : new Range(monday, date);
    }
    if (p.contains("last month") || p.contains("previous month")) {
      LocalDate first = date.withDayOfMonth(1).minusMonths(1);
      return new Range(first, first.plusMonths(1).minusDays(1));
    }
    if (p.contains("past 12 months") || p.contains("past year") || p.contains("last 12 months")) {
      return new Range(date.minusYears(1), date);
    }
    if (p.contains("last year")) {
      return new Range(LocalDate.of(date.getYear() - 1, 1, 1), LocalDate.of(date.getYear() - 1, 12, 31));
    }
    if (p.contains("this year")) {
      return new Range(date.withDayOfYear(1), date);
    }
    Matcher span = MONTH_SPAN.matcher(p);
    if (span.find() && month(span.group(1)) != null && month(span.group(2)) != null) {
      Range from = monthRange(month(span.group(1)), year, date);
      Range to = monthRange(month(span.group(2)), year, date);
      if (!to.end().isBefore(from.start())) {
        return new Range(from.start(), to.end());
      }
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      if (p.matches(".*\\b" + day.name().toLowerCase(Locale.ROOT) + "\\b.*")) {
        return day(date.with(TemporalAdjusters.previousOrSame(day)));
      }
    }
    for (String word : p.split("[^a-z.]+")) {
      Month month = month(word);
      if (month != null) {
        return monthRange(month, year, date);
      }
    }
    if (year != null && p.matches("(in |for |during )?(the year )?\\d{4}")) {
      return new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }
    return null;
  }

  private static Range day(LocalDate date) {
    return new Range(date, date);
  }

  /** The month's dates in {@code year}, or its latest occurrence on or before {@code date}. */
  private static Range monthRange(Month month, Integer year, LocalDate date) {
    int y = year != null ? year : month.getValue() > date.getMonthValue() ? date.getYear() - 1
        : date.getYear();
    LocalDate start = LocalDate.of(y, month, 1);
    return new Range(start, start.with(TemporalAdjusters.lastDayOfMonth()));
  }

  private static Integer yearIn(String p) {
    Matcher m = YEAR.matcher(p);
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  private static int ordinal(String word) {
    return switch (word) {
      case "first" -> 1;
      case "second" -> 2;
      case "third" -> 3;
      default -> 4;
    };
  }

  private static Month month(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.length() < 3) {
      return null;
    }
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      if (name.equals(w) || w.length() >= 3 && name.startsWith(w) && w.length() <= 4
          && !w.equals("mar") && !w.equals("may") || w.equals("sept") && month == Month.SEPTEMBER) {
        return month;
      }
    }
    return w.equals("may") ? Month.MAY : w.equals("mar") ? Month.MARCH : null;
  }
}

package dev.newsimpact.feed;

import dev.newsimpact.text.Dates;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed dates to ISO-8601. RSS uses RFC 822 dates, and feeds write them loosely: no weekday,
 * two-digit years, one-digit days, no seconds, full month names, US zone names. Atom and Dublin
 * Core use RFC 3339, read as pages' dates are ({@link Dates}). Anything else gives null: no date
 * is better than a wrong one.
 */
final class FeedDates {
  private static final Pattern RFC_822 = Pattern.compile(
      "^(?:[A-Za-z]{2,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?\\s+(\\d{2}|\\d{4})"
          + "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?$");
  private static final List<String> MONTHS = List.of(
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("gmt", 0), Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("z", 0),
      Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6), Map.entry("cdt", -5),
      Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
      Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("cest", 2));

  private FeedDates() {}

  static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip().replaceAll("\\s+", " ");
    Matcher m = RFC_822.matcher(s);
    return m.matches() ? rfc822(m) : Dates.normalize(s);
  }

  private static String rfc822(Matcher m) {
    int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    if (month == 0) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 70 ? 2000 : 1900;
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      ZoneOffset offset = offset(m.group(7));
      return offset == null
          ? local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          : local.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (java.time.DateTimeException impossible) {
      return null;
    }
  }

  /** The offset a zone field names; null when it names none we know (the time stays local). */
  private static ZoneOffset offset(String zone) {
    if (zone == null) {
      return ZoneOffset.UTC; // RFC 822 requires a zone; feeds that omit it mostly mean UTC
    }
    if (zone.startsWith("+") || zone.startsWith("-")) {
      String digits = zone.replace(":", "");
      int hours = Integer.parseInt(digits.substring(1, 3));
      int minutes = Integer.parseInt(digits.substring(3, 5));
      int sign = zone.startsWith("-") ? -1 : 1;
      return hours > 18 || minutes > 59 ? null : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    Integer hours = ZONES.get(zone.toLowerCase(Locale.ROOT));
    return hours == null ? null : ZoneOffset.ofHours(hours);
  }
}

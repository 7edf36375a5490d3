package dev.newsimpact.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the dates pages publish into ISO-8601, or gives up (null): a record should rather have
 * no date than a date nobody can parse. Accepts ISO forms with or without offset, seconds or the
 * "T", offsets written without a colon, and RFC 1123 (as in HTTP headers and RSS).
 */
public final class Dates {
  private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private Dates() {}

  /** {@code raw} as ISO-8601 (with its offset when it has one), or null when it is no date we read. */
  public static String normalize(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toOffsetDateTime()
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notRfc) {
      // fall through to the ISO forms
    }
    String iso = s.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ ](\\d)", "$1T$2");
    iso = OFFSET_WITHOUT_COLON.matcher(iso).replaceFirst("$1:$2");
    iso = iso.replaceFirst("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(?:UTC|GMT)$", "$1Z");
    try {
      return OffsetDateTime.parse(iso).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException notOffset) {
      // no offset, perhaps
    }
    try {
      return LocalDateTime.parse(iso).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException notLocal) {
      // date only, perhaps
    }
    Matcher date = DATE_PREFIX.matcher(iso);
    if (date.find()) {
      try {
        return LocalDate.parse(date.group(1)).toString();
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
    return null;
  }
}

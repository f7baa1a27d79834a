package revue.ingest;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the publication dates found in press metadata into instants.
 *
 * <p>Accepted: ISO-8601 with or without offset or zone, with {@code T} or a space between date and
 * time ({@code 2017-01-20T21:43:00+01:00}, {@code 2015-07-21 02:51:37}, {@code 2020-07-02}); RFC
 * 1123 / RFC 822 with an offset or a zone abbreviation ({@code Sun, 18 Feb 2018 21:35:43 +0400},
 * {@code ... GMT}, {@code ... EST}); {@code 26-FEB-1987 15:01:01.79}; English and French month
 * names ({@code July 2, 2020}, {@code 2 juillet 2020}); {@code 2020/07/02}; day-first {@code
 * 02/07/2020} and {@code 02.07.2020} (the press of the three languages writes the day first, as the
 * ANT corpus does); {@code 20200702}; {@code 2017-01-22T185600}; Unix seconds (10 digits) and
 * milliseconds (13 digits). Text after a complete date is ignored when it starts with a separator
 * (real data appends junk), so a broken time leaves the date alone. A value with no offset is read
 * in the zone given at construction; a date alone is its start of day there.
 *
 * <p>Not thread-safe: it remembers the last format that matched (the dates of one file share a
 * format), so use one instance per reading thread.
 */
final class DateParser {

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          // ISO-8601, T or space, optional seconds, fraction, offset and [zone]
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .append(DateTimeFormatter.ISO_LOCAL_DATE)
              .optionalStart()
              .optionalStart()
              .appendLiteral('T')
              .optionalEnd()
              .optionalStart()
              .appendLiteral(' ')
              .optionalEnd()
              .append(time())
              .optionalStart()
              .appendLiteral(' ')
              .optionalEnd()
              .optionalStart()
              .append(offset())
              .optionalEnd()
              .optionalStart()
              .appendLiteral('[')
              .parseCaseSensitive()
              .appendZoneRegionId()
              .appendLiteral(']')
              .optionalEnd()
              .optionalEnd()
              .toFormatter(Locale.ROOT)
              .withResolverStyle(ResolverStyle.STRICT),
          // ISO-8601 basic time: 2017-01-22T185600[+0100]
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .append(DateTimeFormatter.ISO_LOCAL_DATE)
              .appendLiteral('T')
              .appendValue(ChronoField.HOUR_OF_DAY, 2)
              .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
              .optionalStart()
              .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
              .optionalEnd()
              .optionalStart()
              .append(offset())
              .optionalEnd()
              .toFormatter(Locale.ROOT)
              .withResolverStyle(ResolverStyle.STRICT),
          // RFC 1123 / 822: [Sun, ]18 Feb 2018 21:35[:43] [+0400]
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .optionalStart()
              .appendPattern("EEE, ")
              .optionalEnd()
              .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NEVER)
              .appendLiteral(' ')
              .appendPattern("MMM uuuu")
              .optionalStart()
              .appendLiteral(' ')
              .append(time())
              .optionalStart()
              .appendLiteral(' ')
              .append(offset())
              .optionalEnd()
              .optionalEnd()
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT),
          // Reuters-21578: 26-FEB-1987 15:01:01.79
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NEVER)
              .appendPattern("-MMM-uuuu")
              .optionalStart()
              .appendLiteral(' ')
              .append(time())
              .optionalEnd()
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT),
          monthNames("MMMM d, uuuu", Locale.ENGLISH),
          monthNames("MMM d, uuuu", Locale.ENGLISH),
          monthNames("d MMMM uuuu", Locale.ENGLISH),
          monthNames("d MMMM uuuu", Locale.FRENCH),
          numeric("uuuu/M/d"),
          numeric("d/M/uuuu"),
          numeric("d.M.uuuu"),
          numeric("uuuuMMdd"));

  /** Zone abbreviations of RFC 822 (and common practice), which java.time does not parse. */
  private static final Map<String, String> ZONE_ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("GMT", "+0000"),
          Map.entry("UT", "+0000"),
          Map.entry("UTC", "+0000"),
          Map.entry("EST", "-0500"),
          Map.entry("EDT", "-0400"),
          Map.entry("CST", "-0600"),
          Map.entry("CDT", "-0500"),
          Map.entry("MST", "-0700"),
          Map.entry("MDT", "-0600"),
          Map.entry("PST", "-0800"),
          Map.entry("PDT", "-0700"),
          Map.entry("CET", "+0100"),
          Map.entry("CEST", "+0200"));

  private final ZoneId zone;
  private int lastMatch;

  DateParser(ZoneId zone) {
    this.zone = zone;
  }

  /** The instant the text names, or null when it is not a date this parser knows. */
  Instant parse(String raw) {
    if (raw == null) {
      return null;
    }
    String text = normalize(raw);
    if (text.isEmpty()) {
      return null;
    }
    Instant epoch = epoch(text);
    if (epoch != null) {
      return epoch;
    }
    Instant hit = tryFormat(lastMatch, text);
    if (hit != null) {
      return hit;
    }
    for (int i = 0; i < FORMATS.size(); i++) {
      if (i != lastMatch) {
        hit = tryFormat(i, text);
        if (hit != null) {
          lastMatch = i;
          return hit;
        }
      }
    }
    return null;
  }

  private Instant tryFormat(int index, String text) {
    try {
      // Parse a prefix: real data appends junk to dates ("26-MAR-1987 15:01:01.79&#5;&#5;RM", "...
      // # date added by hand"). What follows the date must start with a separator, so that a
      // date never eats half a word or number.
      ParsePosition position = new ParsePosition(0);
      TemporalAccessor parsed = FORMATS.get(index).parse(text, position);
      int end = position.getIndex();
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        return null;
      }
      return toInstant(parsed);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private Instant toInstant(TemporalAccessor t) {
    LocalDate date = t.query(TemporalQueries.localDate());
    if (date == null) {
      return null;
    }
    LocalTime time = t.query(TemporalQueries.localTime());
    LocalDateTime local = time == null ? date.atStartOfDay() : date.atTime(time);
    ZoneOffset offset = t.query(TemporalQueries.offset());
    if (offset != null) {
      return local.toInstant(offset);
    }
    ZoneId parsedZone = t.query(TemporalQueries.zoneId());
    return local.atZone(parsedZone != null ? parsedZone : zone).toInstant();
  }

  /** Trims, collapses spaces, and turns a trailing zone abbreviation into an offset. */
  private static String normalize(String raw) {
    String text = raw.strip();
    if (text.indexOf("  ") >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0) {
      text = text.replaceAll("\\s+", " ");
    }
    int space = text.lastIndexOf(' ');
    if (space > 0) {
      String tail = text.substring(space + 1).toUpperCase(Locale.ROOT);
      String offset = ZONE_ABBREVIATIONS.get(tail);
      if (offset != null) {
        text = text.substring(0, space + 1) + offset;
      }
    }
    return text;
  }

  private static Instant epoch(String text) {
    int n = text.length();
    if (n != 10 && n != 13) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    long value = Long.parseLong(text);
    return n == 10 ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
  }

  private static DateTimeFormatter time() {
    return new DateTimeFormatterBuilder()
        .appendValue(ChronoField.HOUR_OF_DAY, 1, 2, java.time.format.SignStyle.NEVER)
        .appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart()
        .appendLiteral(':')
        .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
        .optionalEnd()
        .optionalEnd()
        .toFormatter(Locale.ROOT);
  }

  /** +01:00, +0100, +01 or Z. */
  private static DateTimeFormatter offset() {
    return new DateTimeFormatterBuilder()
        .optionalStart()
        .appendOffset("+HH:MM", "Z")
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HHMM", "Z")
        .optionalEnd()
        .optionalStart()
        .appendOffset("+HH", "Z")
        .optionalEnd()
        .toFormatter(Locale.ROOT);
  }

  private static DateTimeFormatter monthNames(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .optionalStart()
        .appendLiteral(' ')
        .optionalStart()
        .appendLiteral("at ")
        .optionalEnd()
        .optionalStart()
        .appendLiteral("à ")
        .optionalEnd()
        .append(time())
        .optionalEnd()
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private static DateTimeFormatter numeric(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .optionalStart()
        .appendLiteral(' ')
        .append(time())
        .optionalEnd()
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}

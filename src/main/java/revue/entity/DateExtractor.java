package revue.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import revue.ingest.CalendarNames;

/**
 * Finds the full dates (day, month, year) a text writes, in French, English or Arabic, with Latin
 * or Arabic-Indic digits and Egyptian, Maghrebi or Levantine (Syriac) Arabic month names, and picks
 * the one that stands for the publication date, if one does.
 *
 * <p>The rule: only a date the text presents as its own day counts: one said to be today's or
 * yesterday's ("اليوم الاثنين 12 ماي 2014", "امس الخميس 18 اوت 2016", "aujourd'hui 3 mars 2020",
 * "today, March 3, 2020"), whose weekday, when written, is the date's own, or the date of an
 * embedded tweet ("— Name (@handle) May 10, 2022"). Of those, the one written most often wins, and
 * among equally frequent dates the latest. Any other date in running text is more often an event's
 * than the publication's (see docs/entities.md for the figures), so a text that writes no such date
 * has none. Partial dates ("le 11 mai") are ignored, and there is no fallback to the current date.
 * Years outside 1950-2100 are ignored.
 *
 * <p>Stateless, thread-safe.
 */
final class DateExtractor {

  private static final Map<String, Integer> MONTHS = CalendarNames.MONTHS;

  private static final String MONTH = CalendarNames.alternation(MONTHS.keySet());

  private static final String NB = "(?<![\\p{L}\\p{N}])";
  private static final String NA = "(?![\\p{L}\\p{N}])";
  // A second month name in brackets or after a slash: "10 أيار/مايو 2022".
  private static final String ALT_MONTH =
      "(?:\\s*[/(-]\\s*" + MONTH.replace("(", "(?:") + "\\s*\\)?)?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          NB
              + "(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?"
              + MONTH
              + NA
              + ALT_MONTH
              + "\\.?\\s*[,،]?\\s*(?:de\\s+)?(\\d{4})"
              + NA);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(NB + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})" + NA);
  // ISO dates may run into a time: 2022-05-10T08:00.
  private static final Pattern ISO = Pattern.compile(NB + "(\\d{4})-(\\d{2})-(\\d{2})(?!\\p{N})");
  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<![\\p{N}/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\p{N}/.])");
  private static final Pattern NUMERIC_YMD =
      Pattern.compile("(?<![\\p{N}/.])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\p{N}/.])");

  /**
   * The date a dateline writes in full ("Rabat, le 15 janvier 2023", "الرباط، 15 يناير 2023");
   * empty for a dateline without one, or with a day and month but no year ("RABAT, Jan 15 -"): the
   * year is not guessed.
   */
  Optional<LocalDate> datelineDate(String dateline) {
    List<LocalDate> full = dates(dateline);
    return full.isEmpty() ? Optional.empty() : Optional.of(full.get(0));
  }

  Optional<LocalDate> publicationDate(String text) {
    List<LocalDate> own = new ArrayList<>();
    scan(text, null, own);
    Map<LocalDate, Integer> counts = new HashMap<>();
    for (LocalDate d : own) {
      counts.merge(d, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  // What presents a date as the text's own day, right before it (in folded text): today or
  // yesterday, maybe a weekday, maybe "le"/"the"/"الموافق"; or a tweet's footer, "(@handle)".
  private static final String WEEKDAY = CalendarNames.alternation(CalendarNames.WEEKDAYS.keySet());
  private static final Pattern OWN_DAY_CUE =
      Pattern.compile(
          "(?:(?<![\\p{L}\\p{N}])(?:اليوم|امس|today|yesterday|aujourd.hui|hier)\\s*[,،]?\\s*(?:"
              + WEEKDAY
              + "\\s*[,،]?\\s*)?(?:le\\s+|the\\s+|الموافق\\s*ل?\\s*)?|@\\w+\\)\\s*)$");
  private static final Map<String, java.time.DayOfWeek> WEEKDAYS = CalendarNames.WEEKDAYS;

  /** How far before a date its cue may start. */
  private static final int CUE_CHARS = 40;

  /**
   * Whether the folded text before {@code start} presents the date as the text's own day, with the
   * weekday, when it names one, the date's.
   */
  private static boolean ownDay(String s, int start, LocalDate date) {
    Matcher m = OWN_DAY_CUE.matcher(s);
    m.region(Math.max(0, start - CUE_CHARS), start);
    if (!m.find()) {
      return false;
    }
    return m.group(1) == null || WEEKDAYS.get(m.group(1)) == date.getDayOfWeek();
  }

  // A full date contains a year; the patterns only run in a window around each year, which keeps
  // date extraction linear and cheap on long texts.
  private static final int BEFORE_YEAR = 40;
  private static final int AFTER_YEAR = 12;

  /** Every full, valid date the text writes. */
  List<LocalDate> dates(String text) {
    List<LocalDate> out = new ArrayList<>();
    scan(text, out, null);
    return out;
  }

  /**
   * Adds every full date of the text to {@code all}, and those it presents as its own day to {@code
   * own}; either may be null.
   */
  private void scan(String text, List<LocalDate> all, List<LocalDate> own) {
    int windowStart = -1;
    int windowEnd = -1;
    int n = text.length();
    for (int i = 0; i < n; ) {
      // a run of exactly four digits (any script) is a possible year
      if (!digit(text.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < n && digit(text.charAt(i))) {
        i++;
      }
      if (i - runStart != 4) {
        continue;
      }
      int from = Math.max(0, runStart - BEFORE_YEAR);
      int to = Math.min(n, i + AFTER_YEAR);
      if (windowEnd >= 0 && from <= windowEnd) {
        windowEnd = to;
        continue;
      }
      if (windowEnd >= 0) {
        datesIn(text.substring(windowStart, windowEnd), all, own);
      }
      windowStart = from;
      windowEnd = to;
    }
    if (windowEnd >= 0) {
      datesIn(text.substring(windowStart, windowEnd), all, own);
    }
  }

  /** A decimal digit of any script, with ASCII and the letters below U+0660 decided by range. */
  private static boolean digit(char c) {
    if (c < 0x660) {
      return c >= '0' && c <= '9';
    }
    return Character.isDigit(c);
  }

  private static void datesIn(String window, List<LocalDate> all, List<LocalDate> own) {
    String s = TextFolding.fold(window);
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      add(s, m.start(), all, own, m.group(3), MONTHS.get(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      add(s, m.start(), all, own, m.group(3), MONTHS.get(m.group(1)), m.group(2));
    }
    if (all == null) {
      return; // numeric dates are never presented as the day's: "اليوم 12/05/2014" is rare
    }
    // Numeric dates need their separators: most windows (a year in running text) have none.
    boolean slash = s.indexOf('/') >= 0;
    if (s.indexOf('-') >= 0) {
      m = ISO.matcher(s);
      while (m.find()) {
        add(s, m.start(), all, null, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      }
    }
    if (slash || s.indexOf('.') >= 0) {
      m = NUMERIC_DMY.matcher(s);
      while (m.find()) {
        add(s, m.start(), all, null, m.group(3), Integer.parseInt(m.group(2)), m.group(1));
      }
    }
    if (slash) {
      m = NUMERIC_YMD.matcher(s);
      while (m.find()) {
        add(s, m.start(), all, null, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      }
    }
  }

  private static void add(
      String s,
      int start,
      List<LocalDate> all,
      List<LocalDate> own,
      String year,
      Integer month,
      String day) {
    if (month == null) {
      return;
    }
    int y = Integer.parseInt(year);
    if (y < 1950 || y > 2100) {
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.of(y, month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return; // 31 February and the like: not a date
    }
    if (all != null) {
      all.add(date);
    }
    if (own != null && ownDay(s, start, date)) {
      own.add(date);
    }
  }
}

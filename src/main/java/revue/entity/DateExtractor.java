package revue.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the full dates (day, month, year) a text writes, in French, English or Arabic, with Latin
 * or Arabic-Indic digits and Egyptian, Maghrebi or Levantine (Syriac) Arabic month names, and
 * picks the one that best stands for the publication date.
 *
 * <p>The rule: the date written most often wins, and among equally frequent dates the latest.
 * Datelines and tweet footers repeat the publication date, while dates of past events are usually
 * written once and are earlier than the publication. Partial dates ("le 11 mai") are ignored, and
 * there is no fallback to the current date. Years outside 1950-2100 are ignored.
 *
 * <p>Stateless, thread-safe.
 */
final class DateExtractor {

  private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

  static {
    String[][] names = {
      // French, English
      {"janvier", "janv", "january", "jan"},
      {"fevrier", "fevr", "fev", "february", "feb"},
      {"mars", "march", "mar"},
      {"avril", "avr", "april", "apr"},
      {"mai", "may"},
      {"juin", "june", "jun"},
      {"juillet", "juil", "july", "jul"},
      {"aout", "august", "aug"},
      {"septembre", "sept", "september", "sep"},
      {"octobre", "october", "oct"},
      {"novembre", "november", "nov"},
      {"decembre", "december", "dec"},
    };
    String[][] arabic = {
      // Egyptian/Gulf, Algerian/Tunisian, Moroccan, Levantine; written folded (no hamza, ة -> ه)
      {"يناير", "جانفي", "كانون الثاني"},
      {"فبراير", "فيفري", "شباط"},
      {"مارس", "اذار"},
      {"ابريل", "افريل", "نيسان"},
      {"مايو", "ماي", "ايار"},
      {"يونيو", "يونيه", "جوان", "حزيران"},
      {"يوليو", "يوليه", "جويليه", "يوليوز", "تموز"},
      {"اغسطس", "اوت", "غشت", "اب"},
      {"سبتمبر", "شتنبر", "ايلول"},
      {"اكتوبر", "تشرين الاول"},
      {"نوفمبر", "نونبر", "تشرين الثاني"},
      {"ديسمبر", "دجنبر", "كانون الاول"},
    };
    for (int m = 0; m < 12; m++) {
      for (String s : names[m]) {
        MONTHS.put(s, m + 1);
      }
      for (String s : arabic[m]) {
        MONTHS.put(s, m + 1);
      }
    }
  }

  private static final String MONTH;

  static {
    List<String> alts = new ArrayList<>(MONTHS.keySet());
    alts.sort(Comparator.comparingInt(String::length).reversed());
    MONTH = "(" + String.join("|", alts.stream().map(Pattern::quote).toList()) + ")";
  }

  private static final String NB = "(?<![\\p{L}\\p{N}])";
  private static final String NA = "(?![\\p{L}\\p{N}])";
  // A second month name in brackets or after a slash: "10 أيار/مايو 2022".
  private static final String ALT_MONTH = "(?:\\s*[/(-]\\s*" + MONTH.replace("(", "(?:") + "\\s*\\)?)?";

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          NB + "(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?" + MONTH + NA + ALT_MONTH
              + "\\.?\\s*[,،]?\\s*(?:de\\s+)?(\\d{4})" + NA);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(NB + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})" + NA);
  // ISO dates may run into a time: 2022-05-10T08:00.
  private static final Pattern ISO = Pattern.compile(NB + "(\\d{4})-(\\d{2})-(\\d{2})(?!\\p{N})");
  private static final Pattern NUMERIC_DMY =
      Pattern.compile("(?<![\\p{N}/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\p{N}/.])");
  private static final Pattern NUMERIC_YMD =
      Pattern.compile("(?<![\\p{N}/.])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\p{N}/.])");

  // A day and month without the year, as newswire datelines write them: "Jan 15", "15 janvier".
  private static final Pattern MONTH_DAY = Pattern.compile(NB + MONTH + "\\.?\\s+(\\d{1,2})(?!\\p{N})");
  private static final Pattern DAY_MONTH =
      Pattern.compile(NB + "(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?:de\\s+|of\\s+)?" + MONTH + NA);

  /**
   * The date a dateline writes: a full date ("Rabat, le 15 janvier 2023", "الرباط، 15 يناير
   * 2023"), else a day and a month ("RABAT, Jan 15 -") in the year that brings it closest to {@code
   * reference}; empty when the dateline has no date, or only a day and a month and there is no
   * reference.
   */
  Optional<LocalDate> datelineDate(String dateline, LocalDate reference) {
    List<LocalDate> full = dates(dateline);
    if (!full.isEmpty()) {
      return Optional.of(full.get(0));
    }
    if (reference == null) {
      return Optional.empty();
    }
    String s = TextFolding.fold(dateline);
    Integer month = null;
    String day = null;
    Matcher m = MONTH_DAY.matcher(s);
    if (m.find()) {
      month = MONTHS.get(m.group(1));
      day = m.group(2);
    } else {
      m = DAY_MONTH.matcher(s);
      if (m.find()) {
        month = MONTHS.get(m.group(2));
        day = m.group(1);
      }
    }
    if (month == null) {
      return Optional.empty();
    }
    LocalDate best = null;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      List<LocalDate> one = new ArrayList<>(1);
      add(one, Integer.toString(y), month, day);
      if (!one.isEmpty()) {
        LocalDate d = one.get(0);
        if (best == null
            || Math.abs(d.toEpochDay() - reference.toEpochDay())
                < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
          best = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  Optional<LocalDate> publicationDate(String text) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    for (LocalDate d : dates(text)) {
      counts.merge(d, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<LocalDate, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey);
  }

  // A full date contains a year; the patterns only run in a window around each year, which keeps
  // date extraction linear and cheap on long texts.
  private static final int BEFORE_YEAR = 40;
  private static final int AFTER_YEAR = 12;

  /** Every full, valid date the text writes. */
  List<LocalDate> dates(String text) {
    List<LocalDate> out = new ArrayList<>();
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
        datesIn(text.substring(windowStart, windowEnd), out);
      }
      windowStart = from;
      windowEnd = to;
    }
    if (windowEnd >= 0) {
      datesIn(text.substring(windowStart, windowEnd), out);
    }
    return out;
  }

  /** A decimal digit of any script, with ASCII and the letters below U+0660 decided by range. */
  private static boolean digit(char c) {
    if (c < 0x660) {
      return c >= '0' && c <= '9';
    }
    return Character.isDigit(c);
  }

  private static void datesIn(String window, List<LocalDate> out) {
    String s = TextFolding.fold(window);
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      add(out, m.group(3), MONTHS.get(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      add(out, m.group(3), MONTHS.get(m.group(1)), m.group(2));
    }
    // Numeric dates need their separators: most windows (a year in running text) have none.
    boolean slash = s.indexOf('/') >= 0;
    if (s.indexOf('-') >= 0) {
      m = ISO.matcher(s);
      while (m.find()) {
        add(out, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      }
    }
    if (slash || s.indexOf('.') >= 0) {
      m = NUMERIC_DMY.matcher(s);
      while (m.find()) {
        add(out, m.group(3), Integer.parseInt(m.group(2)), m.group(1));
      }
    }
    if (slash) {
      m = NUMERIC_YMD.matcher(s);
      while (m.find()) {
        add(out, m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      }
    }
  }

  private static void add(List<LocalDate> out, String year, Integer month, String day) {
    if (month == null) {
      return;
    }
    int y = Integer.parseInt(year);
    if (y < 1950 || y > 2100) {
      return;
    }
    try {
      out.add(LocalDate.of(y, month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      // 31 February and the like: not a date
    }
  }
}

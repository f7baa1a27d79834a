package revue.ingest;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names of months and weekdays the press of revue's languages writes dates with, in French,
 * English and Arabic (Egyptian and Gulf, Algerian and Tunisian, Moroccan, Levantine), in folded
 * form ({@link Folding#fold}: lower case, no Latin accents, no hamza, teh marbuta as heh). One list
 * for the two readers of written dates: ingest, which tells a dateline line from a title, and the
 * entity package's date extraction.
 *
 * <p>Immutable, thread-safe.
 */
public final class CalendarNames {

  private CalendarNames() {}

  /** Folded month name to month number (1-12), longer names of a month first. */
  public static final Map<String, Integer> MONTHS;

  /** Folded weekday name to day. */
  public static final Map<String, DayOfWeek> WEEKDAYS;

  static {
    String[][] latin = {
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
    Map<String, Integer> months = new LinkedHashMap<>();
    for (int m = 0; m < 12; m++) {
      for (String s : latin[m]) {
        months.put(s, m + 1);
      }
      for (String s : arabic[m]) {
        months.put(s, m + 1);
      }
    }
    MONTHS = java.util.Collections.unmodifiableMap(months);
    String[][] days = {
      {"lundi", "monday", "الاثنين", "الاتنين"},
      {"mardi", "tuesday", "الثلاثاء"},
      {"mercredi", "wednesday", "الاربعاء"},
      {"jeudi", "thursday", "الخميس"},
      {"vendredi", "friday", "الجمعه"},
      {"samedi", "saturday", "السبت"},
      {"dimanche", "sunday", "الاحد"},
    };
    Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
    for (int d = 0; d < 7; d++) {
      for (String name : days[d]) {
        weekdays.put(name, DayOfWeek.of(d + 1));
      }
    }
    WEEKDAYS = java.util.Collections.unmodifiableMap(weekdays);
  }

  /**
   * A regular-expression group {@code (a|b|...)} matching any of the names, longest first (so that
   * "janvier" is not read as "jan"), each quoted.
   */
  public static String alternation(Collection<String> names) {
    List<String> alts = new ArrayList<>(names);
    alts.sort(Comparator.comparingInt(String::length).reversed());
    return "(" + String.join("|", alts.stream().map(Pattern::quote).toList()) + ")";
  }
}

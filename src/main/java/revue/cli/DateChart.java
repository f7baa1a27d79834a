package revue.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SortedMap;

/**
 * The matching articles over time as one line of block characters ({@code ▁▂▃▄▅▆▇█}), one per month
 * from the first month with a match to the last, its first and last period labelled: a shape is
 * read faster than seventy numbers. A span too long for one line is drawn by quarter, or by year. A
 * period without a match is a space; the others rise with their count, the busiest a full block.
 */
final class DateChart {

  /** The most periods drawn: a span of more months is drawn by quarter, then by year. */
  static final int MAX_WIDTH = 72;

  private static final String BLOCKS = "▁▂▃▄▅▆▇█";

  private DateChart() {}

  /** The chart of articles per day, or null when no article is dated. */
  static String of(SortedMap<LocalDate, Long> perDay) {
    if (perDay.isEmpty()) {
      return null;
    }
    YearMonth first = YearMonth.from(perDay.firstKey());
    YearMonth last = YearMonth.from(perDay.lastKey());
    long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    int step = months <= MAX_WIDTH ? 1 : months <= 3L * MAX_WIDTH ? 3 : 12;
    // periods start at a month that is a multiple of the step: quarters, calendar years
    YearMonth start = first.withMonth((first.getMonthValue() - 1) / step * step + 1);
    int periods = (int) (start.until(last, java.time.temporal.ChronoUnit.MONTHS) / step + 1);
    long[] counts = new long[periods];
    perDay.forEach(
        (day, n) ->
            counts[
                    (int)
                        (start.until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS)
                            / step)] +=
                n);
    long max = 0;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    StringBuilder bars = new StringBuilder(periods);
    for (long c : counts) {
      // ceil(c / max * 8): the least count still shows, the busiest period is a full block
      bars.append(c == 0 ? ' ' : BLOCKS.charAt((int) ((c * BLOCKS.length() + max - 1) / max) - 1));
    }
    YearMonth end = start.plusMonths((long) (periods - 1) * step);
    String per = step == 1 ? "month" : step == 3 ? "quarter" : "year";
    return label(start, step)
        + " "
        + bars
        + " "
        + label(end, step)
        + String.format(Locale.ROOT, " (at most %,d a %s)", max, per);
  }

  private static String label(YearMonth period, int step) {
    return switch (step) {
      case 1 -> period.toString();
      case 3 -> period.getYear() + "-Q" + ((period.getMonthValue() - 1) / 3 + 1);
      default -> Integer.toString(period.getYear());
    };
  }
}

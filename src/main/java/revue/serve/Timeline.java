package revue.serve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Articles per period for one or more queries, beside all articles under the same filters: the
 * counts of a coverage chart.
 *
 * @param interval day, week (Monday to Sunday), month or year
 * @param series one per query, in the order asked
 */
record Timeline(Interval interval, List<Series> series) {

  /** The length of a bucket. */
  enum Interval {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    static Interval parse(String text) {
      for (Interval i : values()) {
        if (i.name().equalsIgnoreCase(text)) {
          return i;
        }
      }
      throw HttpError.badRequest(
          "interval must be day, week, month or year, got '" + Params.clip(text) + "'");
    }

    /**
     * The interval that gives a span a readable number of buckets: days up to two months, weeks up
     * to a year, months up to ten years, years beyond.
     */
    static Interval forSpan(LocalDate first, LocalDate last) {
      long days = ChronoUnit.DAYS.between(first, last) + 1;
      return days <= 62 ? DAY : days <= 366 ? WEEK : days <= 3660 ? MONTH : YEAR;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    LocalDate start(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> day.withDayOfMonth(1);
        case YEAR -> day.withDayOfYear(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
        case YEAR -> start.plusYears(1);
      };
    }

    /** The bucket's name: 2022-05-10, 2022-05-09 (its Monday), 2022-05, 2022. */
    String key(LocalDate start) {
      String day = start.toString();
      return switch (this) {
        case DAY, WEEK -> day;
        case MONTH -> day.substring(0, 7);
        case YEAR -> day.substring(0, 4);
      };
    }
  }

  /**
   * One query's buckets.
   *
   * @param query the query as asked
   * @param buckets every bucket from the first to the last day of the articles under the filters
   */
  record Series(String query, List<Bucket> buckets) {}

  /**
   * @param key the bucket's name (see {@link Interval#key})
   * @param from its first day
   * @param to its last day
   * @param count articles matching the query and filters
   * @param total articles matching the filters alone
   */
  record Bucket(String key, LocalDate from, LocalDate to, long count, long total) {

    /**
     * The query's share of the bucket's articles; null for a bucket without any, where a share of 0
     * would read as "the query's articles fell to none" rather than "no article at all".
     */
    Double ratio() {
      return total == 0 ? null : (double) count / total;
    }
  }

  /**
   * Buckets the day counts of each query against those of all articles under the same filters.
   *
   * @param interval the bucket length, or null to choose it from the span
   * @throws HttpError 400 when the span has more than {@code maxBuckets} buckets
   */
  static Timeline of(
      List<String> queries,
      List<SortedMap<LocalDate, Long>> counts,
      SortedMap<LocalDate, Long> totals,
      Interval interval,
      int maxBuckets) {
    if (totals.isEmpty()) {
      Interval chosen = interval == null ? Interval.MONTH : interval;
      return new Timeline(chosen, queries.stream().map(q -> new Series(q, List.of())).toList());
    }
    LocalDate first = totals.firstKey();
    LocalDate last = totals.lastKey();
    Interval chosen = interval == null ? Interval.forSpan(first, last) : interval;
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate s = chosen.start(first); !s.isAfter(last); s = chosen.next(s)) {
      if (starts.size() == maxBuckets) {
        throw HttpError.badRequest(
            "more than "
                + maxBuckets
                + " "
                + chosen.label()
                + "s from "
                + first
                + " to "
                + last
                + ": choose a longer interval or a narrower date filter");
      }
      starts.add(s);
    }
    List<Long> totalPer = sums(totals, starts, chosen);
    List<Series> series = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      List<Long> countPer = sums(counts.get(q), starts, chosen);
      List<Bucket> buckets = new ArrayList<>(starts.size());
      for (int b = 0; b < starts.size(); b++) {
        LocalDate from = starts.get(b);
        buckets.add(
            new Bucket(
                chosen.key(from),
                from,
                chosen.next(from).minusDays(1),
                countPer.get(b),
                totalPer.get(b)));
      }
      series.add(new Series(queries.get(q), List.copyOf(buckets)));
    }
    return new Timeline(chosen, List.copyOf(series));
  }

  private static List<Long> sums(
      SortedMap<LocalDate, Long> days, List<LocalDate> starts, Interval interval) {
    List<Long> sums = new ArrayList<>(starts.size());
    for (LocalDate start : starts) {
      long n = 0;
      for (long c : days.subMap(start, interval.next(start)).values()) {
        n += c;
      }
      sums.add(n);
    }
    return sums;
  }
}

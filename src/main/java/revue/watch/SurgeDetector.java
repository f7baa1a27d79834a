package revue.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds the days on which a subject's share of coverage (its articles over all articles of that
 * day, in one language) is far above its own recent baseline.
 *
 * <p>The baseline is the shares of the {@link #BASELINE_DAYS} days before, counting only days with
 * at least a quarter as many articles in the language as the day judged ({@link
 * #MIN_RELATIVE_VOLUME}), and only when at least {@link #MIN_BASELINE_DAYS} of them do. A day
 * without articles says nothing about shares, and a day with a handful says little: where a corpus
 * starts (the Arabic articles of 2018 go from a few a day in January to 140 a day from
 * mid-February), shares taken from those few days made every country of the world news surge. The
 * day's robust z-score is {@code (share - median) / scale}, where the scale is 1.4826 times the
 * median absolute deviation (the standard deviation for normal data, but unmoved by earlier
 * surges), and never less than the share's own sampling noise on that day ({@code sqrt(median (1 -
 * median) / articles)}, binomial), nor than the share of one article that day: 28 days estimate a
 * deviation roughly (a random quiet series met z above 4 by chance with the deviation alone), and a
 * subject absent for a month has a deviation of zero, where one article more than usual must not
 * read as infinitely surprising. A day is a surge when its z-score is at least {@link #THRESHOLD}
 * and it has at least {@link #MIN_COUNT} articles of the subject, so that a single article on a
 * quiet day is not a surge. Stateless.
 */
public final class SurgeDetector {

  public static final int BASELINE_DAYS = 28;
  public static final int MIN_BASELINE_DAYS = 14;
  public static final double MIN_RELATIVE_VOLUME = 0.25;
  public static final int MIN_COUNT = 5;

  /** The cut-off Iglewicz and Hoaglin propose for robust (modified) z-scores. */
  public static final double THRESHOLD = 3.5;

  private static final double MAD_TO_SIGMA = 1.4826;

  /** One day found: the subject's and all articles that day, the share, its baseline median, z. */
  public record Day(
      LocalDate day, long count, long total, double share, double baseline, double z) {}

  private final int minCount;
  private final double threshold;

  public SurgeDetector() {
    this(MIN_COUNT, THRESHOLD);
  }

  public SurgeDetector(int minCount, double threshold) {
    this.minCount = minCount;
    this.threshold = threshold;
  }

  /**
   * The surge days in {@code [from, to]}.
   *
   * @param counts the subject's articles per day (days absent count zero)
   * @param totals all articles per day in the same language (days absent have none)
   */
  public List<Day> surges(
      Map<LocalDate, Long> counts, Map<LocalDate, Long> totals, LocalDate from, LocalDate to) {
    List<Day> found = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Day scored = score(counts, totals, day);
      if (scored != null && scored.count() >= minCount && scored.z() >= threshold) {
        found.add(scored);
      }
    }
    return found;
  }

  /** The day's share and z-score, or null when it has no articles or too thin a baseline. */
  public Day score(Map<LocalDate, Long> counts, Map<LocalDate, Long> totals, LocalDate day) {
    long total = totals.getOrDefault(day, 0L);
    if (total <= 0) {
      return null;
    }
    double[] shares = new double[BASELINE_DAYS];
    int n = 0;
    for (int back = BASELINE_DAYS; back >= 1; back--) {
      LocalDate d = day.minusDays(back);
      long t = totals.getOrDefault(d, 0L);
      if (t > 0 && t >= MIN_RELATIVE_VOLUME * total) {
        shares[n++] = (double) counts.getOrDefault(d, 0L) / t;
      }
    }
    if (n < MIN_BASELINE_DAYS) {
      return null;
    }
    double[] baseline = Arrays.copyOf(shares, n);
    double median = median(baseline);
    double[] deviations = new double[n];
    for (int i = 0; i < n; i++) {
      deviations[i] = Math.abs(baseline[i] - median);
    }
    long count = counts.getOrDefault(day, 0L);
    double share = (double) count / total;
    double sampling = Math.sqrt(median * (1 - median) / total);
    double scale = Math.max(MAD_TO_SIGMA * median(deviations), Math.max(sampling, 1.0 / total));
    return new Day(day, count, total, share, median, (share - median) / scale);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}

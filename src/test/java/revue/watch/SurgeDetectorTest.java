package revue.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SurgeDetectorTest {

  private static final LocalDate START = LocalDate.of(2018, 1, 1);
  private final SurgeDetector detector = new SurgeDetector();

  /** 120 days; 200 articles a day, of which the subject has 4, 6, 5, 4, 6, 5, ... */
  private static Map<LocalDate, Long> steadyCounts(Map<LocalDate, Long> totals) {
    Map<LocalDate, Long> counts = new HashMap<>();
    long[] cycle = {4, 6, 5};
    for (int i = 0; i < 120; i++) {
      totals.put(START.plusDays(i), 200L);
      counts.put(START.plusDays(i), cycle[i % 3]);
    }
    return counts;
  }

  @Test
  void findsExactlyTheDaysOfPlantedSurges() {
    Map<LocalDate, Long> totals = new HashMap<>();
    Map<LocalDate, Long> counts = steadyCounts(totals);
    LocalDate first = START.plusDays(40);
    LocalDate second = START.plusDays(95);
    counts.put(first, 30L);
    counts.put(second, 14L);
    List<LocalDate> days =
        detector.surges(counts, totals, START, START.plusDays(119)).stream()
            .map(SurgeDetector.Day::day)
            .toList();
    assertEquals(List.of(first, second), days);
  }

  @Test
  void scoresTheShareAgainstTheMedianAndScaledDeviation() {
    Map<LocalDate, Long> totals = new HashMap<>();
    Map<LocalDate, Long> counts = steadyCounts(totals);
    LocalDate day = START.plusDays(40);
    counts.put(day, 30L);
    SurgeDetector.Day d = detector.score(counts, totals, day);
    // the 28 days before: shares 0.02, 0.025, 0.03 in turn; median 0.025, MAD 0.005, whose 0.0074
    // is less than the share's sampling noise at 200 articles
    assertEquals(0.15, d.share(), 1e-12);
    assertEquals(0.025, d.baseline(), 1e-12);
    assertEquals((0.15 - 0.025) / Math.sqrt(0.025 * 0.975 / 200), d.z(), 1e-9);
    assertEquals(30, d.count());
    assertEquals(200, d.total());
  }

  @Test
  void aBusierNewsDayWithTheSameShareIsNoSurge() {
    Map<LocalDate, Long> totals = new HashMap<>();
    Map<LocalDate, Long> counts = steadyCounts(totals);
    LocalDate day = START.plusDays(50);
    totals.put(day, 1000L); // five times the articles, five times the subject's: the same share
    counts.put(day, 25L);
    assertEquals(List.of(), detector.surges(counts, totals, START, START.plusDays(119)));
  }

  @Test
  void aQuietSeriesHasNoSurge() {
    Random random = new Random(23);
    Map<LocalDate, Long> totals = new HashMap<>();
    Map<LocalDate, Long> counts = new HashMap<>();
    for (int i = 0; i < 365; i++) {
      long total = 150 + random.nextInt(100);
      totals.put(START.plusDays(i), total);
      // about 3% of each day, give or take two articles
      counts.put(START.plusDays(i), Math.round(0.03 * total) + random.nextInt(5) - 2);
    }
    assertEquals(List.of(), detector.surges(counts, totals, START, START.plusDays(364)));
  }

  @Test
  void aSubjectAbsentForAMonthNeedsTheMinimumCount() {
    Map<LocalDate, Long> totals = new HashMap<>();
    Map<LocalDate, Long> counts = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      totals.put(START.plusDays(i), 300L);
    }
    counts.put(
        START.plusDays(30), 4L); // z = 4 (one article's share is the scale), but 4 < 5 articles
    counts.put(START.plusDays(35), 5L);
    SurgeDetector.Day four = detector.score(counts, totals, START.plusDays(30));
    assertEquals(4.0, four.z(), 1e-9);
    List<SurgeDetector.Day> found = detector.surges(counts, totals, START, START.plusDays(39));
    assertEquals(List.of(START.plusDays(35)), found.stream().map(SurgeDetector.Day::day).toList());
    // the day at 30 is in the baseline of the day at 35, whose median stays 0
    assertEquals(5.0, found.get(0).z(), 1e-9);
  }

  @Test
  void noVerdictWithoutEnoughDaysOfBaselineOrOnADayWithoutArticles() {
    Map<LocalDate, Long> totals = new HashMap<>();
    Map<LocalDate, Long> counts = new HashMap<>();
    for (int i = 0; i < 13; i++) {
      totals.put(START.plusDays(i), 100L);
    }
    totals.put(START.plusDays(13), 100L);
    counts.put(START.plusDays(13), 50L);
    assertNull(detector.score(counts, totals, START.plusDays(13)), "13 days of baseline");
    assertNull(detector.score(counts, totals, START.plusDays(20)), "a day without articles");
    totals.put(START.plusDays(14), 100L);
    counts.put(START.plusDays(14), 50L);
    // 14 days of baseline, one of them the surge at 13: the median is still 0
    assertEquals(50.0, detector.score(counts, totals, START.plusDays(14)).z(), 1e-9);
  }

  @Test
  void daysWithFarFewerArticlesDoNotMakeTheBaseline() {
    // a corpus that starts: 20 days of 6 articles, then days of 150 with 9 of the subject each
    Map<LocalDate, Long> totals = new HashMap<>();
    Map<LocalDate, Long> counts = new HashMap<>();
    for (int i = 0; i < 20; i++) {
      totals.put(START.plusDays(i), 6L);
    }
    for (int i = 20; i < 60; i++) {
      totals.put(START.plusDays(i), 150L);
      counts.put(START.plusDays(i), 9L);
    }
    // until 14 days of 150 articles make a baseline, no verdict; then a steady share is no surge
    assertNull(detector.score(counts, totals, START.plusDays(20)));
    assertNull(detector.score(counts, totals, START.plusDays(33)));
    assertEquals(0.0, detector.score(counts, totals, START.plusDays(34)).z(), 1e-12);
    assertEquals(List.of(), detector.surges(counts, totals, START, START.plusDays(59)));
    // a day of 37 articles (under a quarter of 150) does not count: 13 comparable days are too few
    totals.put(START.plusDays(25), 37L);
    assertNull(detector.score(counts, totals, START.plusDays(34)));
    totals.put(START.plusDays(25), 38L);
    assertEquals(0.0, detector.score(counts, totals, START.plusDays(34)).baseline() - 0.06, 1e-12);
  }
}

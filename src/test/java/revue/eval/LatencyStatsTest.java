package revue.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  private static final long MS = 1_000_000L;

  /** 1 ms .. 100 ms, recorded in a shuffled order. */
  private static LatencyStats oneToHundredMillis() {
    List<Long> values = new ArrayList<>();
    for (long i = 1; i <= 100; i++) {
      values.add(i * MS);
    }
    Collections.shuffle(values, new Random(7));
    LatencyStats stats = new LatencyStats();
    values.forEach(stats::record);
    return stats;
  }

  @Test
  void percentilesUseNearestRankOverSortedValues() {
    LatencyStats stats = oneToHundredMillis();
    assertEquals(50 * MS, stats.percentileNanos(50));
    assertEquals(95 * MS, stats.percentileNanos(95));
    assertEquals(99 * MS, stats.percentileNanos(99));
    assertEquals(100 * MS, stats.percentileNanos(100));
    assertEquals(1 * MS, stats.percentileNanos(0.5));
    assertEquals(100 * MS, stats.percentileNanos(99.5));
  }

  @Test
  void percentileOfFewValuesRoundsRankUp() {
    LatencyStats stats = new LatencyStats();
    stats.record(30);
    stats.record(10);
    stats.record(20);
    assertEquals(20, stats.percentileNanos(50));
    assertEquals(30, stats.percentileNanos(95));
    assertEquals(10, stats.percentileNanos(33));
    assertEquals(20, stats.percentileNanos(34));
  }

  @Test
  void summaryThroughputIsCountOverSumOfLatencies() {
    LatencyStats stats = new LatencyStats();
    for (int i = 0; i < 4; i++) {
      stats.record(250 * MS);
    }
    LatencyStats.Summary summary = stats.summary();
    assertEquals(4, summary.count());
    assertEquals(4.0, summary.perSecond(), 1e-9);
    assertEquals(250.0 * MS, summary.meanNanos(), 1e-9);
    assertEquals(
        "4 queries: p50 250.00 ms, p95 250.00 ms, p99 250.00 ms, 4.0 queries/s", summary.line());
  }

  @Test
  void summaryWithWallTimeUsesIt() {
    LatencyStats stats = oneToHundredMillis();
    LatencyStats.Summary summary = stats.summary(Duration.ofMillis(500));
    assertEquals(200.0, summary.perSecond(), 1e-9);
    assertEquals(
        "100 queries: p50 50.00 ms, p95 95.00 ms, p99 99.00 ms, 200.0 queries/s", summary.line());
    assertEquals(5050 * MS, stats.totalNanos());
    assertEquals(50.5 * MS, summary.meanNanos(), 1e-6);
  }

  @Test
  void clearForgetsWarmUp() {
    LatencyStats stats = oneToHundredMillis();
    stats.clear();
    stats.record(7 * MS);
    assertEquals(1, stats.count());
    assertEquals(7 * MS, stats.percentileNanos(99));
  }

  @Test
  void timeRecordsOneLatencyAndReturnsTheResult() {
    LatencyStats stats = new LatencyStats();
    assertEquals("x", stats.time(() -> "x"));
    assertEquals(1, stats.count());
  }

  @Test
  void emptyOrBadInputIsRefused() {
    LatencyStats stats = new LatencyStats();
    assertThrows(IllegalStateException.class, stats::summary);
    assertThrows(IllegalStateException.class, () -> stats.percentileNanos(50));
    assertThrows(IllegalArgumentException.class, () -> stats.record(-1));
    stats.record(1);
    assertThrows(IllegalArgumentException.class, () -> stats.percentileNanos(0));
    assertThrows(IllegalArgumentException.class, () -> stats.percentileNanos(101));
  }

  @Test
  void addAllPoolsTheValuesOfAnotherRecorder() {
    LatencyStats a = new LatencyStats();
    a.record(10);
    a.record(40);
    LatencyStats b = new LatencyStats();
    b.record(20);
    b.record(30);
    a.addAll(b);
    assertEquals(4, a.count());
    assertEquals(20, a.percentileNanos(50));
    assertEquals(40, a.percentileNanos(99));
    assertEquals(2, b.count());
  }
}

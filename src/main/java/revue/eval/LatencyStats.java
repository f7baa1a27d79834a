package revue.eval;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Records the latency of repeated operations (queries) and summarizes them: percentiles by the
 * nearest-rank method, mean, and throughput.
 *
 * <p>Thread-safe: {@link #record} may be called from several threads. Throughput is the count over
 * the sum of the recorded latencies, which is the wall time when one thread runs the operations
 * back to back; for concurrent runs pass the measured wall time to {@link #summary(Duration)}.
 */
public final class LatencyStats {

  private long[] nanos = new long[64];
  private int count;

  /** Records one latency in nanoseconds. */
  public synchronized void record(long latencyNanos) {
    if (latencyNanos < 0) {
      throw new IllegalArgumentException("latencyNanos must be >= 0, got " + latencyNanos);
    }
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
  }

  /** Records every latency another recorder holds (to pool the runs of several query sets). */
  public void addAll(LatencyStats other) {
    long[] copy;
    synchronized (other) {
      copy = Arrays.copyOf(other.nanos, other.count);
    }
    for (long n : copy) {
      record(n);
    }
  }

  /** Runs an operation, records how long it took, and returns its result. */
  public <T> T time(Supplier<T> operation) {
    long start = System.nanoTime();
    T result = operation.get();
    record(System.nanoTime() - start);
    return result;
  }

  /** Forgets every recorded latency (after a warm-up pass, say). */
  public synchronized void clear() {
    count = 0;
  }

  public synchronized int count() {
    return count;
  }

  /**
   * The latency at a percentile by the nearest-rank method: the smallest recorded value such that
   * at least {@code percentile}% of the values are less than or equal to it.
   *
   * @param percentile in (0, 100]
   * @throws IllegalStateException when nothing was recorded
   */
  public synchronized long percentileNanos(double percentile) {
    if (!(percentile > 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], got " + percentile);
    }
    requireSome();
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percentile / 100.0 * count);
    return sorted[Math.max(1, rank) - 1];
  }

  /** The sum of the recorded latencies in nanoseconds. */
  public synchronized long totalNanos() {
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += nanos[i];
    }
    return sum;
  }

  /** A summary where throughput is the count over the sum of latencies (one thread). */
  public synchronized Summary summary() {
    requireSome();
    return summary(Duration.ofNanos(totalNanos()));
  }

  /** A summary where throughput is the count over the given wall time (concurrent runs). */
  public synchronized Summary summary(Duration wall) {
    requireSome();
    long wallNanos = Math.max(1, wall.toNanos());
    return new Summary(
        count,
        percentileNanos(50),
        percentileNanos(95),
        percentileNanos(99),
        percentileNanos(100),
        (double) totalNanos() / count,
        count * 1e9 / wallNanos);
  }

  private void requireSome() {
    if (count == 0) {
      throw new IllegalStateException("no latency recorded");
    }
  }

  /**
   * Latencies of one run.
   *
   * @param count operations recorded
   * @param p50Nanos median
   * @param p95Nanos 95th percentile
   * @param p99Nanos 99th percentile
   * @param maxNanos slowest
   * @param meanNanos mean
   * @param perSecond operations per second
   */
  public record Summary(
      int count,
      long p50Nanos,
      long p95Nanos,
      long p99Nanos,
      long maxNanos,
      double meanNanos,
      double perSecond) {

    /**
     * One line, e.g. {@code 200 queries: p50 1.20 ms, p95 3.40 ms, p99 5.00 ms, 640.0 queries/s}.
     */
    public String line() {
      return String.format(
          Locale.ROOT,
          "%d queries: p50 %s ms, p95 %s ms, p99 %s ms, %.1f queries/s",
          count,
          millis(p50Nanos),
          millis(p95Nanos),
          millis(p99Nanos),
          perSecond);
    }

    /** Nanoseconds as milliseconds with two decimals. */
    public static String millis(double nanos) {
      return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
  }
}

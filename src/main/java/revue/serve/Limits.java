package revue.serve;

import java.time.Duration;

/**
 * What one request, and one client, may ask of {@code revue serve}. A request beyond a limit gets
 * 400 (sizes), 429 (rate) or 503 (time, a full queue).
 *
 * @param maxQueryChars characters of one query
 * @param maxLimit hits of one page
 * @param maxOffset the offset of a page's first hit
 * @param maxSeries queries of one timeline (the main query and the compared ones)
 * @param maxExportRows hits of one CSV export
 * @param maxBuckets buckets of one timeline series
 * @param requestsPerMinute API requests per client address and minute; 0 for no limit
 * @param timeout how long a request may take before it is answered with 503
 * @param workers requests searched at once; up to 16 times as many more wait in a queue, and a
 *     request that finds the queue full gets 503
 */
public record Limits(
    int maxQueryChars,
    int maxLimit,
    int maxOffset,
    int maxSeries,
    int maxExportRows,
    int maxBuckets,
    int requestsPerMinute,
    Duration timeout,
    int workers) {

  public Limits {
    positive(maxQueryChars, "maxQueryChars");
    positive(maxLimit, "maxLimit");
    if (maxOffset < 0) {
      throw new IllegalArgumentException("maxOffset must be >= 0, got " + maxOffset);
    }
    positive(maxSeries, "maxSeries");
    positive(maxExportRows, "maxExportRows");
    positive(maxBuckets, "maxBuckets");
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException(
          "requestsPerMinute must be >= 0, got " + requestsPerMinute);
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    positive(workers, "workers");
  }

  /**
   * 5,000 characters per query (a pasted paragraph, which the CLI searches too), 100 hits per page,
   * offsets up to 1,000, 5 series (a query and four compared), 1,000 rows per export, 5,000
   * buckets, 600 requests per client and minute, 10 s, two workers per core.
   */
  public static Limits defaults() {
    return new Limits(
        5_000,
        100,
        1_000,
        5,
        1_000,
        5_000,
        600,
        Duration.ofSeconds(10),
        2 * Runtime.getRuntime().availableProcessors());
  }

  public Limits withRequestsPerMinute(int n) {
    return new Limits(
        maxQueryChars,
        maxLimit,
        maxOffset,
        maxSeries,
        maxExportRows,
        maxBuckets,
        n,
        timeout,
        workers);
  }

  public Limits withTimeout(Duration t) {
    return new Limits(
        maxQueryChars,
        maxLimit,
        maxOffset,
        maxSeries,
        maxExportRows,
        maxBuckets,
        requestsPerMinute,
        t,
        workers);
  }

  public Limits withMaxLimit(int n) {
    return new Limits(
        maxQueryChars,
        n,
        maxOffset,
        maxSeries,
        maxExportRows,
        maxBuckets,
        requestsPerMinute,
        timeout,
        workers);
  }

  public Limits withWorkers(int n) {
    return new Limits(
        maxQueryChars,
        maxLimit,
        maxOffset,
        maxSeries,
        maxExportRows,
        maxBuckets,
        requestsPerMinute,
        timeout,
        n);
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }
}

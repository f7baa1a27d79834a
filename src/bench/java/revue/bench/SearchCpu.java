package revue.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import revue.search.SearchThreads;

/**
 * CPU time of the work a search does on the calling thread and on revue's shared search threads
 * ({@link SearchThreads}), which a search spreads its parts over: the CPU a query costs, where its
 * wall time only says how long it took. Measured around one query at a time, so the search threads'
 * time between two readings is that query's.
 *
 * <p>Not thread-safe: one instance per measuring thread.
 */
final class SearchCpu {

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long[] searchThreadIds = new long[0];

  /**
   * Finds the search threads started so far (the pool starts them on first use, then keeps them).
   */
  void findSearchThreads() {
    List<Long> ids = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith(SearchThreads.THREAD_NAME_PREFIX)) {
        ids.add(t.threadId());
      }
    }
    searchThreadIds = ids.stream().mapToLong(Long::longValue).toArray();
  }

  /** How many search threads {@link #findSearchThreads} found. */
  int searchThreads() {
    return searchThreadIds.length;
  }

  /** CPU nanoseconds used so far by the calling thread alone. */
  long callerNanos() {
    return threads.getCurrentThreadCpuTime();
  }

  /** CPU nanoseconds used so far by the calling thread and the search threads together. */
  long withSearchThreadsNanos() {
    long sum = threads.getCurrentThreadCpuTime();
    for (long id : searchThreadIds) {
      long t = threads.getThreadCpuTime(id);
      if (t > 0) {
        sum += t;
      }
    }
    return sum;
  }
}

package revue.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Samples the heap of this JVM on a daemon thread and keeps two peaks: the most heap in use at any
 * sample (live objects plus garbage not yet collected; bounded by -Xmx), and the most heap still in
 * use right after a garbage collection (the live set, which is what a smaller -Xmx must hold).
 *
 * <p>Not thread-safe: start and stop from one thread.
 */
final class HeapSampler implements AutoCloseable {

  /** Peaks in bytes. */
  record Peaks(long usedBytes, long afterGcBytes) {}

  private final List<MemoryPoolMXBean> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakAfterGc;

  HeapSampler(long periodMillis) {
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    thread =
        Thread.ofPlatform()
            .daemon()
            .name("heap-sampler")
            .start(
                () -> {
                  while (running) {
                    sample();
                    try {
                      Thread.sleep(periodMillis);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  private void sample() {
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long afterGc = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      MemoryUsage u = pool.getCollectionUsage();
      if (u != null) {
        afterGc += u.getUsed();
      }
    }
    if (used > peakUsed) {
      peakUsed = used;
    }
    if (afterGc > peakAfterGc) {
      peakAfterGc = afterGc;
    }
  }

  Peaks peaks() {
    sample();
    return new Peaks(peakUsed, peakAfterGc);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}

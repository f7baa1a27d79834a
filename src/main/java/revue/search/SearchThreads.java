package revue.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * The threads a search may spread the segments of the index over, shared by every searcher of the
 * process, and the slicing of an index into about one part per core. A search is spread when its
 * index is large enough for each part to pay for its thread ({@link #partsFor}): below that, two
 * threads made a search slower, not faster (docs/benchmarks.md, "Spreading a search over the
 * cores"). A spread search also loads and highlights its shown hits in one run per slice ({@link
 * ArticleSearcher}).
 *
 * <p>A search hands its parts to Lucene's {@link org.apache.lucene.search.TaskExecutor}, whose
 * calling thread runs the parts no pool thread has started, so a busy pool slows a search down to
 * sequential but never blocks it; the queue is unbounded for that reason, while the threads are
 * bounded (one per core, daemons, started on first use and kept).
 *
 * <p>Thread-safe.
 */
public final class SearchThreads {

  private SearchThreads() {}

  /** The number of parts a search is split into: the cores this JVM may use. */
  public static int parallelism() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The fewest documents a part of a search should hold for its thread to pay: Lucene's own slicing
   * puts up to this many in one slice ({@code IndexSearcher.MAX_DOCS_PER_SLICE}). Spread over two
   * threads, searches of the 130k-article bench index were slower than on one and those of the
   * 1M-article index faster ({@code QueryReplay WORK --threads-ab 500 --passes 3}; figures:
   * docs/benchmarks.md, "Spreading a search over the cores").
   */
  public static final int MIN_DOCS_PER_PART = 250_000;

  /**
   * How many parts a search of an index of {@code maxDoc} documents is worth splitting into on
   * {@code cores} cores: one per {@link #MIN_DOCS_PER_PART} documents, at most one per core, at
   * least one.
   */
  public static int partsFor(int maxDoc, int cores) {
    return Math.max(1, Math.min(cores, maxDoc / MIN_DOCS_PER_PART));
  }

  /** The shared pool, or null on a single core (a search then runs on its caller alone). */
  public static Executor executor() {
    return parallelism() > 1 ? Pool.EXECUTOR : null;
  }

  /** The name every thread of the pool starts with (to find them when measuring their CPU). */
  public static final String THREAD_NAME_PREFIX = "revue-search-";

  private static final class Pool {
    static final Executor EXECUTOR = newPool(parallelism());

    private static Executor newPool(int threads) {
      AtomicInteger count = new AtomicInteger();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              threads,
              threads,
              0,
              TimeUnit.MILLISECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread t = new Thread(task, THREAD_NAME_PREFIX + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      return pool;
    }
  }

  /**
   * The leaves as {@code count} slices of about as many documents each: whole segments, largest
   * first, each to the slice holding the fewest documents so far. Lucene's default puts up to
   * 250,000 documents in one slice, so an index of a few hundred thousand articles would run on one
   * thread. No slice is empty; fewer leaves than {@code count} give one slice per leaf.
   */
  public static LeafSlice[] balancedSlices(List<LeafReaderContext> leaves, int count) {
    if (leaves.isEmpty()) {
      return new LeafSlice[0];
    }
    int n = Math.max(1, Math.min(count, leaves.size()));
    List<LeafReaderContext> bySize = new ArrayList<>(leaves);
    bySize.sort(
        Comparator.comparingInt((LeafReaderContext c) -> c.reader().maxDoc())
            .reversed()
            .thenComparingInt(c -> c.ord));
    List<List<LeafReaderContextPartition>> slices = new ArrayList<>(n);
    long[] docs = new long[n];
    for (int i = 0; i < n; i++) {
      slices.add(new ArrayList<>());
    }
    for (LeafReaderContext leaf : bySize) {
      int smallest = 0;
      for (int i = 1; i < n; i++) {
        if (docs[i] < docs[smallest]) {
          smallest = i;
        }
      }
      slices.get(smallest).add(LeafReaderContextPartition.createForEntireSegment(leaf));
      docs[smallest] += leaf.reader().maxDoc();
    }
    LeafSlice[] result = new LeafSlice[n];
    for (int i = 0; i < n; i++) {
      // in index order within a slice, as the sequential search visits them
      slices.get(i).sort(Comparator.comparingInt(p -> p.ctx.ord));
      result[i] = new LeafSlice(slices.get(i));
    }
    return result;
  }
}

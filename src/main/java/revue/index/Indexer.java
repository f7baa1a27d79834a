package revue.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import revue.enrich.Enricher;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;
import revue.ingest.IngestOptions;
import revue.ingest.IngestProblem;

/**
 * Runs ingest, enrichment and document writing as a pipeline: one thread reads the files in a
 * single pass, a bounded queue hands articles to worker threads that enrich and write them.
 * Memory stays bounded whatever the corpus size.
 *
 * <p>Not thread-safe: one run at a time per instance.
 */
public final class Indexer {

  private static final Article END = new Article("", "", "", "", "", null, null, "", 0, null, null);

  private final IndexWriter writer;
  private final Enricher enricher;
  private final int threads;

  public Indexer(IndexWriter writer, Enricher enricher, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.writer = writer;
    this.enricher = enricher;
    this.threads = threads;
  }

  /**
   * Indexes every article under the paths, replacing articles of the same id.
   *
   * @param progress called with the running count of indexed articles, about every 1,000
   */
  public IndexReport index(List<Path> paths, IngestOptions options, LongConsumer progress)
      throws IOException {
    long start = System.nanoTime();
    BlockingQueue<Article> queue = new ArrayBlockingQueue<>(threads * 256);
    Tally tally = new Tally();
    AtomicLong done = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    List<Throwable> fatal = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread worker =
          Thread.ofPlatform()
              .name("revue-indexer-" + i)
              .start(() -> work(queue, tally, done, progress, fatal));
      workers.add(worker);
    }
    try {
      Ingest.read(
          paths,
          options,
          new IngestListener() {
            @Override
            public void article(Article article) {
              put(queue, article);
            }

            @Override
            public void problem(IngestProblem problem) {
              tally.problem(problem);
            }
          });
    } finally {
      for (int i = 0; i < threads; i++) {
        put(queue, END);
      }
      for (Thread worker : workers) {
        try {
          worker.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while indexing", e);
        }
      }
    }
    synchronized (fatal) {
      if (!fatal.isEmpty()) {
        Throwable t = fatal.get(0);
        throw t instanceof IOException io ? io : new IOException(t.getMessage(), t);
      }
    }
    return tally.report(Duration.ofNanos(System.nanoTime() - start));
  }

  private void work(
      BlockingQueue<Article> queue,
      Tally tally,
      AtomicLong done,
      LongConsumer progress,
      List<Throwable> fatal) {
    while (true) {
      Article article;
      try {
        article = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (article == END) {
        return;
      }
      Document doc;
      try {
        doc = ArticleDocuments.facetsConfig().build(ArticleDocuments.toDocument(enricher.enrich(article)));
      } catch (RuntimeException | IOException e) {
        tally.problem(
            new IngestProblem(
                article.path(),
                article.line(),
                IngestProblem.Severity.FAILED,
                "could not analyze article " + article.id() + ": " + e));
        continue;
      }
      try {
        writer.updateDocument(new Term(Fields.ID, article.id()), doc);
      } catch (IOException | RuntimeException e) {
        // the writer itself failed (disk full, closed): stop taking articles, report once
        synchronized (fatal) {
          fatal.add(e);
        }
        drain(queue);
        return;
      }
      tally.indexed(article.collection());
      long n = done.incrementAndGet();
      if (n % 1000 == 0) {
        progress.accept(n);
      }
    }
  }

  private static void drain(BlockingQueue<Article> queue) {
    // keep the reader unblocked until it sends END
    while (true) {
      try {
        if (queue.take() == END) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void put(BlockingQueue<Article> queue, Article article) {
    try {
      queue.put(article);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    }
  }

  /** Counts per collection, shared by reader and workers. */
  private static final class Tally {
    private final Map<String, long[]> counts = new TreeMap<>();
    private final List<IngestProblem> problems = new ArrayList<>();

    synchronized void indexed(String collection) {
      counts.computeIfAbsent(collection, k -> new long[3])[0]++;
    }

    synchronized void problem(IngestProblem problem) {
      problems.add(problem);
      String collection = Ingest.collectionOf(Path.of(problem.path()));
      counts.computeIfAbsent(collection, k -> new long[3])[
              problem.severity() == IngestProblem.Severity.SKIPPED ? 1 : 2]
          ++;
    }

    synchronized IndexReport report(Duration elapsed) {
      Map<String, IndexReport.CollectionCounts> result = new TreeMap<>();
      counts.forEach((k, v) -> result.put(k, new IndexReport.CollectionCounts(v[0], v[1], v[2])));
      return new IndexReport(result, problems, elapsed);
    }
  }
}

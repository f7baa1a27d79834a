package revue.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.BytesRef;
import revue.IndexProgress;
import revue.IndexReport;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.enrich.Enricher;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * Runs ingest, enrichment and document writing as a pipeline: one thread reads the files in a
 * single pass, a bounded queue hands articles to worker threads that enrich and write them. Memory
 * stays bounded whatever the corpus size. Every document records its input file and the file's
 * SHA-256 ({@link Fields#FILE}, {@link Fields#FILE_HASH}) so later runs can be incremental.
 *
 * <p>Not thread-safe: one run at a time per instance. Does not commit.
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
   * The writer settings every revue index is written with (open mode and commit-on-close are the
   * caller's): revue's per-field analyzers, a 128 MB buffer, and no compound files, whose copy of
   * every freshly flushed segment into one file costs a pass over the index for nothing here (a
   * generation is opened by a handful of readers, never by thousands).
   */
  public static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(FieldAnalyzers.perField());
    config.setRAMBufferSizeMB(128);
    config.setUseCompoundFile(false);
    config.getMergePolicy().setNoCFSRatio(0.0);
    return config;
  }

  /**
   * The most segments a first build of an index leaves (see {@link #compactFirstBuild}).
   *
   * <p>Every query pays per segment: a term look-up and a postings enum for each of its terms
   * (eight text fields per word), a scorer for each clause. The 1M-article bench index came out of
   * its build in 12 segments; merged to 5, then to 3, its queries got faster each time for a merge
   * that is a small part of the build, while 2 bought no more than 3 did ({@code QueryReplay WORK
   * --index-ab OTHER 500}; figures: docs/benchmarks.md, "What changes bought, measured apart"). A
   * build of the 130k shared articles makes 3-4 segments: at most the two smallest merge. The
   * nightly rebuild merges to one ({@link Rebuilder}).
   */
  static final int FIRST_BUILD_MAX_SEGMENTS = 3;

  /**
   * At the end of the first build of an index, merges it down to {@link #FIRST_BUILD_MAX_SEGMENTS}
   * segments when it has more: a bulk load is searched far more often than it is built, and merging
   * it once costs a fraction of the build. Later incremental runs leave merging to the writer's
   * merge policy. Does not commit.
   */
  public static void compactFirstBuild(IndexWriter writer) throws IOException {
    writer.forceMerge(FIRST_BUILD_MAX_SEGMENTS);
  }

  /**
   * Indexes every article under the paths, replacing articles of the same id.
   *
   * @param progress called with the running count of indexed articles, about every 1,000
   */
  public IndexReport index(List<Path> paths, IngestOptions options, LongConsumer progress)
      throws IOException {
    return run(paths, options, progress, new FullRun());
  }

  /**
   * Brings the index up to date with the files under the paths: reads only new and changed files
   * (by SHA-256 of their bytes), deletes the articles of changed files and of files that vanished
   * from under the paths, and leaves everything else alone. Files indexed from outside the paths
   * are kept. A changed file that could not be read whole (a truncated archive, binary bytes, a
   * broken record) keeps the articles its new version did not replace: a bad copy loses nothing.
   *
   * <p>Caveat: ids are made unique within one run (see {@link Ingest#read}); an article whose id
   * repeats one in an unchanged file replaces it, where a full build would rename it.
   *
   * @param before a reader on the index as the writer opened it (its last commit)
   */
  public IndexReport update(
      List<Path> paths, IngestOptions options, LongConsumer progress, DirectoryReader before)
      throws IOException {
    IncrementalRun run = new IncrementalRun(before, writer);
    IndexReport report = run(paths, options, progress, run);
    long removed = run.finish(paths, report.problems());
    IndexReport.Changes c = report.changes();
    return new IndexReport(
        report.collections(),
        report.problems(),
        report.elapsed(),
        new IndexReport.Changes(c.added(), c.updated(), removed, run.unchanged));
  }

  private IndexReport run(List<Path> paths, IngestOptions options, LongConsumer progress, Mode mode)
      throws IOException {
    long start = System.nanoTime();
    BlockingQueue<Article> queue = new ArrayBlockingQueue<>(threads * 256);
    Tally tally = new Tally(progress instanceof IndexProgress p ? p : null);
    AtomicLong done = new AtomicLong();
    AtomicLong bytesRead = new AtomicLong();
    long totalBytes = progress instanceof IndexProgress ? inputSize(paths) : 0;
    LongConsumer reporting =
        n -> {
          if (progress instanceof IndexProgress withBytes) {
            withBytes.bytes(bytesRead.get(), totalBytes);
          }
          progress.accept(n);
        };
    List<Thread> workers = new ArrayList<>();
    List<Throwable> fatal = new ArrayList<>();
    Map<String, String> hashes = new ConcurrentHashMap<>();
    for (int i = 0; i < threads; i++) {
      Thread worker =
          Thread.ofPlatform()
              .name("revue-indexer-" + i)
              .start(
                  () -> {
                    try {
                      work(queue, tally, done, reporting, fatal, hashes, mode);
                    } catch (Throwable t) {
                      // An Error (a class that failed to initialise, a stack overflow) ends this
                      // worker: report it, and keep taking articles until END, or the reader
                      // would wait for ever on the full queue.
                      synchronized (fatal) {
                        fatal.add(t);
                      }
                      drain(queue);
                    }
                  });
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

            @Override
            public boolean beforeFile(Path file) {
              String key = fileKey(file.toString());
              String hash = Ingest.sha256(file);
              hashes.put(key, hash);
              try {
                boolean read = mode.read(key, hash);
                if (!read) {
                  bytesRead.addAndGet(sizeOf(file)); // unchanged: as good as read, for progress
                }
                return read;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }

            @Override
            public void bytesRead(long bytes) {
              bytesRead.addAndGet(bytes);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
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
        Throwable t = firstCause(fatal);
        throw t instanceof IOException io ? io : new IOException(t.getMessage(), t);
      }
    }
    return tally.report(Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * The failure to report: when one thread's failure closes the writer (a tragedy such as a denied
   * or full disk), another thread may record "this IndexWriter is closed" first.
   */
  private Throwable firstCause(List<Throwable> fatal) {
    Throwable tragic = writer.getTragicException();
    if (tragic != null) {
      return tragic;
    }
    for (Throwable t : fatal) {
      if (!(t instanceof AlreadyClosedException)) {
        return t;
      }
    }
    return fatal.get(0);
  }

  private void work(
      BlockingQueue<Article> queue,
      Tally tally,
      AtomicLong done,
      LongConsumer progress,
      List<Throwable> fatal,
      Map<String, String> hashes,
      Mode mode) {
    // articles come file by file: the file's key is worked out once per file, not per article
    String lastPath = null;
    String lastFile = null;
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
        if (!article.path().equals(lastPath)) {
          lastPath = article.path();
          lastFile = fileKey(lastPath);
        }
        String file = lastFile;
        doc = ArticleDocuments.toDocument(enricher.enrich(article), file);
        ArticleDocuments.inputFileFields(doc, file, hashes.getOrDefault(file, ""));
        doc = ArticleDocuments.facetsConfig().build(doc);
      } catch (RuntimeException | IOException e) {
        tally.problem(
            new IngestProblem(
                article.path(),
                article.line(),
                IngestProblem.Severity.FAILED,
                "could not analyze article " + article.id() + ": " + e));
        continue;
      }
      boolean existed;
      try {
        existed = mode.existedBefore(article.id());
        if (existed) {
          writer.updateDocument(new Term(Fields.ID, article.id()), doc);
        } else {
          // ids are unique within a run (ingest renames repeats): a new id needs no delete, and
          // a buffered delete per article is looked up in every segment at each flush
          writer.addDocument(doc);
        }
      } catch (IOException | RuntimeException e) {
        // the writer itself failed (disk full, closed): stop taking articles, report once
        synchronized (fatal) {
          fatal.add(e);
        }
        drain(queue);
        return;
      }
      tally.indexed(article.collection(), existed);
      long n = done.incrementAndGet();
      if (n % 1000 == 0) {
        progress.accept(n);
      }
    }
  }

  /** Bytes of the regular files under the paths, for progress; unreadable entries count 0. */
  private static long inputSize(List<Path> paths) {
    long total = 0;
    for (Path path : paths) {
      try (var files = java.nio.file.Files.walk(path)) {
        total += files.filter(java.nio.file.Files::isRegularFile).mapToLong(Indexer::sizeOf).sum();
      } catch (IOException | UncheckedIOException e) {
        // progress only: an estimate without this folder is still an estimate
      }
    }
    return total;
  }

  private static long sizeOf(Path file) {
    try {
      return java.nio.file.Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The identity of an input file in the index: its absolute, normalized path. */
  static String fileKey(String path) {
    return ArticleDocuments.inputFile(path);
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

  /** What a run does with each input file and article. */
  private interface Mode {
    /** Whether to read a file (called on the reading thread, before any of its articles). */
    boolean read(String file, String hash) throws IOException;

    /** Whether an article id was in the index before the run (called from workers). */
    boolean existedBefore(String id) throws IOException;
  }

  private static final class FullRun implements Mode {
    @Override
    public boolean read(String file, String hash) {
      return true;
    }

    @Override
    public boolean existedBefore(String id) {
      return false;
    }
  }

  /** Compares the input files with what the index holds from them, file by file. */
  private static final class IncrementalRun implements Mode {
    private record Indexed(String hash, List<Integer> docs) {}

    private final DirectoryReader before;
    private final IndexSearcher searcher;
    private final IndexWriter writer;
    private final Map<String, Indexed> indexed;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> replaced = new HashSet<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final boolean empty;
    long unchanged;

    IncrementalRun(DirectoryReader before, IndexWriter writer) throws IOException {
      this.before = before;
      this.searcher = new IndexSearcher(before);
      this.writer = writer;
      this.indexed = indexedFiles(before);
      this.empty = before.numDocs() == 0;
    }

    @Override
    public boolean read(String file, String hash) throws IOException {
      seen.add(file);
      Indexed old = indexed.get(file);
      if (old != null && old.hash().equals(hash) && !hash.isEmpty()) {
        unchanged += old.docs().size();
        return false;
      }
      if (old != null) {
        // its articles that the new version does not write again go at the end of the run, unless
        // the new version failed to read (finish)
        replaced.add(file);
      }
      return true;
    }

    @Override
    public boolean existedBefore(String id) throws IOException {
      if (empty) {
        // a first build: nothing to find, and no file of the index to count removals from
        return false;
      }
      written.add(id);
      return searcher.count(new TermQuery(new Term(Fields.ID, id))) > 0;
    }

    /**
     * Deletes the articles of files gone from under the paths, and those of changed files that
     * their new version no longer holds, unless it failed to read (a record or the file: a problem
     * {@link IngestProblem.Severity#FAILED} names it); returns the articles removed.
     */
    long finish(List<Path> paths, List<IngestProblem> problems) throws IOException {
      List<Path> roots = paths.stream().map(p -> Path.of(fileKey(p.toString()))).toList();
      Set<String> failed = new HashSet<>();
      for (IngestProblem p : problems) {
        if (p.severity() == IngestProblem.Severity.FAILED) {
          failed.add(fileKey(p.path()));
        }
      }
      Set<String> gone = new HashSet<>();
      for (String file : indexed.keySet()) {
        Path path = Path.of(file);
        if (!seen.contains(file) && roots.stream().anyMatch(path::startsWith)) {
          writer.deleteDocuments(new Term(Fields.FILE, file));
          gone.add(file);
        }
      }
      long removed = 0;
      StoredFields stored = before.storedFields();
      for (String file : indexed.keySet()) {
        boolean isGone = gone.contains(file);
        if (!isGone && (!replaced.contains(file) || failed.contains(file))) {
          continue;
        }
        List<BytesRef> dropped = new ArrayList<>();
        for (int doc : indexed.get(file).docs()) {
          String id = stored.document(doc, Set.of(Fields.ID)).get(Fields.ID);
          if (!written.contains(id)) {
            removed++;
            dropped.add(new BytesRef(id));
          }
        }
        if (!isGone && !dropped.isEmpty()) {
          // the articles written again replaced theirs by id; the others are deleted here, after
          // the new version's articles, which the query cannot hit (their ids are written)
          writer.deleteDocuments(
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(Fields.FILE, file)), BooleanClause.Occur.FILTER)
                  .add(new TermInSetQuery(Fields.ID, dropped), BooleanClause.Occur.FILTER)
                  .build());
        }
      }
      return removed;
    }

    /** Every input file the index holds articles from, with its hash and live documents. */
    private static Map<String, Indexed> indexedFiles(DirectoryReader reader) throws IOException {
      Map<String, Indexed> files = new HashMap<>();
      StoredFields stored = reader.storedFields();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Fields.FILE);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          postings = te.postings(postings, PostingsEnum.NONE);
          var live = leaf.reader().getLiveDocs();
          for (int d = postings.nextDoc();
              d != DocIdSetIterator.NO_MORE_DOCS;
              d = postings.nextDoc()) {
            if (live != null && !live.get(d)) {
              continue;
            }
            int doc = leaf.docBase + d;
            String file = term.utf8ToString();
            Indexed entry = files.get(file);
            if (entry == null) {
              String hash = stored.document(doc, Set.of(Fields.FILE_HASH)).get(Fields.FILE_HASH);
              entry = new Indexed(hash == null ? "" : hash, new ArrayList<>());
              files.put(file, entry);
            }
            entry.docs().add(doc);
          }
        }
      }
      return files;
    }
  }

  /** Counts per collection, shared by reader and workers. */
  private static final class Tally {
    private final Map<String, long[]> counts = new TreeMap<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private final IndexProgress listener;
    private long added;
    private long updated;

    /** {@code listener}, when not null, hears of each problem too. */
    Tally(IndexProgress listener) {
      this.listener = listener;
    }

    synchronized void indexed(String collection, boolean existed) {
      counts.computeIfAbsent(collection, k -> new long[3])[0]++;
      if (existed) {
        updated++;
      } else {
        added++;
      }
    }

    void problem(IngestProblem problem) {
      count(problem);
      if (listener != null) {
        listener.problem(problem); // outside the lock: the listener may print
      }
    }

    private synchronized void count(IngestProblem problem) {
      problems.add(problem);
      if (problem.severity() == IngestProblem.Severity.WARNING) {
        return; // the article itself is delivered and counted as indexed
      }
      String collection = Ingest.collectionOf(Path.of(problem.path()));
      counts
          .computeIfAbsent(collection, k -> new long[3])[
          problem.severity() == IngestProblem.Severity.SKIPPED ? 1 : 2]++;
    }

    synchronized IndexReport report(Duration elapsed) {
      Map<String, IndexReport.CollectionCounts> result = new TreeMap<>();
      counts.forEach((k, v) -> result.put(k, new IndexReport.CollectionCounts(v[0], v[1], v[2])));
      return new IndexReport(
          result, problems, elapsed, new IndexReport.Changes(added, updated, 0, 0));
    }
  }
}

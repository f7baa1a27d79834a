package revue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.store.ByteBuffersDirectory;
import revue.index.Rebuilder;
import revue.RunReport;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import revue.enrich.EnrichedArticle;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.index.ArticleDocuments;
import revue.index.IndexLayout;
import revue.index.IndexLock;
import revue.IndexLockedException;
import revue.IndexReport;
import revue.IndexStats;
import revue.index.Indexer;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.search.ArticleSearcher;
import revue.search.BackgroundFacetState;
import revue.search.Preloaded;
import revue.FacetCounts;
import revue.SearchRequest;
import revue.SearchResults;
import revue.search.SearchThreads;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The front door of revue as a library: open an index folder, index files into it, rebuild it,
 * search it, close it.
 *
 * <pre>{@code
 * try (Revue revue = Revue.open(Path.of("index"))) {
 *   revue.index(List.of(Path.of("corpus")));
 *   SearchResults results = revue.search(SearchRequest.of("Bourita Niger").withFilter("country", "NE"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: searches may run from any number of threads, also while {@link #index} or
 * {@link #rebuild} runs here or in another process. Searches read the live generation (named by
 * the folder's {@code CURRENT} file); at most every refresh interval (1 s by default), and on
 * {@link #refresh()}, an instance switches to a newer generation or commit. A generation left
 * behind is closed once the searches running on it finish, so no file of it stays open.
 */
public final class Revue implements AutoCloseable {

  private static final Duration DEFAULT_REFRESH = Duration.ofSeconds(1);

  private final IndexLayout layout;
  private final Supplier<EntityExtractor> entities;
  private final ZoneId zone;
  private final long refreshEveryNanos;
  /** Whether searches are spread over the search threads: always, never, or by index size. */
  private enum Spread {
    NEVER,
    ALWAYS,
    BY_SIZE
  }

  private final Spread spreadSearches;
  private final boolean mapFiles;
  private final AtomicReference<Generation> live = new AtomicReference<>();
  private final ReentrantLock switching = new ReentrantLock();
  private volatile long nextRefresh;

  private Revue(
      IndexLayout layout,
      Supplier<EntityExtractor> entities,
      ZoneId zone,
      Duration refreshEvery,
      Spread spreadSearches,
      boolean mapFiles)
      throws IOException {
    this.layout = layout;
    this.entities = entities;
    this.zone = zone;
    this.refreshEveryNanos = refreshEvery.toNanos();
    this.spreadSearches = spreadSearches;
    this.mapFiles = mapFiles;
    this.live.set(openGeneration(layout.current()));
    this.nextRefresh = System.nanoTime() + refreshEveryNanos;
  }

  /** Opens the index in a folder; a folder without one reads as empty until it is indexed. */
  public static Revue open(Path indexDir) {
    return open(indexDir, EntityExtractor::defaults, ZoneId.of("UTC"));
  }

  /**
   * Opens the index in a folder while the entity extractor loads on another thread (loading the
   * gazetteers takes as long as opening a large index); the first use of it waits for it.
   *
   * @param entities builds the extractor (gazetteers) for indexing and entity-aware search; its
   *     failure is thrown by the first search or indexing that needs it
   */
  public static Revue open(Path indexDir, Supplier<EntityExtractor> entities, ZoneId zone) {
    return open(indexDir, entities, zone, Spread.BY_SIZE);
  }

  /**
   * As {@link #open(Path, Supplier, ZoneId)}, choosing whether each search is spread over the
   * shared search threads ({@link SearchThreads}: the index's segments in one slice per core).
   * By default a search is spread when the index is large enough for each core's part to pay for
   * its thread ({@link SearchThreads#partsFor}): on the 2-core machine where revue is measured, a
   * search of the 130k-article index took longer on two threads than on one (its parts take a
   * fraction of a millisecond, about what a sleeping thread takes to wake there), one of a
   * million articles less.
   *
   * @param spreadSearches true to spread every search over the search threads, false to run each
   *     on its calling thread alone
   */
  public static Revue open(
      Path indexDir, Supplier<EntityExtractor> entities, ZoneId zone, boolean spreadSearches) {
    return open(indexDir, entities, zone, spreadSearches ? Spread.ALWAYS : Spread.NEVER);
  }

  private static Revue open(
      Path indexDir, Supplier<EntityExtractor> entities, ZoneId zone, Spread spreadSearches) {
    requireNonNull(entities, "entities");
    return open(
        indexDir, Preloaded.start("revue-gazetteers", entities), zone, DEFAULT_REFRESH, spreadSearches, true);
  }

  /**
   * As {@link #open(Path, Supplier, ZoneId)}, for a process that runs a search or two and exits,
   * such as the CLI's {@code revue search}: the index's files are read with plain reads instead of
   * being memory-mapped, and every search runs on its calling thread. In a cold JVM, setting up
   * memory mapping (its classes, native calls to advise the kernel) cost more than mapping saves
   * a single search: {@code revue search "Bourita Niger"} on the 130k-article harness index took
   * 529 ms of user CPU mapped and 418 ms not, mean wall time 380 and 317 ms (hyperfine, 25 runs
   * each, quiet machine). A long-running process should use {@link #open(Path, Supplier, ZoneId)}.
   */
  public static Revue openForOneShot(Path indexDir, Supplier<EntityExtractor> entities, ZoneId zone) {
    requireNonNull(entities, "entities");
    return open(indexDir, Preloaded.start("revue-gazetteers", entities), zone, DEFAULT_REFRESH, Spread.NEVER, false);
  }

  /**
   * Opens the index in a folder; a folder without one reads as empty until it is indexed.
   *
   * @param entities the extractor (gazetteers) for indexing and entity-aware search
   * @param zone the zone in which publication instants become calendar days
   */
  public static Revue open(Path indexDir, EntityExtractor entities, ZoneId zone) {
    return open(indexDir, entities, zone, DEFAULT_REFRESH);
  }

  /**
   * Opens the index in a folder, checking for a new generation or commit at most every {@code
   * refreshEvery} when searching.
   */
  public static Revue open(Path indexDir, EntityExtractor entities, ZoneId zone, Duration refreshEvery) {
    requireNonNull(entities, "entities");
    return open(indexDir, Preloaded.of(entities), zone, refreshEvery, Spread.BY_SIZE, true);
  }

  private static Revue open(
      Path indexDir,
      Preloaded<EntityExtractor> entities,
      ZoneId zone,
      Duration refreshEvery,
      Spread spreadSearches,
      boolean mapFiles) {
    requireNonNull(indexDir, "indexDir");
    requireNonNull(refreshEvery, "refreshEvery");
    IndexLayout layout = new IndexLayout(indexDir);
    try {
      return new Revue(layout, entities, zone, refreshEvery, spreadSearches, mapFiles);
    } catch (IOException e) {
      throw new RevueException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** True when the folder holds a revue index. */
  public static boolean exists(Path indexDir) {
    return new IndexLayout(indexDir).exists();
  }

  /**
   * True when the folder holds no index, or when a file under the inputs was modified after the
   * index's last commit and after the start of the last index or rebuild run over these inputs.
   */
  public static boolean isStale(Path indexDir, List<Path> inputs) {
    try {
      var lastCommit = new IndexLayout(indexDir).lastCommit();
      if (lastCommit.isEmpty()) {
        return true;
      }
      Instant checked = lastChecked(indexDir, inputs).filter(t -> t.isAfter(lastCommit.get())).orElse(lastCommit.get());
      for (Path input : inputs) {
        try (var files = Files.walk(input)) {
          boolean newer =
              files
                  .filter(Files::isRegularFile)
                  .anyMatch(
                      f -> {
                        try {
                          return Files.getLastModifiedTime(f).toInstant().isAfter(checked);
                        } catch (IOException e) {
                          return true;
                        }
                      });
          if (newer) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * When the last successful index or rebuild run over all these inputs started: a file not
   * modified since then was read or found unchanged by it, even when the run committed nothing
   * (a file touched but not changed), so it need not be checked again.
   */
  private static Optional<Instant> lastChecked(Path indexDir, List<Path> inputs) {
    Optional<RunReport> run = RunReport.read(indexDir);
    if (run.isEmpty() || !run.get().ok() || run.get().command().equals("rollback")) {
      return Optional.empty();
    }
    for (Path input : inputs) {
      if (!run.get().inputs().contains(input.toAbsolutePath().normalize().toString())) {
        return Optional.empty();
      }
    }
    return Optional.of(run.get().started());
  }

  /**
   * Brings the index up to date with the files under the paths (files or folders), and commits:
   * new and changed files are (re)indexed, the articles of files gone from under the paths are
   * removed, unchanged files are not read; nothing is written when nothing changed. Bad records
   * are reported, not fatal.
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IngestOptions.defaults(), n -> {});
  }

  /**
   * Incremental indexing with the given ingest options; see {@link #index(List)}.
   *
   * @param progress called with the running count of indexed articles
   */
  public IndexReport index(List<Path> paths, IngestOptions options, LongConsumer progress) {
    return index(paths, options, progress, Duration.ZERO);
  }

  /**
   * Incremental indexing, as the index's only writer; see {@link #index(List)}.
   *
   * @param progress called with the running count of indexed articles
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   */
  public IndexReport index(
      List<Path> paths, IngestOptions options, LongConsumer progress, Duration lockWait) {
    requireExisting(paths);
    Enricher enricher = new Enricher(entities.get(), options.zone());
    try (IndexLock lock = IndexLock.acquire(layout.root(), "index", lockWait)) {
      Instant started = Instant.now();
      Path gen = layout.currentOrCreate();
      IndexReport report;
      long documents;
      try (Directory dir = FSDirectory.open(gen);
          IndexWriter writer = newWriter(dir)) {
        try (DirectoryReader before = DirectoryReader.open(writer)) {
          report = new Indexer(writer, enricher, threads()).update(paths, options, progress, before);
        }
        boolean firstCommit = !DirectoryReader.indexExists(dir);
        if (firstCommit) {
          Indexer.compactFirstBuild(writer);
        }
        if (!report.changes().none() || firstCommit) {
          writer.setLiveCommitData(updatedCommitData(writer, paths, started).entrySet());
          writer.commit();
        }
        documents = writer.getDocStats().numDocs;
      }
      IndexReport.Changes c = report.changes();
      recordRun(
          new RunReport(
              "index", started, Instant.now(),
              paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(), true,
              String.format(
                  Locale.ROOT, "%d added, %d updated, %d removed, %d unchanged", c.added(), c.updated(), c.removed(), c.unchanged()),
              gen.getFileName().toString(), documents, c, report.skipped(), report.failed()));
      refresh();
      return report;
    } catch (LockObtainFailedException e) {
      throw new RevueException("index " + layout.root() + " is locked by another writer", e);
    } catch (IOException e) {
      throw new RevueException("indexing into " + layout.root() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Rebuilds the index from the inputs into a new generation beside the live one, checks it
   * (documents against the input report, Lucene's checksum check, one query) and makes it live
   * atomically; the previous generation is kept for {@link #rollback}, older ones are deleted.
   * This instance then searches the new generation.
   *
   * @param progress called with the running count of indexed articles
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   * @throws RevueException when the build or its check fails; the live generation is unchanged
   */
  public RunReport rebuild(
      List<Path> paths, IngestOptions options, LongConsumer progress, Duration lockWait) {
    requireExisting(paths);
    Enricher enricher = new Enricher(entities.get(), options.zone());
    RunReport run;
    try (IndexLock lock = IndexLock.acquire(layout.root(), "rebuild", lockWait)) {
      run = new Rebuilder(layout, enricher, threads()).rebuild(paths, options, progress);
    } catch (IOException e) {
      throw new RevueException("rebuild of " + layout.root() + " failed: " + e.getMessage(), e);
    }
    refresh();
    return run;
  }

  /**
   * Makes the generation before the live one live again.
   *
   * @throws RevueException when there is none
   */
  public RunReport rollback(Duration lockWait) {
    RunReport run;
    try (IndexLock lock = IndexLock.acquire(layout.root(), "rollback", lockWait)) {
      run = new Rebuilder(layout, new Enricher(entities.get(), zone), 1).rollback();
    } catch (IOException e) {
      throw new RevueException("rollback of " + layout.root() + " failed: " + e.getMessage(), e);
    }
    refresh();
    return run;
  }

  /**
   * Switches this instance to the live generation, or to the live generation's newest commit,
   * now. Searches running on the previous one complete; it is closed when the last finishes.
   */
  public void refresh() {
    switching.lock();
    try {
      Generation current = live.get();
      if (current == null) {
        throw new IllegalStateException("Revue is closed");
      }
      Optional<Path> gen = layout.current();
      if (gen.isPresent() && !gen.get().equals(current.path)) {
        live.set(openGeneration(gen));
        current.release();
      } else {
        current.searchers.maybeRefreshBlocking();
      }
      nextRefresh = System.nanoTime() + refreshEveryNanos;
    } catch (IOException e) {
      throw new RevueException("cannot open the live generation of " + layout.root() + ": " + e.getMessage(), e);
    } finally {
      switching.unlock();
    }
  }

  /** Runs a search on the live generation. */
  public SearchResults search(SearchRequest request) {
    requireNonNull(request, "request");
    return withSearcher(s -> s.articles.search(request));
  }

  /**
   * Runs a search for every article it matches, whatever the request's limit: each one's id goes
   * to {@code wanted}, and those it accepts come back as hits with snippets, in rank order; no
   * facets. For saved searches, which report the few articles they have not reported yet out of
   * the thousands they may match, without a snippet for each of those.
   */
  public List<Hit> matching(SearchRequest request, java.util.function.Predicate<String> wanted) {
    requireNonNull(request, "request");
    requireNonNull(wanted, "wanted");
    return withSearcher(s -> s.articles.matching(request, wanted));
  }

  /** The saved searches kept beside this index; they search through this instance. */
  public Watches watches() {
    return new Watches(this, layout.root());
  }

  /** Documents per language and per collection, size on disk, generations and the last run. */
  public IndexStats stats() {
    SearchRequest everything = SearchRequest.of("").withLimit(0).withFacetLimit(10_000);
    record Snapshot(SearchResults all, Map<String, String> commitData, Path gen) {}
    Snapshot snap =
        withSearcher(
            s -> {
              Map<String, String> data = Map.of();
              if (s.getIndexReader() instanceof DirectoryReader reader) {
                data = reader.getIndexCommit().getUserData();
              }
              return new Snapshot(s.articles.search(everything), data, s.generation);
            });
    long size = 0;
    if (snap.gen() != null) {
      try (var files = Files.list(snap.gen())) {
        for (Path f : (Iterable<Path>) files::iterator) {
          size += Files.size(f);
        }
      } catch (IOException e) {
        throw new RevueException("cannot read " + snap.gen() + ": " + e.getMessage(), e);
      }
    }
    Optional<Path> previous;
    try {
      previous = layout.previous();
    } catch (IOException e) {
      previous = Optional.empty();
    }
    Map<String, String> data = snap.commitData();
    String from = data.get(Rebuilder.FROM);
    return new IndexStats(
        snap.all().total(),
        counts(snap.all(), "lang"),
        counts(snap.all(), "collection"),
        size,
        snap.gen() == null ? null : snap.gen().getFileName().toString(),
        layout.root().toString(),
        instant(data.get(Rebuilder.BUILT)),
        from == null || from.isEmpty() ? List.of() : List.of(from.split("\n")),
        instant(data.get(Rebuilder.UPDATED)),
        previous.map(p -> p.getFileName().toString()).orElse(null),
        RunReport.read(layout.root()).orElse(null));
  }

  /**
   * What the pipeline extracts from each article under the paths, without indexing them.
   *
   * @param problems receives bad records and files
   */
  public static List<EnrichedArticle> analyze(
      List<Path> paths, EntityExtractor entities, IngestOptions options, List<IngestProblem> problems) {
    requireExisting(paths);
    Enricher enricher = new Enricher(entities, options.zone());
    List<EnrichedArticle> result = new ArrayList<>();
    try {
      Ingest.read(
          paths,
          options,
          new IngestListener() {
            @Override
            public void article(Article article) {
              result.add(enricher.enrich(article));
            }

            @Override
            public void problem(IngestProblem problem) {
              problems.add(problem);
            }
          });
    } catch (IOException e) {
      throw new RevueException("reading failed: " + e.getMessage(), e);
    }
    return List.copyOf(result);
  }

  @Override
  public void close() {
    switching.lock();
    try {
      Generation current = live.getAndSet(null);
      if (current != null) {
        current.release();
      }
    } finally {
      switching.unlock();
    }
  }

  private <T> T withSearcher(SearcherAction<T> action) {
    maybeRefresh();
    Generation gen = acquireLive();
    try {
      IndexSearcher searcher = gen.searchers.acquire();
      try {
        return action.apply((StatefulSearcher) searcher);
      } finally {
        gen.searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new RevueException("search failed: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new RevueException("search failed: " + e.getCause().getMessage(), e);
    } finally {
      gen.release();
    }
  }

  private interface SearcherAction<T> {
    T apply(StatefulSearcher searcher) throws IOException;
  }

  /** Checks for a new generation when the interval has passed; one searching thread does it. */
  private void maybeRefresh() {
    if (System.nanoTime() - nextRefresh < 0 || !switching.tryLock()) {
      return;
    }
    try {
      if (live.get() != null) {
        refresh();
      }
    } catch (RevueException e) {
      // Searches go on with the generation they have; the next interval tries again, and an
      // explicit refresh() reports the error.
      nextRefresh = System.nanoTime() + refreshEveryNanos;
    } finally {
      switching.unlock();
    }
  }

  private Generation acquireLive() {
    while (true) {
      Generation gen = live.get();
      if (gen == null) {
        throw new IllegalStateException("Revue is closed");
      }
      if (gen.tryAcquire()) {
        return gen;
      }
      // released while we looked: the live reference has moved on, read it again
    }
  }

  private Generation openGeneration(Optional<Path> gen) throws IOException {
    if (gen.isEmpty()) {
      Directory empty = new ByteBuffersDirectory();
      try (IndexWriter writer = newWriter(empty)) {
        writer.commit();
      }
      return new Generation(null, empty, new SearcherManager(empty, new StatefulSearcherFactory(null)));
    }
    Directory dir = mapFiles ? FSDirectory.open(gen.get()) : new NIOFSDirectory(gen.get());
    try {
      return new Generation(gen.get(), dir, new SearcherManager(dir, new StatefulSearcherFactory(gen.get())));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  private void recordRun(RunReport run) {
    try {
      run.write(layout.root());
    } catch (IOException e) {
      // the run's outcome stands; only its log is lost (a full disk)
    }
  }

  private static Map<String, String> updatedCommitData(IndexWriter writer, List<Path> paths, Instant started) {
    Map<String, String> data = new LinkedHashMap<>();
    Iterable<Map.Entry<String, String>> old = writer.getLiveCommitData();
    if (old != null) {
      old.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    Set<String> from = new LinkedHashSet<>();
    String oldFrom = data.get(Rebuilder.FROM);
    if (oldFrom != null && !oldFrom.isEmpty()) {
      from.addAll(List.of(oldFrom.split("\n")));
    }
    paths.forEach(p -> from.add(p.toAbsolutePath().normalize().toString()));
    data.putIfAbsent(Rebuilder.BUILT, started.toString());
    data.put(Rebuilder.FROM, String.join("\n", from));
    data.put(Rebuilder.UPDATED, started.toString());
    return data;
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private static Map<String, Long> counts(SearchResults results, String dim) {
    Map<String, Long> counts = new TreeMap<>();
    for (FacetCounts f : results.facets()) {
      if (f.dimension().equals(dim)) {
        f.values().forEach(v -> counts.put(v.value(), v.count()));
      }
    }
    return counts;
  }

  private static IndexWriter newWriter(Directory directory) throws IOException {
    IndexWriterConfig config = Indexer.writerConfig();
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    return new IndexWriter(directory, config);
  }

  /** Fails with an {@link InvalidInputException} naming the first path that does not exist. */
  public static void requireExisting(List<Path> paths) {
    requireNonNull(paths, "paths");
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new InvalidInputException("no such file or folder: " + p);
      }
    }
  }

  private static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * An IndexSearcher that carries the facet state and searcher built once per reader. Split into
   * more than one part, it spreads each search over the shared {@link SearchThreads}, one slice of
   * the segments per part.
   */
  private static final class StatefulSearcher extends IndexSearcher {
    final ArticleSearcher articles;
    final Path generation;
    private final int parts;

    StatefulSearcher(IndexReader reader, Supplier<EntityExtractor> entities, Path generation, int parts)
        throws IOException {
      super(reader, parts > 1 ? SearchThreads.executor() : null);
      this.parts = parts;
      this.articles = new ArticleSearcher(this, facetState(reader), entities);
      this.generation = generation;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return SearchThreads.balancedSlices(leaves, parts);
    }
  }

  /**
   * One generation's open files: the live one holds a reference, each running search one more;
   * the files close when the last reference goes.
   */
  private static final class Generation {
    final Path path;
    final Directory directory;
    final SearcherManager searchers;
    private final AtomicInteger refs = new AtomicInteger(1);

    Generation(Path path, Directory directory, SearcherManager searchers) {
      this.path = path;
      this.directory = directory;
      this.searchers = searchers;
    }

    boolean tryAcquire() {
      while (true) {
        int n = refs.get();
        if (n == 0) {
          return false;
        }
        if (refs.compareAndSet(n, n + 1)) {
          return true;
        }
      }
    }

    void release() {
      if (refs.decrementAndGet() == 0) {
        try {
          searchers.close();
          directory.close();
        } catch (IOException e) {
          throw new RevueException("closing " + path + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** Facet ordinals of a reader, or null when no article has a facet value yet. */
  private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    for (var leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
        // built on another thread while a search parses and runs its query
        return BackgroundFacetState.start(reader, ArticleDocuments.facetsConfig());
      }
    }
    return null;
  }

  private final class StatefulSearcherFactory extends SearcherFactory {
    private final Path generation;

    StatefulSearcherFactory(Path generation) {
      this.generation = generation;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      int parts =
          switch (spreadSearches) {
            case NEVER -> 1;
            case ALWAYS -> SearchThreads.parallelism();
            case BY_SIZE -> SearchThreads.partsFor(reader.maxDoc(), SearchThreads.parallelism());
          };
      return new StatefulSearcher(reader, entities, generation, parts);
    }
  }
}

package revue.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import revue.RelatedResults;
import revue.RevueException;
import revue.SearchRequest;
import revue.SearchResults;
import revue.StoredArticle;
import revue.entity.EntityExtractor;
import revue.index.ArticleDocuments;
import revue.index.IndexLayout;
import revue.index.Indexer;

/**
 * The searchers of an index folder's live generation: reference-counted generations, each with a
 * {@link SearcherManager}, switched when the folder's {@code CURRENT} file names a new one.
 *
 * <p>Thread-safe. A generation left behind is closed once the searches running on it finish.
 */
public final class LiveSearchers implements AutoCloseable {

  /** Whether searches are spread over the search threads: always, never, or by index size. */
  public enum Spread {
    NEVER,
    ALWAYS,
    BY_SIZE
  }

  /** What a stats read needs: every article counted by facet, the commit's data, its folder. */
  public record Snapshot(SearchResults all, Map<String, String> commitData, Path generation) {}

  private final IndexLayout layout;
  private final Supplier<EntityExtractor> entities;
  private final long refreshEveryNanos;
  private final Spread spread;
  private final boolean mapFiles;
  private final AtomicReference<Generation> live = new AtomicReference<>();
  private final ReentrantLock switching = new ReentrantLock();
  private volatile long nextRefresh;

  /**
   * Opens the live generation of the layout's folder; a folder without one reads as empty.
   *
   * @param mapFiles memory-map the index files (long-running processes) or read them plainly (a
   *     process that runs a search or two)
   */
  public LiveSearchers(
      IndexLayout layout,
      Supplier<EntityExtractor> entities,
      Duration refreshEvery,
      Spread spread,
      boolean mapFiles)
      throws IOException {
    this.layout = layout;
    this.entities = entities;
    this.refreshEveryNanos = refreshEvery.toNanos();
    this.spread = spread;
    this.mapFiles = mapFiles;
    this.live.set(openGeneration(layout.current()));
    this.nextRefresh = System.nanoTime() + refreshEveryNanos;
  }

  /** Throws {@link IllegalStateException} when closed. */
  public void requireOpen() {
    if (live.get() == null) {
      throw new IllegalStateException("Revue is closed");
    }
  }

  /** Runs a search on the live generation. */
  public SearchResults search(SearchRequest request) {
    return withSearcher(s -> s.articles.search(request));
  }

  /** The article with this id, or empty; see {@link ArticleSearcher#article}. */
  public Optional<StoredArticle> article(String id, Locale labels) {
    return withSearcher(s -> s.articles.article(id, labels));
  }

  /** Matches per publication day; see {@link ArticleSearcher#dayCounts}. */
  public SortedMap<LocalDate, Long> dayCounts(SearchRequest request) {
    return withSearcher(s -> s.articles.dayCounts(request));
  }

  /** {@link ArticleSearcher#matching} on the live generation. */
  public java.util.List<revue.Hit> matching(
      SearchRequest request, java.util.function.Predicate<String> wanted) {
    return withSearcher(s -> s.articles.matching(request, wanted));
  }

  /** The articles most like one article, on the live generation. */
  public RelatedResults related(String id, int limit) {
    return withSearcher(s -> s.articles.related(id, limit));
  }

  /**
   * The ministers' tenures the live generation's articles show ({@link
   * revue.index.TenureTagging#observe}).
   */
  public revue.entity.ObservedTenures tenures(java.util.function.Predicate<String> knownMinister) {
    return withSearcher(s -> revue.index.TenureTagging.observe(s.getIndexReader(), knownMinister));
  }

  /** Every article counted by facet, with the live commit's data, in one read. */
  public Snapshot snapshot() {
    SearchRequest everything = SearchRequest.of("").withLimit(0).withFacetLimit(10_000);
    return withSearcher(
        s -> {
          Map<String, String> data = Map.of();
          if (s.getIndexReader() instanceof DirectoryReader reader) {
            data = reader.getIndexCommit().getUserData();
          }
          return new Snapshot(s.articles.search(everything), data, s.generation);
        });
  }

  /**
   * Switches to the live generation, or to the live generation's newest commit, now. Searches
   * running on the previous one complete; it is closed when the last finishes.
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
      throw new RevueException(
          "cannot open the live generation of " + layout.root() + ": " + e.getMessage(), e);
    } finally {
      switching.unlock();
    }
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
      IndexWriterConfig config = Indexer.writerConfig();
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      try (IndexWriter writer = new IndexWriter(empty, config)) {
        writer.commit();
      }
      return new Generation(
          null, empty, new SearcherManager(empty, new StatefulSearcherFactory(null)));
    }
    Directory dir = mapFiles ? FSDirectory.open(gen.get()) : new NIOFSDirectory(gen.get());
    try {
      return new Generation(
          gen.get(), dir, new SearcherManager(dir, new StatefulSearcherFactory(gen.get())));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
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

    StatefulSearcher(
        IndexReader reader, Supplier<EntityExtractor> entities, Path generation, int parts)
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
   * One generation's open files: the live one holds a reference, each running search one more; the
   * files close when the last reference goes.
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
          switch (spread) {
            case NEVER -> 1;
            case ALWAYS -> SearchThreads.parallelism();
            case BY_SIZE -> SearchThreads.partsFor(reader.maxDoc(), SearchThreads.parallelism());
          };
      return new StatefulSearcher(reader, entities, generation, parts);
    }
  }
}

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
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
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
import revue.enrich.EnrichedArticle;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.index.ArticleDocuments;
import revue.index.FieldAnalyzers;
import revue.index.IndexLayout;
import revue.index.IndexLock;
import revue.index.IndexLockedException;
import revue.index.IndexReport;
import revue.index.IndexStats;
import revue.index.Indexer;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;
import revue.ingest.IngestOptions;
import revue.ingest.IngestProblem;
import revue.search.ArticleSearcher;
import revue.search.FacetCounts;
import revue.search.SearchRequest;
import revue.search.SearchResults;

/**
 * The front door of revue as a library: open an index folder, index files into it, search it,
 * close it.
 *
 * <pre>{@code
 * try (Revue revue = Revue.open(Path.of("index"))) {
 *   revue.index(List.of(Path.of("corpus")));
 *   SearchResults results = revue.search(SearchRequest.of("Bourita Niger").withFilter("country", "NE"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: searches may run from any number of threads, also while {@link #index} runs;
 * they see the index as of the last completed {@code index} call.
 */
public final class Revue implements AutoCloseable {

  private final IndexLayout layout;
  private final Directory directory;
  private final EntityExtractor entities;
  private final ZoneId zone;
  private final SearcherManager searchers;

  private Revue(IndexLayout layout, Directory directory, EntityExtractor entities, ZoneId zone)
      throws IOException {
    this.layout = layout;
    this.directory = directory;
    this.entities = entities;
    this.zone = zone;
    this.searchers = new SearcherManager(directory, new StatefulSearcherFactory());
  }

  /** Opens the index in a folder, creating an empty one when the folder holds none. */
  public static Revue open(Path indexDir) {
    return open(indexDir, EntityExtractor.defaults(), ZoneId.of("UTC"));
  }

  /**
   * Opens the index in a folder, creating an empty one when the folder holds none.
   *
   * @param entities the extractor (gazetteers) for indexing and entity-aware search
   * @param zone the zone in which publication instants become calendar days
   */
  public static Revue open(Path indexDir, EntityExtractor entities, ZoneId zone) {
    requireNonNull(indexDir, "indexDir");
    IndexLayout layout = new IndexLayout(indexDir);
    try {
      Path gen = layout.currentOrCreate();
      Directory directory = FSDirectory.open(gen);
      if (!DirectoryReader.indexExists(directory)) {
        try (IndexWriter writer = newWriter(directory)) {
          writer.commit();
        }
      }
      return new Revue(layout, directory, entities, zone);
    } catch (IOException e) {
      throw new RevueException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** True when the folder holds a revue index. */
  public static boolean exists(Path indexDir) {
    return new IndexLayout(indexDir).exists();
  }

  /**
   * True when the folder holds no index, or when a file under the inputs changed after the index's
   * last commit.
   */
  public static boolean isStale(Path indexDir, List<Path> inputs) {
    try {
      var lastCommit = new IndexLayout(indexDir).lastCommit();
      if (lastCommit.isEmpty()) {
        return true;
      }
      for (Path input : inputs) {
        try (var files = Files.walk(input)) {
          boolean newer =
              files
                  .filter(Files::isRegularFile)
                  .anyMatch(
                      f -> {
                        try {
                          return Files.getLastModifiedTime(f).toInstant().isAfter(lastCommit.get());
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
   * Indexes every article under the paths (files or folders), replacing articles that have the
   * same id, and commits. Bad records are reported, not fatal.
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IngestOptions.defaults(), n -> {});
  }

  /**
   * Indexes every article under the paths with the given ingest options.
   *
   * @param progress called with the running count of indexed articles
   */
  public IndexReport index(List<Path> paths, IngestOptions options, LongConsumer progress) {
    return index(paths, options, progress, Duration.ZERO);
  }

  /**
   * Indexes every article under the paths with the given ingest options, as the index's only
   * writer.
   *
   * @param progress called with the running count of indexed articles
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   */
  public IndexReport index(
      List<Path> paths, IngestOptions options, LongConsumer progress, Duration lockWait) {
    requireExisting(paths);
    Enricher enricher = new Enricher(entities, options.zone());
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    try (IndexLock lock = IndexLock.acquire(layout.root(), "index", lockWait);
        IndexWriter writer = newWriter(directory)) {
      IndexReport report = new Indexer(writer, enricher, threads).index(paths, options, progress);
      writer.commit();
      searchers.maybeRefreshBlocking();
      return report;
    } catch (LockObtainFailedException e) {
      throw new RevueException("index " + layout.root() + " is locked by another writer", e);
    } catch (IOException e) {
      throw new RevueException("indexing into " + layout.root() + " failed: " + e.getMessage(), e);
    }
  }

  /** Runs a search on the index as of the last completed indexing. */
  public SearchResults search(SearchRequest request) {
    requireNonNull(request, "request");
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return ((StatefulSearcher) searcher).articles.search(request);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new RevueException("search failed: " + e.getMessage(), e);
    }
  }

  /** Documents, per language and per collection, and size on disk. */
  public IndexStats stats() {
    SearchResults all = search(SearchRequest.of("").withLimit(0).withFacetLimit(10_000));
    long size = 0;
    Path gen = layout.current().orElseThrow();
    try (var files = Files.list(gen)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        size += Files.size(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IndexStats(
        all.total(),
        counts(all, "lang"),
        counts(all, "collection"),
        size,
        gen.getFileName().toString(),
        layout.root().toString());
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
    try {
      searchers.close();
      directory.close();
    } catch (IOException e) {
      throw new RevueException("closing index " + layout.root() + ": " + e.getMessage(), e);
    }
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
    IndexWriterConfig config = new IndexWriterConfig(FieldAnalyzers.perField());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(128);
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

  /** An IndexSearcher that carries the facet state and searcher built once per reader. */
  private static final class StatefulSearcher extends IndexSearcher {
    final ArticleSearcher articles;

    StatefulSearcher(IndexReader reader, EntityExtractor entities) throws IOException {
      super(reader);
      this.articles = new ArticleSearcher(this, facetState(reader), entities);
    }
  }

  /** Facet ordinals of a reader, or null when no article has a facet value yet. */
  private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    for (var leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null) {
        return new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
      }
    }
    return null;
  }

  private final class StatefulSearcherFactory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
        throws IOException {
      return new StatefulSearcher(reader, entities);
    }
  }
}

package revue.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import revue.FacetCounts;
import revue.Hit;
import revue.IndexReport;
import revue.IndexStats;
import revue.IngestOptions;
import revue.RelatedResults;
import revue.RevueException;
import revue.RunReport;
import revue.SearchRequest;
import revue.SearchResults;
import revue.StoredArticle;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.index.IndexLayout;
import revue.index.IndexRuns;
import revue.index.Rebuilder;
import revue.search.LiveSearchers;

/**
 * The local backend: a Lucene index in a folder, its generations and its live searchers.
 *
 * <p>Thread-safe, as {@link LiveSearchers} and {@link IndexRuns} are.
 */
public final class LocalBackend implements Backend {

  private final IndexLayout layout;
  private final IndexRuns runs;
  private final LiveSearchers searchers;

  private LocalBackend(IndexLayout layout, LiveSearchers searchers) {
    this.layout = layout;
    this.runs = new IndexRuns(layout);
    this.searchers = searchers;
  }

  /**
   * Opens the index in a folder; a folder without one reads as empty.
   *
   * @param mapFiles memory-map the index files (long-running processes) or read them plainly
   * @throws RevueException when the index cannot be opened
   */
  public static LocalBackend open(
      Path indexDir,
      Supplier<EntityExtractor> entities,
      Duration refreshEvery,
      LiveSearchers.Spread spread,
      boolean mapFiles) {
    IndexLayout layout = new IndexLayout(indexDir);
    try {
      return new LocalBackend(
          layout, new LiveSearchers(layout, entities, refreshEvery, spread, mapFiles));
    } catch (IOException e) {
      throw new RevueException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public IndexReport index(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait) {
    IndexReport report = runs.index(paths, enricher, options, progress, lockWait);
    searchers.refresh();
    return report;
  }

  @Override
  public RunReport rebuild(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait) {
    RunReport run = runs.rebuild(paths, enricher, options, progress, lockWait);
    searchers.refresh();
    return run;
  }

  @Override
  public RunReport rollback(Duration lockWait) {
    RunReport run = runs.rollback(lockWait);
    searchers.refresh();
    return run;
  }

  @Override
  public void refresh() {
    searchers.refresh();
  }

  @Override
  public SearchResults search(SearchRequest request) {
    return searchers.search(request);
  }

  @Override
  public Optional<StoredArticle> article(String id, Locale labels) {
    return searchers.article(id, labels);
  }

  @Override
  public SortedMap<LocalDate, Long> dayCounts(SearchRequest request) {
    return searchers.dayCounts(request);
  }

  @Override
  public List<Hit> matching(SearchRequest request, Predicate<String> wanted) {
    return searchers.matching(request, wanted);
  }

  @Override
  public RelatedResults related(String id, int limit) {
    return searchers.related(id, limit);
  }

  @Override
  public revue.entity.ObservedTenures tenures(Predicate<String> knownMinister) {
    return searchers.tenures(knownMinister);
  }

  @Override
  public IndexStats stats() {
    LiveSearchers.Snapshot snap = searchers.snapshot();
    long size = 0;
    if (snap.generation() != null) {
      try (var files = Files.list(snap.generation())) {
        for (Path f : (Iterable<Path>) files::iterator) {
          size += Files.size(f);
        }
      } catch (IOException e) {
        throw new RevueException("cannot read " + snap.generation() + ": " + e.getMessage(), e);
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
        snap.generation() == null ? null : snap.generation().getFileName().toString(),
        layout.root().toString(),
        instant(data.get(Rebuilder.BUILT)),
        from == null || from.isEmpty() ? List.of() : List.of(from.split("\n")),
        instant(data.get(Rebuilder.UPDATED)),
        previous.map(p -> p.getFileName().toString()).orElse(null),
        runs.lastRun().orElse(null));
  }

  @Override
  public void requireOpen() {
    searchers.requireOpen();
  }

  @Override
  public void close() {
    searchers.close();
  }

  /** When the text is an instant ({@code Instant.toString()}), that instant, else null. */
  static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** One dimension's counts in the results, by value. */
  static Map<String, Long> counts(SearchResults results, String dim) {
    Map<String, Long> counts = new TreeMap<>();
    for (FacetCounts f : results.facets()) {
      if (f.dimension().equals(dim)) {
        f.values().forEach(v -> counts.put(v.value(), v.count()));
      }
    }
    return counts;
  }
}

package revue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.entity.GazetteerFormatException;
import revue.index.IndexLayout;
import revue.index.IndexRuns;
import revue.index.Rebuilder;
import revue.ingest.Ingest;
import revue.search.LiveSearchers;
import revue.search.Preloaded;

/**
 * The front door of revue as a library: open an index folder, index files into it, rebuild it,
 * search it, close it.
 *
 * <pre>{@code
 * try (Revue revue = Revue.open(Path.of("index"))) {
 *   revue.index(List.of(Path.of("corpus")));
 *   SearchResults results =
 *       revue.search(SearchRequest.of("Bourita Niger").withFilter("country", "NE"));
 * }
 * }</pre>
 *
 * <p>Thread-safe: searches may run from any number of threads, also while {@link #index} or
 * {@link #rebuild} runs here or in another process. Searches read the live generation (named by
 * the folder's {@code CURRENT} file); at most every refresh interval ({@link
 * Options.Builder#refreshEvery}), and on {@link #refresh()}, an instance switches to a newer
 * generation or commit. A generation left behind is closed once the searches running on it
 * finish, so no file of it stays open. Writers (index, rebuild, rollback) take the folder's lock,
 * one at a time across processes.
 */
public final class Revue implements AutoCloseable {

  private final IndexLayout layout;
  private final Supplier<EntityExtractor> entities;
  private final IndexRuns runs;
  private final LiveSearchers searchers;

  private Revue(IndexLayout layout, Supplier<EntityExtractor> entities, LiveSearchers searchers) {
    this.layout = layout;
    this.entities = entities;
    this.runs = new IndexRuns(layout);
    this.searchers = searchers;
  }

  /**
   * Opens the index in a folder with the default options; a folder without one reads as empty
   * until it is indexed.
   *
   * @throws RevueException when the index cannot be opened
   */
  public static Revue open(Path indexDir) {
    return open(indexDir, Options.defaults());
  }

  /**
   * Opens the index in a folder; a folder without one reads as empty until it is indexed. The
   * gazetteers load on another thread meanwhile (as long as opening a large index takes); the
   * first search or indexing that needs them waits for them.
   *
   * @throws InvalidInputException when the options name a gazetteer file that does not exist
   * @throws RevueException when the index cannot be opened
   */
  public static Revue open(Path indexDir, Options options) {
    requireNonNull(indexDir, "indexDir");
    requireNonNull(options, "options");
    Path gazetteer = options.gazetteer;
    if (gazetteer != null && !Files.isRegularFile(gazetteer)) {
      throw new InvalidInputException("no such gazetteer file: " + gazetteer);
    }
    Supplier<EntityExtractor> build =
        gazetteer == null ? EntityExtractor::defaults : () -> withGazetteer(gazetteer);
    Preloaded<EntityExtractor> entities = Preloaded.start("revue-gazetteers", build);
    IndexLayout layout = new IndexLayout(indexDir);
    LiveSearchers.Spread spread =
        options.oneShot
            ? LiveSearchers.Spread.NEVER
            : options.spreadSearches == null
                ? LiveSearchers.Spread.BY_SIZE
                : options.spreadSearches ? LiveSearchers.Spread.ALWAYS : LiveSearchers.Spread.NEVER;
    try {
      return new Revue(
          layout,
          entities,
          new LiveSearchers(layout, entities, options.refreshEvery, spread, !options.oneShot));
    } catch (IOException e) {
      throw new RevueException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  private static EntityExtractor withGazetteer(Path file) {
    try {
      return EntityExtractor.withGazetteer(file);
    } catch (GazetteerFormatException | UncheckedIOException e) {
      throw new InvalidInputException(e.getMessage(), e);
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
    return new IndexRuns(new IndexLayout(indexDir)).isStale(inputs);
  }

  /**
   * Brings the index up to date with the files under the paths (files or folders), and commits:
   * new and changed files are (re)indexed, the articles of files gone from under the paths are
   * removed, unchanged files are not read; nothing is written when nothing changed. Bad records
   * are reported, not fatal. Fails at once when another writer holds the index.
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IngestOptions.defaults(), n -> {}, Duration.ZERO);
  }

  /**
   * Incremental indexing, as the index's only writer; see {@link #index(List)}.
   *
   * @param progress called with the running count of indexed articles; an {@link IndexProgress}
   *     also hears of the bytes read
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   * @throws InvalidInputException when a path does not exist
   */
  public IndexReport index(
      List<Path> paths, IngestOptions options, LongConsumer progress, Duration lockWait) {
    Ingest.requireExisting(paths);
    IndexReport report =
        runs.index(paths, new Enricher(entities.get(), options.zone()), options, progress, lockWait);
    searchers.refresh();
    return report;
  }

  /**
   * Rebuilds the index from the inputs with the default ingest options, failing at once when
   * another writer holds the index; see {@link #rebuild(List, IngestOptions, LongConsumer,
   * Duration)}.
   */
  public RunReport rebuild(List<Path> paths) {
    return rebuild(paths, IngestOptions.defaults(), n -> {}, Duration.ZERO);
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
    Ingest.requireExisting(paths);
    RunReport run =
        runs.rebuild(
            paths, new Enricher(entities.get(), options.zone()), options, progress, lockWait);
    searchers.refresh();
    return run;
  }

  /**
   * Makes the generation before the live one live again.
   *
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @throws RevueException when there is none
   */
  public RunReport rollback(Duration lockWait) {
    RunReport run = runs.rollback(lockWait);
    searchers.refresh();
    return run;
  }

  /**
   * Switches this instance to the live generation, or to the live generation's newest commit,
   * now. Searches running on the previous one complete; it is closed when the last finishes.
   */
  public void refresh() {
    searchers.refresh();
  }

  /**
   * Runs a search on the live generation.
   *
   * @throws InvalidInputException when the request cannot be searched (an unknown field or
   *     country, a bad date filter)
   */
  public SearchResults search(SearchRequest request) {
    requireNonNull(request, "request");
    return searchers.search(request);
  }

  /**
   * The articles most like the article with this id, most related first: from its own most
   * telling terms, and from the articles within a few days of its date that name the same
   * ministers or countries (coverage of the same event, also in the other languages). Each
   * carries why: the terms and entities they share, and how many days apart they are.
   *
   * @param limit how many related articles at most
   * @throws InvalidInputException when no article has the id
   */
  public RelatedResults related(String id, int limit) {
    requireNonNull(id, "id");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return searchers.related(id, limit);
  }

  /** Documents per language and per collection, size on disk, generations and the last run. */
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

  /** Closes the index's files once the searches running on them finish. */
  @Override
  public void close() {
    searchers.close();
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (RuntimeException e) {
      return null;
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

  private static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * How {@link Revue#open(Path, Options)} opens an index: immutable, built by {@link #builder()}.
   */
  public static final class Options {

    private final Path gazetteer;
    private final Duration refreshEvery;
    private final Boolean spreadSearches;
    private final boolean oneShot;

    private Options(Builder b) {
      this.gazetteer = b.gazetteer;
      this.refreshEvery = b.refreshEvery;
      this.spreadSearches = b.spreadSearches;
      this.oneShot = b.oneShot;
    }

    /** The bundled gazetteers, a refresh check every second, searches spread by index size. */
    public static Options defaults() {
      return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Options}; not thread-safe. */
    public static final class Builder {
      private Path gazetteer;
      private Duration refreshEvery = Duration.ofSeconds(1);
      private Boolean spreadSearches;
      private boolean oneShot;

      private Builder() {}

      /**
       * More ministers, added to the bundled ones, in the format of the bundled {@code
       * revue/ministers.tsv} (its header documents it). Use the same file to index and to search.
       */
      public Builder gazetteer(Path ministerFile) {
        requireNonNull(ministerFile, "ministerFile");
        this.gazetteer = ministerFile;
        return this;
      }

      /**
       * How often a search checks for a new generation or commit (default 1 s); {@link
       * Revue#refresh()} switches at once.
       */
      public Builder refreshEvery(Duration interval) {
        requireNonNull(interval, "interval");
        if (interval.isNegative()) {
          throw new IllegalArgumentException("interval must not be negative: " + interval);
        }
        this.refreshEvery = interval;
        return this;
      }

      /**
       * Spread every search over the shared search threads (one slice of the index's segments
       * per core), or run each on its calling thread alone. By default a search is spread when
       * the index is large enough for each core's part to pay for its thread; see
       * docs/benchmarks.md, "Spreading a search over the cores", for the measurements behind it.
       */
      public Builder spreadSearches(boolean spread) {
        this.spreadSearches = spread;
        return this;
      }

      /**
       * For a process that runs a search or two and exits, such as the CLI's {@code revue
       * search}: the index's files are read with plain reads instead of being memory-mapped (in a
       * cold JVM, setting up mapping costs more than it saves one search), and every search runs
       * on its calling thread. A long-running process should leave this off (the default).
       */
      public Builder oneShot(boolean oneShot) {
        this.oneShot = oneShot;
        return this;
      }

      /** The options. */
      public Options build() {
        return new Options(this);
      }
    }
  }
}

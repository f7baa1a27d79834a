package revue;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import revue.backend.Backend;
import revue.backend.LocalBackend;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.entity.GazetteerFormatException;
import revue.index.IndexLayout;
import revue.index.IndexRuns;
import revue.ingest.Ingest;
import revue.opensearch.OpenSearchBackend;
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
 * <p>Thread-safe: searches may run from any number of threads, also while {@link #index} or {@link
 * #rebuild} runs here or in another process. Searches read the live generation (named by the
 * folder's {@code CURRENT} file); at most every refresh interval ({@link
 * Options.Builder#refreshEvery}), and on {@link #refresh()}, an instance switches to a newer
 * generation or commit. A generation left behind is closed once the searches running on it finish,
 * so no file of it stays open. Writers (index, rebuild, rollback) take the folder's lock, one at a
 * time across processes. Share one instance per index folder: each holds the index's files open and
 * remembers what its queries looked up.
 *
 * <p>Errors are unchecked: {@link RevueException} for a failure revue can explain (a broken or
 * locked index, a disk error), its subclass {@link InvalidInputException} when the request must
 * change (a bad query, an unknown filter, a missing path). Mistakes in the calling code throw the
 * JDK's exceptions: a null argument {@link IllegalArgumentException} (or {@link
 * NullPointerException} from deeper in), a call after {@link #close()} {@link
 * IllegalStateException}.
 */
public final class Revue implements AutoCloseable {

  private final Path home;
  private final Supplier<EntityExtractor> entities;
  private final Backend backend;

  private Revue(Path home, Supplier<EntityExtractor> entities, Backend backend) {
    this.home = home;
    this.entities = entities;
    this.backend = backend;
  }

  /**
   * Opens the index in a folder with the default options; a folder without one reads as empty until
   * it is indexed. See {@link #open(Path, Options)}.
   *
   * @param indexDir the index folder; it need not exist yet
   * @return an open instance, to close when done
   * @throws RevueException when the index cannot be opened
   */
  public static Revue open(Path indexDir) {
    return open(indexDir, Options.defaults());
  }

  /**
   * Opens the index in a folder; a folder without one reads as empty until it is indexed. The
   * gazetteers load on another thread meanwhile (as long as opening a large index takes); the first
   * search or indexing that needs them waits for them.
   *
   * @param indexDir the index folder; it need not exist yet, and is created by the first {@link
   *     #index} or {@link #rebuild}
   * @param options how to open it, from {@link Options#builder()} or {@link Options#defaults()}
   * @return an open instance, to close when done
   * @throws InvalidInputException when the options name a gazetteer file that does not exist; a
   *     gazetteer file that cannot be read throws it later, from the first search or indexing
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
    LiveSearchers.Spread spread =
        options.oneShot
            ? LiveSearchers.Spread.NEVER
            : options.spreadSearches == null
                ? LiveSearchers.Spread.BY_SIZE
                : options.spreadSearches ? LiveSearchers.Spread.ALWAYS : LiveSearchers.Spread.NEVER;
    Backend backend =
        options.backend == null
            ? LocalBackend.open(indexDir, entities, options.refreshEvery, spread, !options.oneShot)
            : OpenSearchBackend.open(options.backend, entities);
    return new Revue(indexDir, entities, backend);
  }

  private static EntityExtractor withGazetteer(Path file) {
    try {
      return EntityExtractor.withGazetteer(file);
    } catch (GazetteerFormatException | UncheckedIOException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
  }

  /**
   * Whether a folder holds a revue index, without opening it.
   *
   * @param indexDir the folder to look in
   * @return true when the folder holds a revue index with a live generation
   */
  public static boolean exists(Path indexDir) {
    return new IndexLayout(indexDir).exists();
  }

  /**
   * Whether the index in a folder may be behind its inputs, by modification times and without
   * reading the files: true when the folder holds no index, or when a file under the inputs was
   * modified after the index's last commit and after the start of the last index or rebuild run
   * over these inputs. The CLI's {@code search} uses it to decide whether to index first. A file
   * that cannot be checked counts as modified, so the answer errs towards true.
   *
   * @param indexDir the index folder
   * @param inputs the files and folders the index is built from
   * @return true when the index is missing or may be stale
   */
  public static boolean isStale(Path indexDir, List<Path> inputs) {
    return new IndexRuns(new IndexLayout(indexDir)).isStale(inputs);
  }

  /**
   * Brings the index up to date with the files under the paths (files or folders), and commits: new
   * and changed files are (re)indexed, the articles of files gone from under the paths are removed,
   * unchanged files are not read; nothing is written when nothing changed. Bad records are
   * reported, not fatal. Fails at once when another writer holds the index. Uses the default {@link
   * IngestOptions}; see {@link #index(List, IngestOptions, LongConsumer, Duration)}.
   *
   * @param paths the files and folders to index (folders are walked); not null
   * @return what the run read, changed and found wrong
   * @throws IndexLockedException when another writer holds the index
   * @throws InvalidInputException when a path does not exist
   * @throws RevueException when the index cannot be written, such as on a full disk
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IngestOptions.defaults(), n -> {}, Duration.ZERO);
  }

  /**
   * Incremental indexing, as the index's only writer; see {@link #index(List)}. Searches go on
   * meanwhile and see the changes once the run commits, at the end. Each input file's bytes are
   * hashed (SHA-256), and a file is parsed and indexed again only when its hash changed, so
   * touching a file without changing it costs a hash, not a re-index.
   *
   * @param paths the files and folders to index (folders are walked); not null
   * @param options how to read the input; not null
   * @param progress called with the running count of indexed articles, from the indexing threads
   *     (see {@link IndexProgress}, which also hears of the bytes read); not null
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @return what the run read, changed and found wrong
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   * @throws InvalidInputException when a path does not exist
   * @throws RevueException when the index cannot be written, such as on a full disk
   */
  public IndexReport index(
      List<Path> paths, IngestOptions options, LongConsumer progress, Duration lockWait) {
    requireWritable(options, progress, lockWait);
    Ingest.requireExisting(paths);
    return backend.index(
        paths, new Enricher(entities.get(), options.zone()), options, progress, lockWait);
  }

  /**
   * Rebuilds the index from the inputs with the default ingest options, failing at once when
   * another writer holds the index; see {@link #rebuild(List, IngestOptions, LongConsumer,
   * Duration)}.
   *
   * @param paths the files and folders to build the index from (folders are walked); not null
   * @return the report of the run, which succeeded
   * @throws IndexLockedException when another writer holds the index
   * @throws InvalidInputException when a path does not exist
   * @throws RevueException when the build or its check fails; the live generation is unchanged
   */
  public RunReport rebuild(List<Path> paths) {
    return rebuild(paths, IngestOptions.defaults(), n -> {}, Duration.ZERO);
  }

  /**
   * Rebuilds the index from the inputs into a new generation beside the live one, checks it
   * (documents against the input report, Lucene's checksum check, one query) and makes it live
   * atomically; the previous generation is kept for {@link #rollback}, older ones are deleted. This
   * instance then searches the new generation; other instances and processes switch to it within
   * their refresh interval. A rebuild that dies at any moment, fails its check or runs out of disk
   * leaves the live generation as it was, and the next rebuild removes what it left. Needs disk for
   * three generations at once: the one {@link #rollback} would restore, the live one and the new
   * one.
   *
   * @param paths the files and folders to build the index from (folders are walked); not null
   * @param options how to read the input; not null
   * @param progress called with the running count of indexed articles, from the indexing threads
   *     (see {@link IndexProgress}); not null
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   * @return the report of the run, which succeeded; a failed run's report is recorded for {@link
   *     #stats()} and the method throws
   * @throws InvalidInputException when a path does not exist
   * @throws RevueException when the build or its check fails (no article could be read counts as
   *     failing); the live generation is unchanged
   */
  public RunReport rebuild(
      List<Path> paths, IngestOptions options, LongConsumer progress, Duration lockWait) {
    requireWritable(options, progress, lockWait);
    Ingest.requireExisting(paths);
    return backend.rebuild(
        paths, new Enricher(entities.get(), options.zone()), options, progress, lockWait);
  }

  /**
   * Makes the generation before the live one, kept by the last {@link #rebuild}, live again; the
   * generation it replaces stays on disk until the next rebuild. This instance then searches it.
   * Reads no input and needs no gazetteer.
   *
   * @param lockWait how long to wait when another writer holds the index; zero fails at once
   * @return the report of the run
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   * @throws RevueException when there is no index or no generation before the live one
   */
  public RunReport rollback(Duration lockWait) {
    backend.requireOpen();
    requireNonNull(lockWait, "lockWait");
    return backend.rollback(lockWait);
  }

  /**
   * Switches this instance to the live generation, or to the live generation's newest commit, now,
   * rather than at the next refresh interval. Searches running on the previous one complete; it is
   * closed when the last finishes. Useful after another process wrote the index.
   *
   * @throws RevueException when the live generation cannot be opened; searches go on with the one
   *     they have
   * @throws IllegalStateException when this instance is closed
   */
  public void refresh() {
    backend.refresh();
  }

  /**
   * Runs a search on the live generation. Safe to call from many threads at once; a large index's
   * search may also spread over shared search threads (see {@link Options.Builder#spreadSearches}).
   *
   * @param request what to search for; not null
   * @return the total, the top hits with snippets and the facet counts; a {@link
   *     SearchResults#filterNote} for filter values no article has, with the closest ones
   * @throws InvalidInputException when the request cannot be searched (a query syntax error, an
   *     unknown field or country, a bad date filter); an unknown country filter's message names the
   *     closest countries articles have
   * @throws RevueException when the index cannot be read
   * @throws IllegalStateException when this instance is closed
   */
  public SearchResults search(SearchRequest request) {
    requireNonNull(request, "request");
    return backend.search(request);
  }

  /**
   * The article with this id ({@code collection/sourceId}) in the live generation, with its
   * entities and the spellings it gives them; empty when there is none.
   *
   * @param id the article's id, {@code collection/sourceId}
   * @param labels the language of country names in the entities' labels
   * @return the article, or empty when the live generation has none with this id
   * @throws RevueException when the index cannot be read
   * @throws IllegalStateException when this instance is closed
   */
  public Optional<StoredArticle> article(String id, Locale labels) {
    requireNonNull(id, "id");
    requireNonNull(labels, "labels");
    return backend.article(id, labels);
  }

  /**
   * How many articles of the live generation match the request's query and filters on each
   * publication day (articles without a date are left out); its limits are ignored. A timeline
   * groups these days into weeks, months or years.
   *
   * @param request the query and filters; its limits, labels and order play no part
   * @return matching articles per day, earliest day first
   * @throws InvalidInputException when the request cannot be searched
   * @throws IllegalStateException when this instance is closed
   */
  public SortedMap<LocalDate, Long> dayCounts(SearchRequest request) {
    requireNonNull(request, "request");
    return backend.dayCounts(request);
  }

  /**
   * Runs a search for every article it matches, whatever the request's limit: each one's id goes to
   * {@code wanted}, and those it accepts come back as hits with snippets, in rank order; no facets.
   * For saved searches, which report the few articles they have not reported yet out of the
   * thousands they may match, without a snippet for each of those.
   *
   * @param request the query and filters; not null; its limits, labels and order play no part
   * @param wanted not null; called once with the id ({@code collection/sourceId}) of each matching
   *     article of the live generation, in no particular order (not rank order), and returns true
   *     for those to come back as hits; it may record the ids it sees
   * @return the accepted articles as hits with snippets, in rank order; empty when nothing matches
   *     or {@code wanted} accepts none
   * @throws InvalidInputException when the request cannot be searched (a query syntax error, an
   *     unknown field or country, a bad date filter, a query too long)
   * @throws RevueException when the index cannot be read
   * @throws IllegalStateException when this instance is closed
   */
  public List<Hit> matching(SearchRequest request, java.util.function.Predicate<String> wanted) {
    requireNonNull(request, "request");
    requireNonNull(wanted, "wanted");
    return backend.matching(request, wanted);
  }

  /**
   * The saved searches kept beside this index; they search through this instance. Reads nothing
   * yet: each call on the result reads the file of saved searches afresh.
   *
   * @return a new handle on this index's saved searches, usable while this instance is open
   */
  public Watches watches() {
    return new Watches(this, home);
  }

  /**
   * The articles most like the article with this id, most related first: from its own most telling
   * terms, and from the articles within a few days of its date that name the same ministers or
   * countries (coverage of the same event, also in the other languages). Each carries why: the
   * terms and entities they share, and how many days apart they are.
   *
   * @param id the article's id, {@code collection/sourceId} as a hit gives it
   * @param limit how many related articles at most
   * @return the related articles, most related first, each with why
   * @throws InvalidInputException when no article has the id
   * @throws IllegalArgumentException when {@code id} is null or {@code limit} negative
   * @throws IllegalStateException when this instance is closed
   */
  public RelatedResults related(String id, int limit) {
    requireNonNull(id, "id");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return backend.related(id, limit);
  }

  /**
   * What the index holds: documents per language and per collection, size on disk, generations and
   * the last run. Reads the live generation as a search does, counting every article by language
   * and collection.
   *
   * @return the index's state; for a folder without an index, zero documents and no generation
   * @throws RevueException when the live generation's files cannot be listed
   * @throws IllegalStateException when this instance is closed
   */
  public IndexStats stats() {
    return backend.stats();
  }

  /**
   * Closes the index's files once the searches running on them finish; does not wait for them. Call
   * nothing else afterwards: searches, stats and refreshes throw {@link IllegalStateException}.
   * Closing twice does nothing.
   */
  @Override
  public void close() {
    backend.close();
  }

  private void requireWritable(IngestOptions options, LongConsumer progress, Duration lockWait) {
    backend.requireOpen(); // a closed instance must not write before it finds out
    requireNonNull(options, "options");
    requireNonNull(progress, "progress");
    requireNonNull(lockWait, "lockWait");
  }

  private static void requireNonNull(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * How {@link Revue#open(Path, Options)} opens an index: immutable and thread-safe, built by
   * {@link #builder()}.
   */
  public static final class Options {

    private final Path gazetteer;
    private final Duration refreshEvery;
    private final Boolean spreadSearches;
    private final boolean oneShot;
    private final URI backend;

    private Options(Builder b) {
      this.backend = b.backend;
      this.gazetteer = b.gazetteer;
      this.refreshEvery = b.refreshEvery;
      this.spreadSearches = b.spreadSearches;
      this.oneShot = b.oneShot;
    }

    /**
     * The cluster these options keep the articles on, when not the local index folder.
     *
     * @return the backend URI given to {@link Builder#backend}, or empty for the local index
     */
    public Optional<URI> backend() {
      return Optional.ofNullable(backend);
    }

    /**
     * The defaults: the bundled gazetteers, a refresh check every second, searches spread by index
     * size, index files memory-mapped.
     *
     * @return the default options
     */
    public static Options defaults() {
      return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Options}; not thread-safe. */
    public static final class Builder {
      private Path gazetteer;
      private Duration refreshEvery = Duration.ofSeconds(1);
      private Boolean spreadSearches;
      private boolean oneShot;
      private URI backend;

      private Builder() {}

      /**
       * Keep and search the articles on an OpenSearch cluster instead of in the index folder:
       * {@code opensearch://HOST:PORT[/NAME]}, or {@code opensearch+https://HOST:PORT[/NAME]} (NAME
       * defaults to {@code revue}; {@code ?shards=N&replicas=N} set a new generation's layout,
       * default 1 and 1). User and password come from the environment variables {@code
       * REVUE_OPENSEARCH_USER} and {@code REVUE_OPENSEARCH_PASSWORD}, never from the URI. Articles
       * are read and enriched by revue as for the local index; the index folder given to {@link
       * Revue#open(Path, Options)} then holds only the saved searches. {@link Revue#related} is not
       * available on a cluster.
       *
       * @param uri the cluster and index name; not null
       * @return this builder
       * @throws InvalidInputException when the URI names no backend revue knows, or holds a user or
       *     password
       */
      public Builder backend(URI uri) {
        requireNonNull(uri, "uri");
        if (!OpenSearchBackend.handles(uri)) {
          throw new InvalidInputException(
              "unknown backend '"
                  + uri
                  + "' (use opensearch://HOST:PORT[/NAME] or opensearch+https://HOST:PORT[/NAME])");
        }
        if (uri.getUserInfo() != null) {
          throw new InvalidInputException(
              "backend URI must not hold a user or password: set REVUE_OPENSEARCH_USER and REVUE_OPENSEARCH_PASSWORD instead");
        }
        this.backend = uri;
        return this;
      }

      /**
       * More ministers, added to the bundled ones, in the format of the bundled {@code
       * revue/ministers.tsv} (its header documents it). Use the same file to index and to search:
       * the index stores the ministers it found, and a search resolves query words with the
       * gazetteer it has.
       *
       * @param ministerFile a gazetteer file; not null, and must exist when the options are used
       * @return this builder
       */
      public Builder gazetteer(Path ministerFile) {
        requireNonNull(ministerFile, "ministerFile");
        this.gazetteer = ministerFile;
        return this;
      }

      /**
       * How often a search checks for a new generation or commit (default 1 s); {@link
       * Revue#refresh()} switches at once. The check is made by the search that finds the interval
       * passed, so an idle instance checks nothing.
       *
       * @param interval the least time between two checks; zero checks at every search; not null
       * @return this builder
       * @throws IllegalArgumentException when {@code interval} is negative
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
       * Spread every search over the shared search threads (one slice of the index's segments per
       * core), or run each on its calling thread alone. By default a search is spread when the
       * index is large enough for each core's part to pay for its thread; see docs/benchmarks.md,
       * "Spreading a search over the cores", for the measurements behind it.
       *
       * @param spread true to spread every search, false to spread none
       * @return this builder
       */
      public Builder spreadSearches(boolean spread) {
        this.spreadSearches = spread;
        return this;
      }

      /**
       * For a process that runs a search or two and exits, such as the CLI's {@code revue search}:
       * the index's files are read with plain reads instead of being memory-mapped (in a cold JVM,
       * setting up mapping costs more than it saves one search), and every search runs on its
       * calling thread. A long-running process should leave this off (the default).
       *
       * @param oneShot whether the process runs only a search or two
       * @return this builder
       */
      public Builder oneShot(boolean oneShot) {
        this.oneShot = oneShot;
        return this;
      }

      /**
       * The options as set so far; the builder may go on to make others.
       *
       * @return new immutable options
       */
      public Options build() {
        return new Options(this);
      }
    }
  }
}

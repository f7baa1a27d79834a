package revue.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import revue.IndexReport;
import revue.IngestOptions;
import revue.RevueException;
import revue.RunReport;
import revue.enrich.Enricher;

/**
 * Builds a complete new generation of an index beside the live one, checks it, and makes it live
 * with one atomic rename; or rolls back to the previous generation. A failure at any step, or a
 * process killed at any moment, leaves the live generation as it was.
 *
 * <p>The caller must hold the index's {@link IndexLock}. Not thread-safe.
 */
public final class Rebuilder {

  /** Commit user data keys of a generation: when and from which inputs it was built. */
  public static final String BUILT = "revue.built";

  public static final String FROM = "revue.from";
  public static final String UPDATED = "revue.updated";

  private final IndexLayout layout;
  private final Enricher enricher;
  private final int threads;
  private final UnaryOperator<Directory> directoryWrapper;

  public Rebuilder(IndexLayout layout, Enricher enricher, int threads) {
    this(layout, enricher, threads, UnaryOperator.identity());
  }

  /** For tests: {@code directoryWrapper} wraps the new generation's directory (a full disk). */
  Rebuilder(
      IndexLayout layout,
      Enricher enricher,
      int threads,
      UnaryOperator<Directory> directoryWrapper) {
    this.layout = layout;
    this.enricher = enricher;
    this.threads = threads;
    this.directoryWrapper = directoryWrapper;
  }

  /**
   * Rebuilds the index from the inputs: writes a new generation, checks it (documents against the
   * input report, Lucene's checksum check, one query), switches CURRENT to it, keeps the previous
   * live generation for rollback and deletes the others.
   *
   * @throws RevueException when any step fails; the live generation is then unchanged, the new one
   *     deleted, and the failure recorded as the last run
   */
  public RunReport rebuild(List<Path> inputs, IngestOptions options, LongConsumer progress) {
    Instant started = Instant.now();
    List<String> from = inputs.stream().map(p -> Indexer.fileKey(p.toString())).toList();
    Optional<Path> live = layout.current();
    Path gen = null;
    IndexReport report = null;
    try {
      // Leftovers of crashed builds and generations older than rollback's target only take disk.
      Set<Path> keep = new HashSet<>();
      live.ifPresent(keep::add);
      layout.previous().ifPresent(keep::add);
      layout.removeAllBut(keep);
      gen = layout.newGeneration();
      report = write(gen, inputs, options, progress, from, started);
      long documents = check(gen, report, from);
      layout.switchTo(gen);
      List<String> notRemoved =
          layout.removeAllBut(live.isPresent() ? Set.of(gen, live.get()) : Set.of(gen));
      String message =
          "built "
              + gen.getFileName()
              + " with "
              + String.format(Locale.ROOT, "%,d", documents)
              + (documents == 1 ? " article" : " articles")
              + live.map(p -> "; " + p.getFileName() + " kept for rollback").orElse("")
              + (notRemoved.isEmpty() ? "" : "; could not remove " + String.join(", ", notRemoved));
      RunReport run =
          new RunReport(
              "rebuild",
              started,
              Instant.now(),
              from,
              true,
              message,
              gen.getFileName().toString(),
              documents,
              report.changes(),
              report.skipped(),
              report.failed());
      record(run);
      return run;
    } catch (IOException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (gen != null) {
        try {
          IndexLayout.delete(gen);
        } catch (IOException deleteFailed) {
          e.addSuppressed(deleteFailed);
        }
      }
      String liveName = live.map(p -> p.getFileName().toString()).orElse(null);
      String message =
          "rebuild failed: "
              + reason
              + (liveName == null
                  ? "; the index has no live generation"
                  : "; the live generation " + liveName + " is unchanged");
      record(
          new RunReport(
              "rebuild",
              started,
              Instant.now(),
              from,
              false,
              message,
              liveName,
              liveDocuments(live),
              null,
              report == null ? 0 : report.skipped(),
              report == null ? 0 : report.failed()));
      throw new RevueException(message, e);
    }
  }

  /**
   * Makes the previous generation live again (see {@link IndexLayout#previous()}); the generation
   * it replaces stays on disk until the next rebuild.
   *
   * @throws RevueException when there is no previous generation
   */
  public static RunReport rollback(IndexLayout layout) {
    Instant started = Instant.now();
    try {
      Path live =
          layout
              .current()
              .orElseThrow(
                  () -> new RevueException("no index at " + layout.root() + " to roll back"));
      Path previous =
          layout
              .previous()
              .orElseThrow(
                  () ->
                      new RevueException(
                          "no generation before "
                              + live.getFileName()
                              + " in "
                              + layout.root()
                              + " to roll back to"));
      layout.switchTo(previous);
      RunReport run =
          new RunReport(
              "rollback",
              started,
              Instant.now(),
              List.of(),
              true,
              "live generation is now "
                  + previous.getFileName()
                  + " (was "
                  + live.getFileName()
                  + ")",
              previous.getFileName().toString(),
              liveDocuments(Optional.of(previous)),
              null,
              0,
              0);
      record(layout, run);
      return run;
    } catch (IOException e) {
      throw new RevueException("rollback of " + layout.root() + " failed: " + e.getMessage(), e);
    }
  }

  private IndexReport write(
      Path gen,
      List<Path> inputs,
      IngestOptions options,
      LongConsumer progress,
      List<String> from,
      Instant started)
      throws IOException {
    try (Directory dir = directoryWrapper.apply(FSDirectory.open(gen))) {
      IndexWriterConfig config = Indexer.writerConfig();
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      config.setCommitOnClose(false); // a failed build must never commit a partial index
      IndexWriter writer = new IndexWriter(dir, config);
      try {
        IndexReport report =
            new Indexer(writer, enricher, threads).index(inputs, options, progress);
        TenureTagging.run(writer, enricher, options, threads);
        StoryGroups.regroup(writer);
        // A generation is built once and then only read: one segment opens faster (no facet
        // ordinal map across segments) and searches faster, for a merge paid once a night.
        writer.forceMerge(1);
        Map<String, String> data = new LinkedHashMap<>();
        data.put(BUILT, started.toString());
        data.put(FROM, String.join("\n", from));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        writer.close();
        MinisterIdentityFiles.keep(dir, gen, enricher::knowsMinister);
        return report;
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    }
  }

  /** Checks a new generation; returns its document count or throws with the reason. */
  private long check(Path gen, IndexReport report, List<String> from) throws IOException {
    if (report.indexed() == 0) {
      throw new RevueException(
          "no articles read from " + String.join(", ", from) + " (" + report.failed() + " failed)");
    }
    try (Directory dir = FSDirectory.open(gen)) {
      try (CheckIndex checker = new CheckIndex(dir)) {
        checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
        CheckIndex.Status status = checker.checkIndex();
        if (!status.clean) {
          throw new RevueException(
              "index check of " + gen.getFileName() + " failed: " + problems(status));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        long documents = reader.numDocs();
        if (documents != report.indexed()) {
          throw new RevueException(
              gen.getFileName()
                  + " holds "
                  + documents
                  + (documents == 1 ? " article" : " articles")
                  + ", the input report says "
                  + report.indexed());
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        String id = reader.storedFields().document(0).get(Fields.ID);
        if (searcher.count(new MatchAllDocsQuery()) != documents
            || searcher.count(new TermQuery(new Term(Fields.ID, id))) != 1) {
          throw new RevueException(
              "test query on "
                  + gen.getFileName()
                  + " did not find article "
                  + id
                  + " exactly once");
        }
        return documents;
      }
    }
  }

  private static String problems(CheckIndex.Status status) {
    List<String> parts = new ArrayList<>();
    if (status.missingSegments) {
      parts.add("missing segments");
    }
    for (var s : status.segmentInfos) {
      if (s.error != null) {
        parts.add(s.name + ": " + s.error.getMessage());
      }
    }
    return parts.isEmpty() ? "not clean" : String.join("; ", parts);
  }

  private static long liveDocuments(Optional<Path> gen) {
    if (gen.isEmpty()) {
      return 0;
    }
    try (Directory dir = FSDirectory.open(gen.get());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.numDocs();
    } catch (IOException e) {
      return -1; // unknown; the report is informative
    }
  }

  private void record(RunReport run) {
    record(layout, run);
  }

  private static void record(IndexLayout layout, RunReport run) {
    try {
      run.write(layout.root());
    } catch (IOException e) {
      // the run's outcome stands; its log is lost (a full disk), which stats will show as stale
    }
  }
}

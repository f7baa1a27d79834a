package revue.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import revue.IndexLockedException;
import revue.IndexReport;
import revue.IngestOptions;
import revue.RevueException;
import revue.RunReport;
import revue.enrich.Enricher;

/**
 * The writing runs over an index folder, each as the folder's only writer (see {@link IndexLock}):
 * the incremental index run, rebuild and rollback, and what they leave behind for readers (the
 * commit's data, the last run's report).
 *
 * <p>Thread-safe: each run takes the folder's lock, so runs from any thread or process queue or
 * fail as their lock wait says.
 */
public final class IndexRuns {

  private final IndexLayout layout;

  public IndexRuns(IndexLayout layout) {
    this.layout = layout;
  }

  /**
   * Brings the index up to date with the files under the paths and commits: new and changed files
   * are (re)indexed, the articles of files gone from under the paths are removed, unchanged files
   * are not read; nothing is written when nothing changed.
   *
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   */
  public IndexReport index(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait) {
    try (IndexLock lock = IndexLock.acquire(layout.root(), "index", lockWait)) {
      Instant started = Instant.now();
      Path gen = layout.currentOrCreate();
      IndexReport report;
      long documents;
      try (Directory dir = FSDirectory.open(gen);
          IndexWriter writer = newWriter(dir)) {
        try (DirectoryReader before = DirectoryReader.open(writer)) {
          report =
              new Indexer(writer, enricher, threads()).update(paths, options, progress, before);
        }
        boolean firstCommit = !DirectoryReader.indexExists(dir);
        if (!report.changes().none()) {
          TenureTagging.run(
              writer, enricher, options, threads()); // before the stories: updates start alone
          StoryGroups.regroup(writer); // before the merge, which then writes the keys once
        }
        if (firstCommit) {
          Indexer.compactFirstBuild(writer);
        }
        if (!report.changes().none() || firstCommit) {
          writer.setLiveCommitData(updatedCommitData(writer, paths, started).entrySet());
          writer.commit();
        }
        // also for an index written before these files: its next run, even one with no change
        MinisterIdentityFiles.keep(dir, gen, enricher::knowsMinister);
        documents = writer.getDocStats().numDocs;
      }
      IndexReport.Changes c = report.changes();
      recordRun(
          new RunReport(
              "index",
              started,
              Instant.now(),
              paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
              !failed(options, report),
              message(options, report),
              gen.getFileName().toString(),
              documents,
              c,
              report.skipped(),
              report.failed()));
      return report;
    } catch (LockObtainFailedException e) {
      throw new RevueException("index " + layout.root() + " is locked by another writer", e);
    } catch (IOException e) {
      throw new RevueException("indexing into " + layout.root() + " failed: " + reason(e), e);
    }
  }

  /**
   * An I/O failure in words: the JDK's file exceptions say only the path ("failed: /srv/x" when
   * {@code --index} names a file, or a folder under one that is missing).
   */
  static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "not a folder: " + ((FileSystemException) e).getFile();
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getFile() + ": " + fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Whether an index run failed for its input: it is {@link IngestOptions#strict()} and a record or
   * file could not be read (its good articles are indexed all the same).
   */
  public static boolean failed(IngestOptions options, IndexReport report) {
    return options.strict() && report.failed() > 0;
  }

  /**
   * An index run's message: what it changed, after why it failed when it did ("failed (strict): 2
   * records or files could not be read; 1 added, ...").
   */
  public static String message(IngestOptions options, IndexReport report) {
    String changes = report.changes().summary();
    if (!failed(options, report)) {
      return changes;
    }
    return String.format(
        Locale.ROOT,
        "failed (strict): %,d %s could not be read; %s",
        report.failed(),
        report.failed() == 1 ? "record or file" : "records or files",
        changes);
  }

  /**
   * Builds a new generation from the inputs, checks it and makes it live; see {@link Rebuilder}.
   *
   * @throws IndexLockedException when another writer still holds the index after {@code lockWait}
   */
  public RunReport rebuild(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait) {
    try (IndexLock lock = IndexLock.acquire(layout.root(), "rebuild", lockWait)) {
      return new Rebuilder(layout, enricher, threads()).rebuild(paths, options, progress);
    } catch (IOException e) {
      throw new RevueException("rebuild of " + layout.root() + " failed: " + reason(e), e);
    }
  }

  /** Makes the generation before the live one live again; needs no entity tables. */
  public RunReport rollback(Duration lockWait) {
    try (IndexLock lock = IndexLock.acquire(layout.root(), "rollback", lockWait)) {
      return Rebuilder.rollback(layout);
    } catch (IOException e) {
      throw new RevueException("rollback of " + layout.root() + " failed: " + reason(e), e);
    }
  }

  /**
   * True when the folder holds no index, or when a file under the inputs was modified after the
   * index's last commit and after the start of the last index or rebuild run over these inputs.
   */
  public boolean isStale(List<Path> inputs) {
    try {
      var lastCommit = layout.lastCommit();
      if (lastCommit.isEmpty()) {
        return true;
      }
      Instant checked =
          lastChecked(inputs).filter(t -> t.isAfter(lastCommit.get())).orElse(lastCommit.get());
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

  /** The last run's report, when one was recorded. */
  public Optional<RunReport> lastRun() {
    return RunReport.read(layout.root());
  }

  /**
   * When the last successful index or rebuild run over all these inputs started: a file not
   * modified since then was read or found unchanged by it, even when the run committed nothing (a
   * file touched but not changed), so it need not be checked again.
   */
  private Optional<Instant> lastChecked(List<Path> inputs) {
    Optional<RunReport> run = lastRun();
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

  private void recordRun(RunReport run) {
    try {
      run.write(layout.root());
    } catch (IOException e) {
      // the run's outcome stands; only its log is lost (a full disk)
    }
  }

  private static Map<String, String> updatedCommitData(
      IndexWriter writer, List<Path> paths, Instant started) {
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

  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private static IndexWriter newWriter(Directory directory) throws IOException {
    IndexWriterConfig config = Indexer.writerConfig();
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    return new IndexWriter(directory, config);
  }
}

package revue.ingest;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import revue.IngestOptions;
import revue.IngestProblem;

/**
 * Turns drafts into articles for one run of {@link Ingest#read}: cleans the text, parses the date,
 * assigns ids, and reports what is wrong to the listener.
 *
 * <p>Duplicate ids: the first record keeps its id; a later record with the same id gets the suffix
 * {@code ~2} (then {@code ~3}, ...) on its sourceId and id, so that no article is lost and the ids
 * of a run stay stable when the input does; each rename is reported as a problem. Only ids are kept
 * in memory (one string per article of the run).
 *
 * <p>Not thread-safe: one per run, used from the reading thread.
 */
final class ArticleSink {

  private final IngestListener listener;
  private final IngestOptions options;
  private final FieldMapping fieldMapping;
  private final Set<String> seenIds = new HashSet<>();
  private final TextCleaner cleaner = new TextCleaner();

  private String path;
  private java.nio.file.Path file;
  private String collection;
  private DateParser dates;
  private long position;
  private long eventsInFile;

  ArticleSink(IngestOptions options, IngestListener listener) {
    this.options = options;
    this.listener = listener;
    this.fieldMapping = new FieldMapping(options.fieldMap());
  }

  /** Starts a file: the path and collection of the articles that follow. */
  void beginFile(String path, String collection) {
    this.path = path;
    this.file = java.nio.file.Path.of(path);
    this.collection = collection;
    this.dates = new DateParser(options.zone());
    this.position = 0;
    this.eventsInFile = 0;
  }

  /** Articles and problems delivered since {@link #beginFile}. */
  long eventsInFile() {
    return eventsInFile;
  }

  void bytesRead(long bytes) {
    listener.bytesRead(bytes);
  }

  /** Whether the listener wants the file read at all. */
  boolean wants(java.nio.file.Path file) {
    return listener.beforeFile(file);
  }

  /** Whether the listener wants a line of the current file parsed. */
  boolean wantsLine(long line) {
    return listener.wantsLine(file, line);
  }

  IngestOptions options() {
    return options;
  }

  FieldMapping fieldMapping() {
    return fieldMapping;
  }

  DateParser dates() {
    return dates;
  }

  /** Where the reader is, so that a failure of the whole file can name its line. */
  void at(long lineOrItem) {
    position = lineOrItem;
  }

  long position() {
    return position;
  }

  void skipped(long line, String reason) {
    eventsInFile++;
    listener.problem(new IngestProblem(path, line, IngestProblem.Severity.SKIPPED, reason));
  }

  void warned(long line, String reason) {
    listener.problem(new IngestProblem(path, line, IngestProblem.Severity.WARNING, reason));
  }

  void failed(long line, String reason) {
    eventsInFile++;
    listener.problem(new IngestProblem(path, line, IngestProblem.Severity.FAILED, reason));
  }

  /** Cleans the draft and hands the article to the listener, or reports why it cannot. */
  void accept(ArticleDraft draft) {
    String title = cleaner.title(draft.title, !draft.entitiesDecoded);
    String body = cleaner.body(draft.body, !draft.entitiesDecoded);
    if (title.isEmpty() && body.isEmpty()) {
      skipped(draft.line, "no title and no body");
      return;
    }
    Instant published = draft.published;
    if (draft.date != null && !draft.date.isBlank()) {
      published = dates.parse(draft.date);
      if (published == null) {
        warned(
            draft.line,
            // the reader may be analyze, which indexes nothing: say what becomes of the date
            "unparseable date '" + cleaner.value(draft.date) + "', left out");
      }
    }
    String url = cleaner.value(draft.url);
    String sourceId = cleaner.value(draft.id);
    if (sourceId == null) {
      sourceId = url != null ? url : draft.fallbackSourceId;
    }
    String id = Article.idOf(collection, sourceId);
    if (!seenIds.add(id)) {
      String original = id;
      String renamed = sourceId;
      for (int n = 2; !seenIds.add(id); n++) {
        renamed = sourceId + "~" + n;
        id = Article.idOf(collection, renamed);
      }
      sourceId = renamed;
      warned(draft.line, "duplicate id " + original + ", renamed " + id);
    }
    eventsInFile++;
    listener.article(
        new Article(
            id,
            collection,
            sourceId,
            title,
            body,
            published,
            url,
            path,
            draft.line,
            cleaner.value(draft.source),
            cleaner.value(draft.lang),
            cleaner.value(draft.dateline)));
  }
}

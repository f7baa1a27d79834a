package revue.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import revue.IngestOptions;
import revue.IngestProblem;

/**
 * The front door of ingest: reads files and folders of press articles in any supported format
 * (plain text, Markdown, JSON Lines, JSON, HTML, RSS and Atom, each optionally gzipped) and hands
 * each article, or each problem, to a listener.
 *
 * <p>Bad input never stops a run: each bad file or record is reported once as an {@link
 * IngestProblem} and reading goes on. Files are streamed (JSON Lines, JSON) or read whole up to 16
 * MB (one-article files), so memory stays bounded whatever the corpus size. Thread-safe: each call
 * has its own state; the listener is called from the calling thread.
 */
public final class Ingest {

  private Ingest() {}

  /**
   * The SHA-256 of a file's bytes in hex, by which an incremental run tells a changed input file
   * from one already indexed; empty when the file cannot be read (never equal to a stored hash, so
   * the reader goes on to report the failure).
   */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        digest.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      return "";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Fails with an {@link revue.InvalidInputException} naming the first path that does not exist.
   */
  public static void requireExisting(List<Path> paths) {
    if (paths == null) {
      throw new IllegalArgumentException("paths must not be null");
    }
    for (Path p : paths) {
      if (!java.nio.file.Files.exists(p)) {
        throw new revue.InvalidInputException("no such file or folder: " + p);
      }
    }
  }

  /**
   * Reads every article under the paths (files or folders, walked recursively, sorted for a stable
   * order).
   *
   * <p>Within a folder, entries are sorted by name; README, LICENSE, COPYING, CHANGELOG and NOTICE
   * files (any extension) are skipped as documentation of the collection; hidden entries (name
   * starting with a dot) and revue index folders (holding {@code revue.lock}) are not read and are
   * reported as SKIPPED.
   *
   * <p>Two problems do not drop the article, which is still delivered after its problem: an
   * unparseable date (WARNING; the article has no {@code published}), and an id already seen in
   * this run (WARNING; the later article's sourceId and id get the suffix {@code ~2}, {@code ~3},
   * ..., so no article is lost and ids stay stable for the same input). Their reasons start with
   * "unparseable date" and "duplicate id". Every other problem means nothing was delivered for that
   * record or file.
   *
   * @throws NoSuchFileException naming the path, before reading anything, when a path does not
   *     exist
   * @throws IOException when a folder given in {@code paths} cannot be listed
   */
  public static void read(List<Path> paths, IngestOptions options, IngestListener listener)
      throws IOException {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    for (Path path : paths) {
      Objects.requireNonNull(path, "paths contains null");
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString(), null, "no such file or folder to ingest");
      }
    }
    ArticleSink sink = new ArticleSink(options, listener);
    Set<Path> visitedFolders = new HashSet<>();
    for (Path path : paths) {
      if (Files.isDirectory(path) && Files.exists(path.resolve(INDEX_MARKER))) {
        // named on the command line too (`revue index index --index other`): its feeds, saved
        // searches and run reports are no articles
        sink.beginFile(path.toString(), "");
        sink.skipped(0, "a revue index folder, not read");
      } else if (Files.isDirectory(path)) {
        walk(path, sink, visitedFolders);
      } else {
        readFile(path, sink);
      }
    }
  }

  /**
   * The collection of a file: its name without extensions ({@code orangesum-fr} for {@code
   * orangesum-fr.jsonl.gz}), or for plain text, Markdown and HTML files (one article per file), and
   * files of unknown type, the name of the folder holding them.
   */
  public static String collectionOf(Path file) {
    Objects.requireNonNull(file, "file");
    Path nameElement = file.getFileName();
    if (nameElement == null) {
      return "";
    }
    String name = nameElement.toString();
    String ext = Format.extension(name);
    if (ext.equals("gz") || ext.equals("gzip")) {
      name = name.substring(0, name.length() - ext.length() - 1);
      ext = Format.extension(name);
    }
    if (ext.isEmpty()
        || Format.ONE_ARTICLE_EXTENSIONS.contains(ext)
        || !Format.TEXT_EXTENSIONS.contains(ext)) {
      Path parent = file.toAbsolutePath().normalize().getParent();
      return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }
    return name.substring(0, name.length() - ext.length() - 1);
  }

  /**
   * README, LICENSE and the like inside a walked folder describe the collection; they are read only
   * when named on the command line.
   */
  private static boolean isCollectionDocumentation(String fileName) {
    String base = fileName.toUpperCase(java.util.Locale.ROOT);
    int dot = base.indexOf('.');
    base = dot < 0 ? base : base.substring(0, dot);
    return switch (base) {
      case "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NOTICE" -> true;
      default -> false;
    };
  }

  /**
   * The file every revue index folder holds (the writers' lock, written by the index stage): named
   * here, as ingest comes before the index and does not depend on it.
   */
  private static final String INDEX_MARKER = "revue.lock";

  private static void walk(Path folder, ArticleSink sink, Set<Path> visited) throws IOException {
    // Following links is useful (corpora are often linked in); a link back up is read once only.
    if (!visited.add(folder.toRealPath())) {
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      boolean isFolder = Files.isDirectory(entry);
      if (name.startsWith(".")) {
        sink.beginFile(entry.toString(), "");
        sink.skipped(0, isFolder ? "hidden folder, not read" : "hidden file, not read");
      } else if (isFolder && Files.exists(entry.resolve(INDEX_MARKER))) {
        // an index kept beside its input (`revue index . --index ./index`): its lock file and
        // CURRENT would otherwise come back as articles
        sink.beginFile(entry.toString(), "");
        sink.skipped(0, "a revue index folder, not read");
      } else if (!isFolder && isCollectionDocumentation(name)) {
        sink.beginFile(entry.toString(), "");
        sink.skipped(
            0,
            "documentation of the collection, not an article (name it on the command line to read it)");
      } else if (isFolder) {
        try {
          walk(entry, sink, visited);
        } catch (IOException e) {
          sink.beginFile(entry.toString(), "");
          sink.failed(0, "cannot list folder: " + describe(e));
        }
      } else if (Files.isRegularFile(entry)) {
        readFile(entry, sink);
      } else {
        sink.beginFile(entry.toString(), "");
        sink.skipped(0, "not a regular file, not read");
      }
    }
  }

  private static void readFile(Path path, ArticleSink sink) {
    if (!sink.wants(path)) {
      return;
    }
    sink.beginFile(path.toString(), collectionOf(path));
    try (SourceFile file = SourceFile.open(path, sink::bytesRead)) {
      if (file.head().length < SourceFile.HEAD_BYTES && file.isBlank()) {
        if (file.damage() != null) {
          // a gzip cut off or damaged before its first line: not an empty file
          sink.failed(1, file.damage() + "; nothing read");
        } else {
          sink.skipped(0, "empty file");
        }
        return;
      }
      Format format = Format.detect(file);
      switch (format) {
        case TEXT -> new PlainTextReader().read(file, sink);
        case JSON_LINES -> new JsonLinesReader().read(file, sink);
        case JSON -> new JsonArrayReader().read(file, sink);
        case MARKDOWN -> new MarkdownReader().read(file, sink);
        case HTML -> new HtmlReader().read(file, sink);
        case FEED -> new FeedReader().read(file, sink);
        case BINARY -> sink.skipped(0, "binary file, not read");
        case BINARY_AS_TEXT ->
            sink.failed(
                0,
                "binary content in a ." + Format.extension(file.innerName()) + " file, not read");
        case OTHER_XML -> sink.failed(0, "XML that is neither an RSS/Atom feed nor an HTML page");
      }
      if (sink.eventsInFile() == 0) {
        // "[]", or blank lines only: say so rather than let the file vanish from the report.
        sink.skipped(0, "no records");
      }
    } catch (CorruptInputException e) {
      sink.failed(sink.position(), e.getMessage());
    } catch (IOException e) {
      sink.failed(sink.position(), "cannot read: " + describe(e));
    } catch (UncheckedIOException e) {
      sink.failed(sink.position(), "cannot read: " + describe(e.getCause()));
    }
  }

  private static String describe(IOException e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + " " + e.getMessage();
  }
}

package revue.ingest;

import java.nio.file.Path;
import revue.IngestProblem;

/**
 * Receives what ingest reads, in order; called from the reading thread.
 *
 * <p>An exception thrown by a listener method stops the reading and propagates out of {@link
 * Ingest#read}.
 */
public interface IngestListener {
  /** One article, in file order (files sorted by path). */
  void article(Article article);

  /** One bad record or file; reading goes on after it. */
  void problem(IngestProblem problem);

  /**
   * Called before a regular file is read; returning false skips it silently (incremental indexing
   * skips files whose content did not change). Reads every file by default.
   */
  default boolean beforeFile(Path file) {
    return true;
  }

  /**
   * Called as the bytes of input files are read from disk (compressed bytes for gzip files), in
   * chunks, so progress can be shown against the total size of the input.
   */
  default void bytesRead(long bytes) {}

  /**
   * Called before a JSON Lines record is parsed, with the file's line number; returning false skips
   * the line silently (a second pass reads again only the articles it needs). Other formats read
   * every record. Reads every line by default.
   */
  default boolean wantsLine(Path file, long line) {
    return true;
  }
}

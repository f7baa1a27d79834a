package revue;

import java.util.Objects;

/**
 * One bad record or file: path, 1-based line or item number (0 for the whole file), severity,
 * reason.
 *
 * @param path the file, as given to or found by {@link Ingest#read}
 * @param line the 1-based line (JSON Lines, text) or item (JSON array, feed) number, 0 for the
 *     whole file
 * @param severity whether the input was merely empty or actually bad
 * @param reason what is wrong, for a person to act on
 */
public record IngestProblem(String path, long line, Severity severity, String reason) {

  /** How bad a problem is. */
  public enum Severity {
    /** Nothing to index: an empty record or file, a hidden or binary file. */
    SKIPPED,
    /** Bad input: broken JSON, invalid bytes, a corrupt archive, an unreadable file. */
    FAILED,
    /**
     * The article was delivered with a defect: a date that could not be read (left out), an id
     * already seen (renamed). Not counted as skipped or failed.
     */
    WARNING
  }

  public IngestProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code path:line: reason}, or {@code path: reason} when the problem is about the whole file. */
  @Override
  public String toString() {
    return line == 0 ? path + ": " + reason : path + ":" + line + ": " + reason;
  }
}

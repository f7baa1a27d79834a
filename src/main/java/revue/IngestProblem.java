package revue;

import java.util.Objects;

/**
 * One bad record or file met while reading input, or one article delivered with a defect: where
 * (path, line) and why, for a person to fix the input. {@link IndexReport#problems()} lists them;
 * reading goes on after each. Instances are immutable.
 *
 * @param path the file, as given to {@link Revue#index} or {@link Revue#rebuild} or as found under
 *     a folder given to them; not null
 * @param line the 1-based line (JSON Lines, text) or item (JSON array, feed) number, 0 for the
 *     whole file
 * @param severity whether the input was merely empty, actually bad, or read with a defect; not null
 * @param reason what is wrong, in words a person can act on; not null
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

  /**
   * Checks that path, severity and reason are there.
   *
   * @throws NullPointerException when {@code path}, {@code severity} or {@code reason} is null
   */
  public IngestProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * {@code path:line: reason}, or {@code path: reason} when the problem is about the whole file.
   */
  @Override
  public String toString() {
    return line == 0 ? path + ": " + reason : path + ":" + line + ": " + reason;
  }
}

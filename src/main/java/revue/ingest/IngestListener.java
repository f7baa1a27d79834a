package revue.ingest;

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
}

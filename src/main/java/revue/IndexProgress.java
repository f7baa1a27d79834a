package revue;

import java.util.function.LongConsumer;

/**
 * A progress listener that also wants to know how much of the input has been read, to estimate the
 * time left. Pass one where {@link Revue#index} or {@link Revue#rebuild} takes a {@link
 * LongConsumer}: {@link #accept} gets the running count of indexed articles, about every thousand
 * articles; just before it, on the same thread, {@link #bytes} gets the bytes of input read so far
 * and the total size of the input.
 *
 * <p>{@link #problem} hears of each bad record or file as it is met, as {@link
 * IndexReport#problems()} lists them; a {@link Revue#rebuild}, which returns no such list, tells
 * them only this way.
 *
 * <p>All are called from the reading and indexing threads, several of which may call at once, so an
 * implementation must be thread-safe, and quick: an indexing thread waits for it. Counts from
 * different threads may arrive slightly out of order.
 */
public interface IndexProgress extends LongConsumer {

  /**
   * How much of the input has been read, in bytes. A gzip file counts its compressed bytes, as read
   * from disk; an unchanged file that an incremental run skips counts as read, so the share read
   * tracks the work left.
   *
   * @param read bytes of input read so far, from 0 up to about {@code total}
   * @param total the size of the regular files under the input paths, measured once when the run
   *     starts (files that could not be measured count 0)
   */
  void bytes(long read, long total);

  /**
   * One bad record or file, or one article delivered with a defect, as it is met. Does nothing
   * unless overridden.
   *
   * @param problem where and why
   */
  default void problem(IngestProblem problem) {}
}

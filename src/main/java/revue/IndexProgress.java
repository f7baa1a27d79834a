package revue;

import java.util.function.LongConsumer;

/**
 * A progress listener that also wants to know how much of the input has been read, to estimate
 * the time left. {@link #accept} gets the running count of indexed articles; just before it,
 * {@link #bytes} gets the bytes of input read so far (compressed bytes for gzip files, unchanged
 * files skipped by an incremental run count as read) and the total size of the input.
 */
public interface IndexProgress extends LongConsumer {

  void bytes(long read, long total);
}

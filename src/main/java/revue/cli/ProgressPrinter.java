package revue.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Shows indexing progress on stderr: a line rewritten in place on a terminal, a plain line every
 * ten seconds otherwise (logs, cron), nothing when quiet. Called from indexing threads.
 */
final class ProgressPrinter implements LongConsumer {

  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long lastPrinted = start;
  private boolean printedInPlace;

  ProgressPrinter(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = System.console() != null;
  }

  @Override
  public synchronized void accept(long articles) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    if (!terminal && now - lastPrinted < LOG_EVERY_NANOS) {
      return;
    }
    lastPrinted = now;
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    String line =
        String.format(Locale.ROOT, "revue: %,d articles indexed, %,.0f articles/s, %.0f s", articles, articles / seconds, seconds);
    if (terminal) {
      err.print("\r" + line);
      printedInPlace = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Ends the in-place line, if any, so the report starts on a line of its own. */
  synchronized void finish() {
    if (printedInPlace) {
      err.println();
      err.flush();
    }
  }
}

package revue.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import revue.IndexProgress;
import revue.IngestProblem;

/**
 * Shows indexing progress on stderr: a line rewritten in place on a terminal, a plain line every
 * ten seconds otherwise (logs, cron), nothing when quiet. Keeps the problems the run meets, for
 * {@code rebuild} to print after it (its report holds only their counts). Called from indexing
 * threads.
 */
final class ProgressPrinter implements IndexProgress {

  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long lastPrinted = start;
  private boolean printedInPlace;
  private volatile long bytesRead;
  private volatile long bytesTotal;
  private final List<IngestProblem> problems = new ArrayList<>();

  @Override
  public void bytes(long read, long total) {
    bytesRead = read;
    bytesTotal = total;
  }

  ProgressPrinter(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = Terminal.stderrIsTerminal(); // progress goes to stderr
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
        String.format(
                Locale.ROOT,
                "revue: %s indexed, %,.0f articles/s, %.0f s",
                Reports.articles(articles),
                articles / seconds,
                seconds)
            + eta(seconds, bytesRead, bytesTotal);
    if (terminal) {
      err.print("\r" + line);
      printedInPlace = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  /** Percent of the input read and time left at the rate so far, once there is a rate. */
  static String eta(double seconds, long read, long total) {
    if (read <= 0 || total <= 0 || read > total) {
      return "";
    }
    double left = seconds * (total - read) / read;
    return String.format(
        Locale.ROOT, ", %.0f%% read, about %s left", 100.0 * read / total, duration(left));
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + " s";
  }

  @Override
  public synchronized void problem(IngestProblem problem) {
    problems.add(problem);
  }

  /** The problems met so far, in the order heard. */
  synchronized List<IngestProblem> problems() {
    return List.copyOf(problems);
  }

  /** Ends the in-place line, if any, so the report starts on a line of its own. */
  synchronized void finish() {
    if (printedInPlace) {
      err.println();
      err.flush();
    }
  }
}

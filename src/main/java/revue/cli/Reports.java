package revue.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import revue.IndexReport;
import revue.IngestProblem;

/** Text rendering of an indexing report. */
final class Reports {

  private Reports() {}

  /** A count of articles in words: "1 article", "1,204 articles". */
  static String articles(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "article" : "articles");
  }

  /** Skipped records of one file and one reason printed one by one; the rest are counted. */
  static final int SKIPS_SHOWN = 3;

  /**
   * Prints the problems of a run, one a line: every failure and warning, and of the records a file
   * skips for one reason (737 empty Reuters records) the first {@link #SKIPS_SHOWN}, then one line
   * that counts the others. {@code --json} lists them all.
   */
  static void problems(List<IngestProblem> problems, PrintWriter err) {
    java.util.Map<List<String>, Integer> skips = new java.util.LinkedHashMap<>();
    for (IngestProblem p : problems) {
      if (p.severity() == IngestProblem.Severity.SKIPPED && p.line() > 0) {
        int seen = skips.merge(List.of(p.path(), p.reason()), 1, Integer::sum);
        if (seen > SKIPS_SHOWN) {
          continue;
        }
      }
      err.println(p);
    }
    skips.forEach(
        (key, n) -> {
          if (n > SKIPS_SHOWN) {
            err.printf(
                java.util.Locale.ROOT,
                "%s: %,d more records skipped: %s%n",
                key.get(0),
                n - SKIPS_SHOWN,
                key.get(1));
          }
        });
  }

  static void print(IndexReport report, Object index, PrintWriter out) {
    double seconds = Math.max(0.001, report.elapsed().toMillis() / 1000.0);
    out.printf(
        "indexed %s into %s in %.1f s (%,.0f articles/s); %,d skipped, %,d failed%n",
        articles(report.indexed()),
        index,
        seconds,
        report.indexed() / seconds,
        report.skipped(),
        report.failed());
    out.println("changes: " + report.changes().summary());
    new TreeMap<>(report.collections())
        .forEach(
            (collection, c) ->
                out.printf(
                    "  %-28s %,9d indexed %,7d skipped %,7d failed%n",
                    collection, c.indexed(), c.skipped(), c.failed()));
  }
}

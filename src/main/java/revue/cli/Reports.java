package revue.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.TreeMap;
import revue.IndexReport;

/** Text rendering of an indexing report. */
final class Reports {

  private Reports() {}

  /** A count of articles in words: "1 article", "1,204 articles". */
  static String articles(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "article" : "articles");
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

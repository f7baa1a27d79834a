package revue.cli;

import java.io.PrintWriter;
import java.util.TreeMap;
import revue.IndexReport;

/** Text rendering of an indexing report. */
final class Reports {

  private Reports() {}

  static void print(IndexReport report, Object index, PrintWriter out) {
    double seconds = Math.max(0.001, report.elapsed().toMillis() / 1000.0);
    out.printf(
        "indexed %,d articles into %s in %.1f s (%,.0f articles/s); %,d skipped, %,d failed%n",
        report.indexed(),
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

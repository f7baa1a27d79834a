package revue.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness end to end on the bundled corpus: both indexes built in child JVMs, the query set
 * replayed on the target's baseline (words OR-ed), the AND-ed one and revue. The one-shot command
 * timings are left out (they need the launcher's start-up cache and rg).
 */
class HarnessTest {

  @Test
  void replaysTheQueriesOnBothBaselinesAndRevueAndJudgesAgainstTheOrEdOne(@TempDir Path dir)
      throws Exception {
    Path report = dir.resolve("report.txt");
    Harness.main(
        new String[] {
          "corpus",
          "--work",
          dir.resolve("work").toString(),
          "--no-cli",
          "--heap",
          "512m",
          "--report",
          report.toString()
        });
    String text = Files.readString(report);

    // the seven articles of the bundled corpus, read by the baseline, all indexed by revue
    assertTrue(
        text.contains("Indexing (7 articles, ") && text.contains("; revue indexed 7)"), text);
    // the same queries on every engine: OR-ed words match more articles than AND-ed ones
    Matcher hits =
        Pattern.compile(
                "total hits of one pass: baseline ([\\d,]+), AND-ed ([\\d,]+), revue ([\\d,]+)")
            .matcher(text);
    assertTrue(hits.find(), text);
    assertEquals(List.of("31", "7", "10"), List.of(hits.group(1), hits.group(2), hits.group(3)));
    for (String engine : List.of("baseline", "baseline+facet", "AND-ed", "AND-ed+facet", "revue")) {
      assertTrue(text.contains("\n  all / " + engine + " "), engine + " row missing:\n" + text);
    }
    assertTrue(
        text.contains("(against the AND-ed baseline with one facet, not the target's: p50 "), text);

    // what the verdicts say, worked out here from the figures the report prints (rounded to
    // 0.01 ms, 0.1 s): the measured ratio lies within what the rounded figures allow, and MET
    // is printed exactly when it meets the target
    double revueP50 = column(text, "all / revue", 1);
    double facetP50 = column(text, "all / baseline+facet", 1);
    double revueP99 = column(text, "all / revue", 3);
    double facetP99 = column(text, "all / baseline+facet", 3);
    checkVerdict(text, "query p50 <= 2x baseline with one facet", revueP50, facetP50, 0.005, true);
    checkVerdict(text, "query p99 <= 2x baseline with one facet", revueP99, facetP99, 0.005, true);
    // the same seven articles on both sides: articles/s of revue over the baseline's is the
    // baseline's wall time over revue's
    double baselineWall = column(text, "wall time s", 1);
    double revueWall = column(text, "wall time s", 2);
    checkVerdict(
        text, "indexing articles/s >= 0.5x baseline", baselineWall, revueWall, 0.05, false);
    // three measured passes by default, each on a revue opened afresh
    assertTrue(text.contains("then 3 measured pass(es), each on a revue opened afresh"), text);

    // the long queries: the passages of the bundled corpus's long bodies, each language's first
    // half measured, apart from the other sets
    int measuredPassages =
        Passages.split(Passages.sample(List.of(Path.of("corpus")), 200, 20240607L)).get(0).size();
    if (measuredPassages == 0) {
      assertTrue(text.contains("\nLong queries: none (no body of at least 120 words"), text);
    } else {
      assertTrue(
          text.contains("\nLong queries (pasted paragraphs: " + measuredPassages + " passages of"),
          text);
      assertTrue(text.contains("\n  long / revue "), text);
      assertTrue(
          Pattern.compile("(?m)^  target long query p99 < 50 ms: +(MET|NOT MET) \\(measured")
              .matcher(text)
              .find(),
          text);
    }

    // the work folder serves QueryReplay: two passes, each on engines opened afresh
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      QueryReplay.main(
          new String[] {dir.resolve("work").toString(), "--threads-ab", "1", "--passes", "2"});
    } finally {
      System.setOut(stdout);
    }
    String replay = printed.toString(StandardCharsets.UTF_8);
    assertTrue(replay.contains("2 passes on engines opened afresh, each query's median;"), replay);
    assertTrue(replay.contains("\none thread ") && replay.contains("\nsearch threads "), replay);
  }

  /** The number in a column (1 = first after the name) of the report row with this name. */
  private static double column(String report, String row, int column) {
    Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(row) + " {2,}(.*)$").matcher(report);
    assertTrue(m.find(), "no row '" + row + "' in:\n" + report);
    String[] cells = m.group(1).strip().split(" +");
    return Double.parseDouble(cells[column - 1].replace(",", "").replace("x", ""));
  }

  /**
   * The verdict line of a target: "MET" exactly when the measured ratio meets it, and that ratio (a
   * / b) within what a and b, each printed rounded by up to {@code rounding}, allow.
   *
   * @param atMost2 the target is ratio <= 2 (else ratio >= 0.5)
   */
  private static void checkVerdict(
      String report, String target, double a, double b, double rounding, boolean atMost2) {
    Matcher m =
        Pattern.compile(
                "(?m)^  target "
                    + Pattern.quote(target)
                    + ": +(MET|NOT MET) \\(measured ([\\d.]+)x\\)$")
            .matcher(report);
    assertTrue(m.find(), "no verdict for '" + target + "' in:\n" + report);
    double measured = Double.parseDouble(m.group(2));
    double low = (a - rounding) / (b + rounding);
    double high = b - rounding > 0 ? (a + rounding) / (b - rounding) : Double.POSITIVE_INFINITY;
    assertTrue(
        measured >= low - 0.005 && measured <= high + 0.005,
        target
            + ": measured "
            + measured
            + "x, but the report's figures "
            + a
            + " and "
            + b
            + " give "
            + low
            + " to "
            + high);
    double limit = atMost2 ? 2 : 0.5;
    boolean met = atMost2 ? measured <= limit : measured >= limit;
    if (Math.abs(measured - limit) > 0.005) { // printed to 0.01: on the limit either is right
      assertEquals(met ? "MET" : "NOT MET", m.group(1), target + " measured " + measured + "x");
    }
  }
}

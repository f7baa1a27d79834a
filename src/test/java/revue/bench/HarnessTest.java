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
 * replayed on the target's baseline (words OR-ed), the AND-ed one and revue. The one-shot
 * command timings are left out (they need the launcher's start-up cache and rg).
 */
class HarnessTest {

  @Test
  void replaysTheQueriesOnBothBaselinesAndRevueAndJudgesAgainstTheOrEdOne(@TempDir Path dir)
      throws Exception {
    Path report = dir.resolve("report.txt");
    Harness.main(
        new String[] {
          "corpus", "--work", dir.resolve("work").toString(), "--no-cli", "--heap", "512m",
          "--report", report.toString()
        });
    String text = Files.readString(report);

    // the seven articles of the bundled corpus, read by the baseline, all indexed by revue
    assertTrue(text.contains("Indexing (7 articles, ") && text.contains("; revue indexed 7)"), text);
    // the same queries on every engine: OR-ed words match more articles than AND-ed ones
    Matcher hits =
        Pattern.compile("total hits of one pass: baseline ([\\d,]+), AND-ed ([\\d,]+), revue ([\\d,]+)")
            .matcher(text);
    assertTrue(hits.find(), text);
    assertEquals(List.of("31", "7", "10"), List.of(hits.group(1), hits.group(2), hits.group(3)));
    for (String engine : List.of("baseline", "baseline+facet", "AND-ed", "AND-ed+facet", "revue")) {
      assertTrue(text.contains("\n  all / " + engine + " "), engine + " row missing:\n" + text);
    }
    assertTrue(text.contains("target query p50 <= 2x baseline with one facet:"), text);
    assertTrue(text.contains("(against the AND-ed baseline with one facet, not the target's: p50 "), text);
    // three measured passes by default, each on a revue opened afresh
    assertTrue(text.contains("then 3 measured pass(es), each on a revue opened afresh"), text);

    // the work folder serves QueryReplay: two passes, each on engines opened afresh
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      QueryReplay.main(new String[] {dir.resolve("work").toString(), "--threads-ab", "1", "--passes", "2"});
    } finally {
      System.setOut(stdout);
    }
    String replay = printed.toString(StandardCharsets.UTF_8);
    assertTrue(replay.contains("2 passes on engines opened afresh, each query's median;"), replay);
    assertTrue(replay.contains("\none thread ") && replay.contains("\nsearch threads "), replay);
  }
}

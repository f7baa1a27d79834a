package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IndexReport;
import revue.Revue;
import revue.SearchRequest;
import revue.index.GeneratedCorpus;

/**
 * A changed file that fails to read keeps its articles on the cluster as locally: a broken record
 * keeps the one it replaced, a copy gone binary keeps them all, and the file read whole again drops
 * the article it no longer holds.
 */
class OpenSearchFailedFileTest {

  @TempDir Path tmp;

  @Test
  void aChangedFileThatFailsToReadKeepsItsArticlesAsLocally() throws Exception {
    Path input = tmp.resolve("input");
    GeneratedCorpus.write(input, 2, 10, 9);
    Path feed = input.resolve("part-00.jsonl");
    List<String> good = Files.readAllLines(feed);
    String url = ParityRun.clusterUrl();
    String name = "failed-" + Long.toString(System.nanoTime(), 36);
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, name, 1, 0))) {
      List<String> expected = new ArrayList<>();
      List<String> got = new ArrayList<>();
      for (int step = 0; step < 4; step++) {
        if (step == 1) {
          List<String> broken = new ArrayList<>(good);
          broken.set(3, "{\"id\":\"a0-3\",\"title\":\"cut off");
          Files.write(feed, broken);
        } else if (step == 2) {
          Files.write(feed, new byte[] {'{', 0, 1, 2, 0, 0, 3, 0, '}', '\n'});
        } else if (step == 3) {
          List<String> shorter = new ArrayList<>(good);
          shorter.remove(3);
          Files.write(feed, shorter);
        }
        expected.add(step(local, input));
        got.add(step(cluster, input));
      }
      assertEquals(
          List.of(
              "Changes[added=20, updated=0, removed=0, unchanged=0] 20",
              "Changes[added=0, updated=9, removed=0, unchanged=10] 20",
              "Changes[added=0, updated=0, removed=0, unchanged=10] 20",
              "Changes[added=0, updated=9, removed=1, unchanged=10] 19"),
          expected);
      assertEquals(expected, got);
    }
  }

  private static String step(Revue revue, Path input) {
    IndexReport report = revue.index(List.of(input));
    return report.changes() + " " + revue.search(SearchRequest.of("").withLimit(0)).total();
  }
}

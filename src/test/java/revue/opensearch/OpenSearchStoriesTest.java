package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Hit;
import revue.Revue;
import revue.SearchRequest;

/**
 * Copies of one story on the cluster: grouped as locally after each index run, also when a copy
 * arrives later or the story's leader goes, and shown as one hit with the others' ids.
 */
class OpenSearchStoriesTest {

  @TempDir Path tmp;

  /** Each hit of collapsed searches as the story it shows, and each article's copies. */
  private static List<String> view(Revue revue) {
    List<String> out = new ArrayList<>();
    for (String q : List.of("", "Tangier terminal", "container traffic")) {
      // a hit as the story it shows (itself and its similar ids): which of two identical copies
      // stands for them is a tie in score, broken by index order locally, by id on the cluster;
      // the match-all query's stories all tie, so their order is not compared either
      List<String> stories = new ArrayList<>();
      for (Hit h :
          revue.search(new SearchRequest(q, List.of(), 20, 0, true, Locale.ENGLISH)).hits()) {
        java.util.TreeSet<String> story = new java.util.TreeSet<>(h.similarIds());
        story.add(h.id());
        stories.add(story.toString());
      }
      if (q.isEmpty()) {
        java.util.Collections.sort(stories);
      }
      stories.forEach(st -> out.add(q + ": " + st));
    }
    List<String> ids =
        revue
            .search(
                new SearchRequest("", List.of(), 100, 0, true, Locale.ENGLISH).withCollapse(false))
            .hits()
            .stream()
            .map(Hit::id)
            .sorted()
            .toList();
    for (String id : ids) {
      out.add(
          "copies of " + id + ": " + revue.related(id, 5).copies().stream().map(Hit::id).toList());
    }
    return out;
  }

  @Test
  void storiesFollowEachIndexRunAsLocally() throws Exception {
    List<String> wire = Files.readAllLines(Path.of("src/test/resources/dedup/wire.jsonl"));
    Path input = Files.createDirectories(tmp.resolve("input"));
    // the first record arrives in a second run, in a file whose name sorts first (its leader then)
    Files.write(input.resolve("late.jsonl"), wire.subList(1, wire.size()));
    String url = ParityRun.clusterUrl();
    String name = "stories-" + Long.toString(System.nanoTime(), 36);
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, name, 1, 0))) {
      List<List<String>> steps = new ArrayList<>();
      for (int step = 0; step < 3; step++) {
        if (step == 1) {
          Files.write(input.resolve("early.jsonl"), wire.subList(0, 1));
        } else if (step == 2) {
          Files.delete(input.resolve("early.jsonl"));
        }
        local.index(List.of(input));
        cluster.index(List.of(input));
        List<String> expected = view(local);
        assertEquals(expected, view(cluster), "after run " + (step + 1));
        steps.add(expected);
      }
      // the test means something: copies are grouped, and the second run changed the groups
      assertTrue(steps.get(0).stream().anyMatch(l -> l.contains(", ")), steps.get(0).toString());
      assertTrue(!steps.get(0).equals(steps.get(1)), "the leader's arrival changed nothing");
      assertEquals(steps.get(0), steps.get(2), "the leader gone, the groups are as before it came");
    }
  }
}

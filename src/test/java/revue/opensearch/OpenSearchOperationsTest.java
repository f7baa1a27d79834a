package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Revue;
import revue.SearchRequest;

/**
 * Rebuild and rollback on a real two-node cluster while searches run. Losing a node while revue's
 * searches run is checked in {@link DevClusterTest}, on the cluster whose node 2 it stops.
 */
class OpenSearchOperationsTest {

  private static final List<Path> CORPUS = List.of(Path.of("corpus"));

  @TempDir Path tmp;

  /** Searches on another thread until stopped; what they met. */
  static final class Searching implements AutoCloseable {
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger searches = new AtomicInteger();
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final Thread thread;

    Searching(Revue revue, long expectedTotal) {
      thread =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    long total = revue.search(SearchRequest.of("Bourita")).total();
                    if (total != expectedTotal) {
                      problems.add("total " + total);
                    }
                    searches.incrementAndGet();
                  } catch (RuntimeException e) {
                    problems.add(e.toString());
                  }
                }
              });
      thread.start();
    }

    @Override
    public void close() throws InterruptedException {
      stop.set(true);
      thread.join();
    }
  }

  @Test
  void rebuildWhileSearchingGivesNoErrorNorEmptyResultAndRollbackRestoresTheAlias()
      throws Exception {
    String url = ParityRun.clusterUrl();
    // a name of its own, so that a cluster kept from an earlier run (-Drevue.opensearch.url) serves
    String name = "ops-rebuild-" + Long.toString(System.nanoTime(), 36);
    try (Revue revue = Revue.open(tmp, ParityRun.on(url, name, 1, 0))) {
      revue.rebuild(CORPUS);
      assertEquals(name + "-gen-000001", revue.stats().generation());
      long total = revue.search(SearchRequest.of("Bourita")).total();
      assertTrue(total > 0, "Bourita matches the bundled corpus");
      Searching searching = new Searching(revue, total);
      try (searching) {
        revue.rebuild(CORPUS);
        revue.rebuild(CORPUS);
      }
      assertEquals(List.of(), searching.problems);
      assertTrue(searching.searches.get() > 0, "searches ran during the rebuilds");
      assertEquals(name + "-gen-000003", revue.stats().generation());
      assertEquals(name + "-gen-000002", revue.stats().previousGeneration());
      revue.rollback(java.time.Duration.ZERO);
      assertEquals(name + "-gen-000002", revue.stats().generation());
      assertEquals(total, revue.search(SearchRequest.of("Bourita")).total());
    }
  }
}

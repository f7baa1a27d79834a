package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.index.IndexReport;
import revue.search.FacetCounts;
import revue.search.Hit;
import revue.search.SearchRequest;
import revue.search.SearchResults;

/** The library example of the README, run as written. */
class RevueLibraryTest {

  @TempDir Path tmp;

  @Test
  void readmeExampleIndexesAndSearchesTheBundledCorpus() {
    // --- README example begins
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      IndexReport report = revue.index(List.of(Path.of("corpus")));
      SearchResults results =
          revue.search(SearchRequest.of("Bourita Niger").withFilter("lang", "fr").withLimit(5));
      for (Hit hit : results.hits()) {
        System.out.println(hit.date() + "  " + hit.title() + "\n  " + hit.snippet());
      }
      // --- README example ends
      assertEquals(7, report.indexed());
      assertEquals(0, report.failed());
      assertEquals("corpus/marrakech-coalition-2022.txt", results.hits().get(0).id());
      assertEquals(1, results.total());
      FacetCounts lang =
          results.facets().stream().filter(f -> f.dimension().equals("lang")).findFirst().orElseThrow();
      // drill-sideways: the Arabic sample that names بوريطة and النيجر stays counted beside French
      assertEquals(
          List.of(new FacetCounts.Value("ar", "ar", 1), new FacetCounts.Value("fr", "fr", 1)),
          lang.values());
    }
  }

  @Test
  void searchesRunConcurrentlyOnOneInstance() throws Exception {
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(Path.of("corpus")));
      long expected = revue.search(SearchRequest.of("Maroc")).total();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Long>> totals =
            pool.invokeAll(
                java.util.Collections.nCopies(40, () -> revue.search(SearchRequest.of("Maroc")).total()));
        for (Future<Long> total : totals) {
          assertEquals(expected, total.get());
        }
      } finally {
        pool.shutdown();
      }
      assertTrue(expected >= 2, "Maroc is in several bundled articles");
    }
  }

  @Test
  void badQueryThrowsInvalidInput() {
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> revue.search(SearchRequest.of("\"open")));
      assertTrue(e.getMessage().startsWith("bad query"), e.getMessage());
    }
  }

  @Test
  void emptyIndexAnswersWithNoHits() {
    try (Revue revue = Revue.open(tmp.resolve("empty"))) {
      SearchResults results = revue.search(SearchRequest.of("Bourita"));
      assertEquals(0, results.total());
      assertEquals(List.of(), results.hits());
    }
  }
}

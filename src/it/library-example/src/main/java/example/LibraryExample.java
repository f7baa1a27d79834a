package example;

import java.nio.file.Path;
import java.util.List;
import revue.Hit;
import revue.IndexReport;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;

/** The README's library example, as written there, in a program of its own. */
public final class LibraryExample {

  public static void main(String[] args) throws Exception {
    // --- the README's example ---
    try (Revue revue = Revue.open(Path.of("index"))) {
      IndexReport report = revue.index(List.of(Path.of("corpus")));
      SearchResults results =
          revue.search(SearchRequest.of("Bourita Niger").withFilter("lang", "fr").withLimit(5));
      for (Hit hit : results.hits()) {
        System.out.println(hit.date() + "  " + hit.title() + "\n  " + hit.snippetText());
      }
    }
    // --- end of the example ---
  }
}

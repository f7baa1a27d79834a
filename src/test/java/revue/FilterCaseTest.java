package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collection or a source typed in another case than articles write it is the value articles have
 * (user trial: {@code --filter source=bbc} found nothing, with a note suggesting {@code BBC}), as
 * {@code lang=FR} is {@code lang=fr}; values that differ only in case are one.
 * OpenSearchFilterCaseTest runs the same on the cluster.
 */
public class FilterCaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /** Four articles in the collection {@code Presse-Mix}: sources BBC, bbc, Jawhara FM and none. */
  public static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    String[][] records = {
      {"a1", "BBC", "Le Maroc et le Niger signent un accord", "Rabat et Niamey ont signé."},
      {"a2", "bbc", "Le Maroc accueille une conférence", "La conférence s'ouvre à Rabat."},
      {"a3", "Jawhara FM", "Le Maroc et la Tunisie", "Les deux pays ont parlé commerce."},
      {"a4", null, "Le Maroc exporte plus", "Les exportations du Maroc augmentent."},
    };
    List<String> lines = new ArrayList<>();
    for (String[] r : records) {
      var o = JSON.createObjectNode().put("id", r[0]).put("date", "2022-05-10");
      if (r[1] != null) {
        o.put("source", r[1]);
      }
      lines.add(o.put("title", r[2]).put("body", r[3]).put("lang", "fr").toString());
    }
    Path file = folder.resolve("Presse-Mix.jsonl");
    Files.write(file, lines);
    return folder;
  }

  /** The ids and the filter note of a search for Maroc under the filters. */
  public static String search(Revue revue, String... filters) {
    SearchRequest request = SearchRequest.of("Maroc").withLimit(10);
    for (String f : filters) {
      Filter parsed = Filter.parse(f);
      request = request.withFilter(parsed.dimension(), parsed.value());
    }
    SearchResults r = revue.search(request);
    List<String> ids = new ArrayList<>();
    r.hits().forEach(h -> ids.add(h.id()));
    ids.sort(null);
    return r.total() + " " + ids + (r.filterNote() == null ? "" : " " + r.filterNote());
  }

  /** What every backend answers, filter by filter. */
  public static void check(Revue revue) {
    assertEquals("2 [Presse-Mix/a1, Presse-Mix/a2]", search(revue, "source=bbc"));
    assertEquals("2 [Presse-Mix/a1, Presse-Mix/a2]", search(revue, "source=BBC"));
    assertEquals("1 [Presse-Mix/a3]", search(revue, "source=JAWHARA fm"));
    assertEquals(
        "3 [Presse-Mix/a1, Presse-Mix/a2, Presse-Mix/a3]",
        search(revue, "source=Bbc", "source=jawhara FM"));
    assertEquals(
        "4 [Presse-Mix/a1, Presse-Mix/a2, Presse-Mix/a3, Presse-Mix/a4]",
        search(revue, "collection=presse-mix"));
    assertEquals("1 [Presse-Mix/a3]", search(revue, "collection=PRESSE-MIX", "source=jawhara fm"));
    assertEquals(
        "0 [] no article has source=bbcx (did you mean source=BBC or source=bbc?)",
        search(revue, "source=bbcx"));
    // the query's syntax as the filters
    assertEquals("2 [Presse-Mix/a1, Presse-Mix/a2]", query(revue, "Maroc source:bBc"));
    assertEquals(
        "1 [Presse-Mix/a3]", query(revue, "Maroc collection:presse-MIX source:\"jawhara fm\""));
    assertEquals(
        "0 [] no article has source:bbcx (did you mean source:BBC or source:bbc?)",
        query(revue, "Maroc source:bbcx"));
  }

  /** The ids and the filter note of a search. */
  private static String query(Revue revue, String query) {
    SearchResults r = revue.search(SearchRequest.of(query).withLimit(10));
    List<String> ids = new ArrayList<>();
    r.hits().forEach(h -> ids.add(h.id()));
    ids.sort(null);
    return r.total() + " " + ids + (r.filterNote() == null ? "" : " " + r.filterNote());
  }

  @Test
  void aCollectionOrSourceInAnyCaseIsTheValueArticlesHave() throws IOException {
    Path in = write(tmp.resolve("in"));
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(in));
      check(revue);
      SearchRequest upper = SearchRequest.of("Maroc").withFilter("collection", "PRESSE-MIX");
      assertNull(revue.search(upper).filterNote());
    }
  }
}

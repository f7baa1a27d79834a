package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Hit;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;

/**
 * Wildcard, fuzzy and boosted words, bracketed groups and phrases with slop on the cluster as
 * locally: {@code Maro*}, {@code Ma?oc}, {@code title:Guin*}, {@code Bourita~}, {@code Maroc^2}
 * find the same articles of the bundled corpus on both backends, the same first, and a fuzzy word's
 * own articles (its entity's, in Arabic too) come first on both.
 */
class OpenSearchMultiTermTest {

  @TempDir Path tmp;

  @Test
  void wildcardFuzzyAndBoostedWordsFindTheSameArticlesOnBothBackends() {
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster =
            Revue.open(
                tmp.resolve("home"), ParityRun.on(ParityRun.clusterUrl(), "multiterm", 1, 0))) {
      local.rebuild(List.of(Path.of("corpus")));
      cluster.rebuild(List.of(Path.of("corpus")));
      for (String q :
          List.of(
              "Maro*",
              "Ma?oc",
              "title:Guin*",
              "Niger Bour*",
              "Niger -Maur*",
              "Bourita~",
              "Boruita~1",
              "sahel~ Niger",
              "Maroc^2 Niger",
              "\"Nasser Bourita\"^3 Niger",
              "title:Niger^2 Sahel",
              "(Niger OR Mali) AND Bourita",
              "(Maroc Niger) OR Guinea",
              "Sahel NOT (Maroc OR Mauritanie)",
              "Sahel -(Maroc Mauritanie)",
              "Bourita AND (Niger OR (Mali Guinée))",
              "\"coalition Daech\"~3",
              "\"Bourita Niger\"~20")) {
        SearchResults l = local.search(request(q));
        SearchResults c = cluster.search(request(q));
        assertEquals(ids(l), ids(c), q);
        assertEquals(l.hits().get(0).id(), c.hits().get(0).id(), q);
        assertEquals(l.total(), c.total(), q);
      }
      // the articles naming Nasser Bourita (the Arabic one by the entity) before any other
      SearchResults l = local.search(request("Bourita~"));
      SearchResults c = cluster.search(request("Bourita~"));
      List<String> bourita =
          local.search(request("minister:Bourita")).hits().stream().map(Hit::id).sorted().toList();
      assertEquals(
          bourita,
          l.hits().subList(0, bourita.size()).stream().map(Hit::id).sorted().toList(),
          "local");
      assertEquals(
          bourita,
          c.hits().subList(0, bourita.size()).stream().map(Hit::id).sorted().toList(),
          "cluster");
    }
  }

  private static SearchRequest request(String q) {
    return new SearchRequest(q, List.of(), 50, 0, true, Locale.ENGLISH).withCollapse(false);
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(Hit::id).sorted().toList();
  }
}

package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;
import revue.index.Fields;
import revue.index.TenureTaggingTest;

/**
 * The tenures' second pass on the cluster as locally: a minister named without the post within the
 * months other articles give it is tagged, in the facet and by {@code minister:}, on both backends.
 * On the run's shared {@link DevCluster} (or -Drevue.opensearch.url).
 */
class OpenSearchTenureTest {

  @TempDir Path tmp;

  @Test
  void aMinisterNamedWithoutThePostWithinTheTermIsTaggedOnBothBackends() throws Exception {
    Path in = TenureTaggingTest.writeCorpus(tmp.resolve("in"));
    String url = ParityRun.clusterUrl();
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, "tenures", 1, 0))) {
      local.rebuild(List.of(in));
      cluster.rebuild(List.of(in));
      for (Revue r : List.of(local, cluster)) {
        SearchResults all = r.search(SearchRequest.of(""));
        assertEquals(
            List.of("Jules Tavernier 4", "Octave Maranval 2"),
            OpenSearchMinisterIdentityTest.ministerFacet(all));
        assertEquals(
            4, r.search(SearchRequest.of("minister:\"Jules Tavernier\"")).total(), r.toString());
      }
      // what a run would tag in a new article, as the cluster's articles show it
      Path one = tmp.resolve("new.jsonl");
      java.nio.file.Files.writeString(
          one,
          revue.JsonLine.article(
                  "n3",
                  "2017-06-18",
                  "Visite à Grenoble",
                  "Jules Tavernier a rencontré les élus de Grenoble vendredi et promis des"
                      + " renforts pour l'été.")
              + "\n");
      java.io.StringWriter out = new java.io.StringWriter();
      java.io.StringWriter err = new java.io.StringWriter();
      int code =
          revue.cli.RevueCli.run(
              new java.io.PrintWriter(out),
              new java.io.PrintWriter(err),
              "analyze",
              one.toString(),
              "--backend",
              url.replaceAll("/+$", "") + "/tenures");
      assertEquals(0, code, err.toString());
      assertTrue(out.toString().contains("\n  ministers  Jules Tavernier\n"), out.toString());
    }
  }

  @Test
  void aMinisterNamedOnlyByCourtesyTitleAndFamilyNameIsTaggedOnBothBackends() throws Exception {
    Path in = TenureTaggingTest.writeCorpus(tmp.resolve("in"));
    TenureTaggingTest.writeCourtesy(in);
    String url = ParityRun.clusterUrl();
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, "courtesy", 1, 0))) {
      local.rebuild(List.of(in));
      cluster.rebuild(List.of(in));
      for (Revue r : List.of(local, cluster)) {
        assertEquals(
            List.of("Jules Tavernier 5", "Octave Maranval 2"),
            OpenSearchMinisterIdentityTest.ministerFacet(r.search(SearchRequest.of(""))),
            r.toString());
        assertEquals(
            List.of("courtesy-fr/c1"),
            r.search(SearchRequest.of("minister:\"Jules Tavernier\"")).hits().stream()
                .map(h -> h.id())
                .filter(id -> id.startsWith("courtesy"))
                .toList(),
            r.toString());
      }
    }
  }

  @Test
  void moreTenuresThanOneBatchOfSearchesAreAllObservedAndTagged() throws Exception {
    // 3 articles giving the post and 1 not, for each of more ministers than one _msearch holds
    String[] firsts = {"Jules", "Octave", "Léon", "Marcel", "Gaston", "Émile", "Lucien", "Armand"};
    String[] heads = {"Bar", "Cor", "Dul", "Fem", "Gir", "Hob", "Jut", "Kav", "Lor", "Mip", "Nuz"};
    String[] tails = {
      "dolin", "vesac", "tumer", "gapol", "ribon", "saket", "quemy", "wenaz", "lubric", "toparc"
    };
    List<String> lines = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    int n = 0;
    for (String head : heads) {
      for (String tail : tails) {
        String name = firsts[n % firsts.length] + " " + head + tail;
        for (int i = 0; i < 3; i++) {
          lines.add(
              article(
                  n + "t" + i,
                  "2017-0" + (5 + i) + "-10",
                  "Le ministre de la Culture, " + name + ", a inauguré un musée mardi à Lyon."));
        }
        lines.add(
            article(n + "n", "2017-06-20", name + " a visité une école de Grenoble jeudi matin."));
        expected.add(name + " 4");
        n++;
      }
    }
    assertTrue(n > ClusterTenures.BATCH, n + " ministers");
    Path in = tmp.resolve("many");
    Files.createDirectories(in);
    Files.writeString(in.resolve("culture-fr.jsonl"), String.join("\n", lines) + "\n");
    String url = ParityRun.clusterUrl();
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, "tenures-many", 1, 0))) {
      local.rebuild(List.of(in));
      cluster.rebuild(List.of(in));
      SearchRequest all = SearchRequest.of("").withFacetLimit(1000);
      List<String> sorted = new ArrayList<>(expected);
      java.util.Collections.sort(sorted);
      for (Revue r : List.of(local, cluster)) {
        List<String> facet =
            new ArrayList<>(OpenSearchMinisterIdentityTest.ministerFacet(r.search(all)));
        java.util.Collections.sort(facet);
        assertEquals(sorted, facet, r.toString());
      }
    }
  }

  @Test
  void anArticleTaggedAgainForASecondTenureKeepsItsFirstTagAsObserved() throws Exception {
    Path in = TenureTaggingTest.writeCorpus(tmp.resolve("in2"));
    TenureTaggingTest.writeBothNamed(in);
    String url = ParityRun.clusterUrl();
    String name = "tenures-again";
    try (Revue cluster = Revue.open(tmp.resolve("home2"), ParityRun.on(url, name, 1, 0))) {
      cluster.rebuild(List.of(in));
      TenureTaggingTest.writeThirdTitled(in);
      cluster.index(List.of(in));
      Cluster c = new Cluster(ClusterAddress.parse(java.net.URI.create(url)));
      for (String minister : List.of("Jules Tavernier", "Octave Maranval")) {
        com.fasterxml.jackson.databind.node.ObjectNode q = Cluster.JSON.createObjectNode();
        q.putObject("query").putObject("term").put(Fields.MINISTER_OBSERVED, minister);
        assertEquals(
            2,
            c.require("POST", "/" + name + "/_count", q, "count").path("count").asInt(),
            minister);
      }
    }
  }

  @Test
  void aTagFromATenureIsTakenBackWhenTheArticlesGivingThePostNoLongerDo() throws Exception {
    Path in = tmp.resolve("in3");
    TenureTaggingTest.writeTitledAndNamed(in);
    String url = ParityRun.clusterUrl();
    String name = "tenures-taken-back";
    try (Revue cluster = Revue.open(tmp.resolve("home3"), ParityRun.on(url, name, 1, 0))) {
      cluster.rebuild(List.of(in));
      SearchRequest tagged = SearchRequest.of("minister:\"Jules Tavernier\"");
      assertEquals(4, cluster.search(tagged).total());
      TenureTaggingTest.writeTitled(in, false);
      cluster.index(List.of(in));
      assertEquals(0, cluster.search(tagged).total());
      Cluster c = new Cluster(ClusterAddress.parse(java.net.URI.create(url)));
      com.fasterxml.jackson.databind.node.ObjectNode q = Cluster.JSON.createObjectNode();
      q.putObject("query").putObject("exists").put("field", Fields.MINISTER_OBSERVED);
      assertEquals(0, c.require("POST", "/" + name + "/_count", q, "count").path("count").asInt());
    }
  }

  private static String article(String id, String date, String body) {
    return revue.JsonLine.article(id, date, "Culture", body);
  }
}

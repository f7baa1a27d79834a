package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.CrossScriptArticles;
import revue.FacetCounts;
import revue.Hit;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;
import revue.entity.EntityExtractor;

/**
 * One minister across spellings on the cluster as locally (issue 20's identities, issue 24's
 * backend): a minister filter or {@code minister:} given in either script finds the articles tagged
 * under any spelling of the person, and a query naming a discovered minister finds them all; the
 * identities are computed once per generation and again after each run. On the run's shared {@link
 * DevCluster} (or -Drevue.opensearch.url).
 */
class OpenSearchMinisterIdentityTest {

  @TempDir Path tmp;

  /**
   * {@link CrossScriptArticles} (Giovanni Tria tagged in French and as جيوفاني تريا in Arabic), a
   * minister discovered only in Arabic text (هورست زيهوفر), an Arabic article naming جيوفاني تريا
   * with no post (not tagged: found by the spelling as text), and two articles about neither.
   */
  private Path input() throws IOException {
    Path in = tmp.resolve("in");
    CrossScriptArticles.write(in);
    Files.writeString(
        in.resolve("extra-ar.jsonl"),
        """
        {"id": "a2", "date": "2018-07-02", "title": "ألمانيا تشدد قواعد اللجوء", "body": "برلين \
        (رويترز) - قال وزير الداخلية الألماني، هورست زيهوفر، يوم الاثنين إن الحكومة ستقيم مراكز \
        عبور على الحدود مع النمسا لإعادة طالبي اللجوء."}
        {"id": "a3", "date": "2018-09-20", "title": "الميزانية الإيطالية تقلق الأسواق", "body": \
        "روما - التقى جيوفاني تريا ممثلي المصارف يوم الخميس لبحث عجز الميزانية قبل عرضها على \
        البرلمان."}
        {"id": "a4", "date": "2018-09-21", "title": "أسعار النفط ترتفع", "body": "ارتفعت أسعار \
        النفط يوم الجمعة بعد تراجع المخزونات الأمريكية للأسبوع الثالث على التوالي."}
        """);
    Files.writeString(
        in.resolve("extra-en.jsonl"),
        """
        {"id": "e1", "date": "2018-09-22", "title": "Italy budget worries markets", "body": "ROME \
        (Reuters) - Italian bond yields rose on Friday as investors worried about the size of the \
        deficit in next year's budget."}
        """);
    return in;
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  static List<String> ministerFacet(SearchResults r) {
    List<String> values = new ArrayList<>();
    for (FacetCounts f : r.facets()) {
      if (f.dimension().equals("minister")) {
        f.values().forEach(v -> values.add(v.value() + " " + v.count()));
      }
    }
    return values;
  }

  /**
   * The same hits (in order with the same scores, or as a set where every score ties), facet and
   * hit ministers.
   */
  private static void same(
      Revue local, Revue cluster, SearchRequest request, List<String> expected) {
    SearchResults l = local.search(request);
    SearchResults c = cluster.search(request);
    String what = request.query() + " " + request.filters();
    boolean ties = l.hits().stream().map(Hit::score).distinct().count() <= 1;
    if (ties) {
      assertEquals(expected, ids(l).stream().sorted().toList(), "local " + what);
      assertEquals(expected, ids(c).stream().sorted().toList(), "cluster " + what);
    } else {
      assertEquals(expected, ids(l), "local " + what);
      assertEquals(expected, ids(c), "cluster " + what);
    }
    assertEquals(l.total(), c.total(), what);
    assertEquals(ministerFacet(l), ministerFacet(c), what);
    for (Hit h : l.hits()) {
      Hit other = c.hits().stream().filter(x -> x.id().equals(h.id())).findFirst().orElseThrow();
      assertEquals(h.ministers(), other.ministers(), what + " " + h.id());
      assertEquals(h.matchedEntities(), other.matchedEntities(), what + " " + h.id());
      if (!ties) {
        // the mentions scored as the local FeatureFields (BM25 without length normalisation)
        assertEquals(h.score(), other.score(), 1e-3, what + " " + h.id());
      }
    }
  }

  @Test
  void ministerFiltersAndNamesFindEverySpellingOfThePersonOnBothBackends() throws IOException {
    Path in = input();
    String url = ParityRun.clusterUrl();
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, "identities", 1, 0))) {
      local.rebuild(List.of(in));
      cluster.rebuild(List.of(in));
      List<String> tria = List.of("presse-fr/f1", "wire-ar/a1");
      SearchRequest all = SearchRequest.of("");
      // a filter in either script, on the name the facet shows or the other spelling
      same(local, cluster, all.withFilter("minister", "Giovanni Tria"), tria);
      same(local, cluster, all.withFilter("minister", "جيوفاني تريا"), tria);
      same(
          local,
          cluster,
          all.withFilter("minister", "Giovanni Tria").withFilter("lang", "ar"),
          List.of("wire-ar/a1"));
      // a minister discovered only in Arabic text, filtered by the Latin spelling
      same(local, cluster, all.withFilter("minister", "Horst Seehofer"), List.of("extra-ar/a2"));
      // the same in the query's syntax
      same(local, cluster, SearchRequest.of("minister:\"Horst Seehofer\""), List.of("extra-ar/a2"));
      same(
          local,
          cluster,
          SearchRequest.of("اليورو minister:\"Giovanni Tria\""),
          List.of("wire-ar/a1"));
      // a query naming the discovered minister: both tags, and the untagged Arabic spelling as text
      List<String> named = List.of("wire-ar/a1", "presse-fr/f1", "extra-ar/a3");
      same(local, cluster, SearchRequest.of("Giovanni Tria"), named);
      same(local, cluster, SearchRequest.of("جيوفاني تريا"), named);
      same(local, cluster, SearchRequest.of("\"Giovanni Tria\""), named);
      same(
          local,
          cluster,
          SearchRequest.of("Giovanni Tria").withFilter("lang", "ar"),
          List.of("wire-ar/a1", "extra-ar/a3"));
      same(local, cluster, SearchRequest.of("Horst Seehofer"), List.of("extra-ar/a2"));
      // the Latin family name alone finds the Arabic articles, as a gazetteer minister's surname;
      // not a name of two consonants, whose skeleton too many Arabic words share
      same(local, cluster, SearchRequest.of("Seehofer"), List.of("extra-ar/a2"));
      same(
          local,
          cluster,
          SearchRequest.of("Seehofer").withFilter("lang", "ar"),
          List.of("extra-ar/a2"));
      same(local, cluster, SearchRequest.of("Tria"), List.of("presse-fr/f1"));
      assertEquals(
          List.of("Giovanni Tria 2"),
          ministerFacet(cluster.search(SearchRequest.of("Giovanni Tria"))));
      assertEquals(
          List.of("minister:Giovanni Tria"),
          cluster.search(SearchRequest.of("Giovanni Tria")).hits().get(0).matchedEntities());
    }
  }

  @Test
  void anArticleTaggingOnePersonUnderTwoSpellingsCountsOnceInTheFacetOnBothBackends()
      throws IOException {
    // one article, two tags of one identity (as CrossScriptMinisterTest locally): the cluster's
    // terms count it once per spelling
    Path in = tmp.resolve("doubly");
    CrossScriptArticles.writeDoublyTagged(in, "doubly-ar.jsonl");
    CrossScriptArticles.write(in);
    String url = ParityRun.clusterUrl();
    try (Revue local = Revue.open(tmp.resolve("local"));
        Revue cluster = Revue.open(tmp.resolve("home"), ParityRun.on(url, "doubly", 1, 0))) {
      local.rebuild(List.of(in));
      cluster.rebuild(List.of(in));
      for (SearchRequest r :
          List.of(
              SearchRequest.of("").withFilter("collection", "doubly-ar").withFacetLimit(1),
              SearchRequest.of("السجون").withFilter("minister", "Édouard Philippe"),
              SearchRequest.of("السجون"))) {
        SearchResults far = cluster.search(r);
        assertEquals(2, far.total(), r.toString());
        assertEquals(List.of("Édouard Philippe 2"), ministerFacet(far), r.toString());
        assertEquals(ministerFacet(local.search(r)), ministerFacet(far), r.toString());
        FacetCounts ministers =
            far.facets().stream().filter(f -> f.dimension().equals("minister")).findFirst().get();
        assertEquals(0, ministers.otherCount(), r.toString());
      }
      // the French and Arabic articles of another person, one spelling each: summed as before
      assertEquals(
          List.of("Giovanni Tria 2", "Édouard Philippe 2"),
          ministerFacet(cluster.search(SearchRequest.of(""))));
      assertEquals(
          ministerFacet(local.search(SearchRequest.of(""))),
          ministerFacet(cluster.search(SearchRequest.of(""))));
    }
  }

  @Test
  void identitiesAreComputedOncePerGenerationAndAgainAfterEachRun() throws IOException {
    Path in = input();
    String url = ParityRun.clusterUrl();
    String name = "identities-cache";
    URI uri = URI.create(url.replaceAll("/+$", "") + "/" + name + "?shards=1&replicas=0");
    try (Revue writer = Revue.open(tmp.resolve("home"), ParityRun.on(url, name, 1, 0))) {
      writer.rebuild(List.of(in));
      SearchRequest seehofer = SearchRequest.of("").withFilter("minister", "Horst Seehofer");
      assertEquals(List.of("extra-ar/a2"), ids(writer.search(seehofer)));

      // a search process: many searches, one aggregation for the generation
      try (OpenSearchBackend reader = OpenSearchBackend.open(uri, EntityExtractor::defaults)) {
        for (String q :
            List.of("Giovanni Tria", "جيوفاني تريا", "Horst Seehofer", "Italy budget")) {
          reader.search(SearchRequest.of(q).withFilter("minister", "Giovanni Tria"));
        }
        assertEquals(1, reader.identityAggregations());
      }

      // the same computation read again on every call: kept while the generation is unchanged
      Cluster c = new Cluster(ClusterAddress.parse(uri));
      ClusterIdentities identities =
          new ClusterIdentities(
              c,
              name,
              body -> c.require("POST", "/" + name + "/_search", body, "search"),
              EntityExtractor::defaults,
              Duration.ZERO);
      assertEquals(List.of("هورست زيهوفر"), identities.get().identities().members("هورست زيهوفر"));
      identities.get();
      assertEquals(1, identities.aggregations());

      // an index run adds the Latin spelling: the writer's own next search sees it at once, the
      // other process's identities once the run has recorded itself
      Path more = tmp.resolve("more");
      Files.createDirectories(more);
      Files.writeString(
          more.resolve("presse2-fr.jsonl"),
          """
          {"id": "f2", "date": "2018-07-03", "title": "Berlin durcit l'asile", "body": "Le \
          ministre allemand de l'Intérieur, Horst Seehofer, a annoncé lundi des centres de transit \
          à la frontière autrichienne."}
          """);
      writer.index(List.of(more));
      assertEquals(
          List.of("extra-ar/a2", "presse2-fr/f2"),
          ids(writer.search(seehofer)).stream().sorted().toList());
      assertEquals(
          List.of("Horst Seehofer", "هورست زيهوفر"),
          identities.get().identities().members("هورست زيهوفر"));
      assertEquals(2, identities.aggregations());
      identities.get();
      assertEquals(2, identities.aggregations());

      // a rebuild without the French article switches to a new generation, and a rollback back
      // to the one the run wrote into
      writer.rebuild(List.of(in));
      assertEquals(List.of("هورست زيهوفر"), identities.get().identities().members("هورست زيهوفر"));
      assertEquals(List.of("extra-ar/a2"), ids(writer.search(seehofer)));
      writer.rollback(Duration.ofSeconds(5));
      assertEquals(
          List.of("Horst Seehofer", "هورست زيهوفر"),
          identities.get().identities().members("هورست زيهوفر"));
      assertEquals(
          List.of("extra-ar/a2", "presse2-fr/f2"),
          ids(writer.search(seehofer)).stream().sorted().toList());
      assertEquals(4, identities.aggregations());
    }
  }
}

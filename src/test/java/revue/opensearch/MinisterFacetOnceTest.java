package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import revue.SearchRequest;
import revue.entity.EntityExtractor;
import revue.entity.MinisterIdentities;

/**
 * The cluster's minister facet counts a person by article, as the local one does: an article that
 * tags one person under two spellings counts once, not once per spelling (the terms aggregation's
 * way). Without a cluster: the aggregation asked for, and the counts taken from its answer.
 */
class MinisterFacetOnceTest {

  private static final Map<String, Integer> TAGS =
      Map.of("Giovanni Tria", 1, "جيوفاني تريا", 3, "Luigi Di Maio", 3);

  private static ClusterIdentities.Snapshot snapshot(List<List<String>> doublyTagged) {
    return new ClusterIdentities.Snapshot(
        MinisterIdentities.of(TAGS, v -> false), TAGS, 6, doublyTagged);
  }

  private static JsonNode ministerAggs(ClusterIdentities.Snapshot snapshot) {
    QueryTranslator translator = new QueryTranslator(EntityExtractor::defaults, () -> snapshot);
    SearchRequest all = SearchRequest.of("");
    return translator
        .searchBody(all, translator.translate(all, (d, v, w) -> true), 10, 0)
        .at("/aggs/minister/aggs");
  }

  @Test
  void thePersonsSomeArticleTagsTwiceAreCountedByArticleBesideTheTerms() throws Exception {
    List<String> tria = List.of("Giovanni Tria", "جيوفاني تريا");
    JsonNode aggs = ministerAggs(snapshot(List.of(tria)));
    assertEquals(
        "{\"filters\":{\"filters\":{\"Giovanni Tria\":{\"terms\":{\"minister\":"
            + "[\"Giovanni Tria\",\"جيوفاني تريا\"]}}}}}",
        aggs.get("persons").toString());
    assertEquals("minister", aggs.at("/values/terms/field").asText());
    // no person tagged twice in an article: the terms alone, as before
    assertEquals(null, ministerAggs(snapshot(List.of())).get("persons"));
  }

  @Test
  void aPersonsCountIsItsArticlesNotTheSumOfItsSpellingsCounts() throws Exception {
    MinisterIdentities identities = MinisterIdentities.of(TAGS, v -> false);
    String tria = identities.display("جيوفاني تريا");
    // the terms: 1 + 3 articles under the two spellings, one of them holding both
    Map<String, Long> merged = new LinkedHashMap<>();
    merged.put(tria, 4L);
    merged.put("Luigi Di Maio", 3L);
    JsonNode persons =
        Cluster.JSON.readTree("{\"Giovanni Tria\": {\"doc_count\": 3}, \"Nobody\": {}}");
    assertEquals(1, OpenSearchBackend.countedOnce(merged, persons, identities));
    assertEquals(Map.of(tria, 3L, "Luigi Di Maio", 3L), merged);
    // counted once already (a search whose matches hold no article tagging both): unchanged
    assertEquals(0, OpenSearchBackend.countedOnce(merged, persons, identities));
    assertEquals(Map.of(tria, 3L, "Luigi Di Maio", 3L), merged);
  }
}

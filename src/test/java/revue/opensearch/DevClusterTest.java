package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.Revue;
import revue.SearchRequest;

/**
 * The dev cluster of scripts/opensearch-dev.sh, as revue's OpenSearch tests use it: two real nodes,
 * one of which can be stopped while the other serves searches, and revue's failover on it.
 *
 * <p>One cluster for the whole class (a start is 25-55 s on a loaded 2-core machine): the cluster
 * is checked, then node 2 is stopped while raw searches and revue's searches run (revue's index
 * with one replica, as issue 24's acceptance asks), then the cluster's parent pipe is closed and
 * the cluster must exit. The run's shared cluster ({@link DevCluster#shared()}) cannot serve here:
 * a node of it must never stop.
 */
class DevClusterTest {

  @TempDir Path tmp;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void replicatedIndicesStaySearchableWhileNodeTwoStopsAndTheClusterStopsWithItsParent()
      throws Exception {
    long pid;
    try (DevCluster cluster = DevCluster.start();
        Revue revue = Revue.open(tmp, ParityRun.on(cluster.backend(), "ops-failover", 2, 1))) {
      pid = cluster.pid();
      assertTrue(
          cluster.backend().matches("opensearch://127\\.0\\.0\\.1:[0-9]+"), cluster.backend());
      assertEquals(cluster.httpUrl().getPort(), URI.create(cluster.backend()).getPort());

      JsonNode health = json(cluster.get("/_cluster/health"));
      assertEquals("revue-dev", health.get("cluster_name").asText());
      assertEquals("green", health.get("status").asText());
      assertEquals(2, health.get("number_of_nodes").asInt());
      assertEquals(2, health.get("number_of_data_nodes").asInt());

      URI base = cluster.httpUrl();
      JsonNode created =
          send(
              "PUT",
              base.resolve("/articles"),
              "{\"settings\":{\"number_of_shards\":2,\"number_of_replicas\":1},"
                  + "\"mappings\":{\"properties\":"
                  + "{\"title\":{\"type\":\"text\",\"analyzer\":\"french\"}}}}");
      assertTrue(created.get("acknowledged").asBoolean(), created.toString());
      // replicas allocated before the write, so that it reaches both copies
      health = json(cluster.get("/_cluster/health/articles?wait_for_status=green&timeout=60s"));
      assertEquals("green", health.get("status").asText());
      assertEquals(4, health.get("active_shards").asInt());
      JsonNode indexed =
          send(
              "PUT",
              base.resolve("/articles/_doc/a1?refresh=true"),
              "{\"title\":\"Nasser Bourita reçu à Niamey par les autorités nigériennes\"}");
      assertEquals("created", indexed.get("result").asText());
      // one primary and one replica written, on two nodes
      assertEquals(2, indexed.get("_shards").get("successful").asInt());

      // revue's index on both nodes: two shards, one replica
      revue.rebuild(List.of(Path.of("corpus")));
      cluster.get("/_cluster/health/ops-failover?wait_for_status=green&timeout=120s");
      long documents = revue.stats().documents();
      long bourita = revue.search(SearchRequest.of("Bourita")).total();
      assertTrue(bourita > 0, "Bourita matches the bundled corpus");
      OpenSearchOperationsTest.Searching revueSearching =
          new OpenSearchOperationsTest.Searching(revue, bourita);

      // searches run all along, through node 1, before, while and after node 2 stops
      AtomicBoolean searching = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      Thread searcher =
          new Thread(
              () -> {
                while (searching.get()) {
                  try {
                    HttpResponse<String> r =
                        search(base, "{\"query\":{\"match\":{\"title\":\"Niamey\"}}}");
                    JsonNode body = json(r.body());
                    if (r.statusCode() != 200
                        || body.get("_shards").get("failed").asInt() != 0
                        || body.get("hits").get("total").get("value").asInt() != 1) {
                      failures.add(r.statusCode() + " " + r.body());
                    }
                  } catch (IOException | InterruptedException e) {
                    failures.add(e.toString());
                  }
                  searches.incrementAndGet();
                }
              });
      searcher.start();
      try (revueSearching) {
        awaitSearches(searches, 5);
        awaitSearches(revueSearching.searches, 5);
        cluster.stopNode(2);
        awaitSearches(searches, searches.get() + 5);
        awaitSearches(revueSearching.searches, revueSearching.searches.get() + 50);
        searching.set(false);
        searcher.join();
      }
      assertEquals(List.of(), failures, searches.get() + " searches");
      // through revue: no error, the same total all along, no article lost
      assertEquals(
          List.of(), revueSearching.problems, revueSearching.searches.get() + " revue searches");
      assertEquals(documents, revue.stats().documents(), "articles after losing node 2");

      health =
          json(
              cluster.get(
                  "/_cluster/health/articles?wait_for_nodes=1&wait_for_status=yellow&timeout=60s"));
      assertFalse(health.get("timed_out").asBoolean(), health.toString());
      assertEquals("yellow", health.get("status").asText());
      assertEquals(1, health.get("number_of_nodes").asInt());
      assertEquals(2, health.get("active_primary_shards").asInt());
      assertEquals(2, health.get("unassigned_shards").asInt());

      // French analysis of the common-analysis plugin: "autorité" finds "autorités"
      JsonNode found =
          send(
              "POST",
              base.resolve("/articles/_search"),
              "{\"query\":{\"match\":{\"title\":\"autorité nigérienne\"}}}");
      assertEquals(0, found.get("_shards").get("failed").asInt());
      assertEquals(1, found.get("hits").get("total").get("value").asInt());
      assertEquals("a1", found.get("hits").get("hits").get(0).get("_id").asText());

      IllegalStateException last =
          assertThrows(IllegalStateException.class, () -> cluster.stopNode(1));
      assertEquals(
          "stop-node 1: error: node-1 is the last node running; use stop", last.getMessage());

      Optional<ProcessHandle> jvm = ProcessHandle.of(cluster.pid());
      assertTrue(jvm.isPresent() && jvm.get().isAlive());
      // what the death of this JVM does to the cluster: its standard input closes
      cluster.closeParentPipe();
      assertEquals(0, cluster.waitForExit(Duration.ofSeconds(60)));
      assertFalse(cluster.isAlive());
      assertThrows(
          IOException.class,
          () ->
              http.send(
                  HttpRequest.newBuilder(cluster.httpUrl().resolve("/"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
    }
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "pid " + pid);
  }

  private HttpResponse<String> search(URI base, String query)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve("/articles/_search"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(query))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the searcher has run {@code count} searches (at most 2 minutes). */
  private static void awaitSearches(AtomicInteger searches, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (searches.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(searches.get() >= count, searches.get() + " searches, not " + count);
  }

  private JsonNode send(String method, URI uri, String body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        r.statusCode() / 100 == 2, method + " " + uri + ": " + r.statusCode() + " " + r.body());
    return json(r.body());
  }

  private static JsonNode json(String body) throws IOException {
    return JSON.readTree(body);
  }
}

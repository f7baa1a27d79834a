package revue.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bulk items a cluster turns away one by one. Seen on the two-node dev cluster at 130k articles:
 * 1,340 items answered 429 circuit_breaking_exception ("Data too large") inside bulk replies whose
 * own status was 200, which the rebuild then counted as refused. Here an HTTP server answers {@code
 * _bulk} the way the cluster did, so the retry of those items is tested exactly.
 */
class BulkWriterTest {

  /**
   * Answers each _bulk: the first {@code busyRounds} replies turn away every second item, and any
   * whose id starts with z.
   */
  private static HttpServer server(int busyRounds, List<List<String>> seen) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          List<String> ids = new ArrayList<>();
          String[] lines = body.split("\n");
          for (int i = 0; i < lines.length; i += 2) {
            ids.add(Cluster.JSON.readTree(lines[i]).path("index").path("_id").asText());
          }
          boolean busy = seen.size() < busyRounds;
          seen.add(ids);
          ObjectNode reply = Cluster.JSON.createObjectNode();
          ArrayNode items = reply.putArray("items");
          boolean errors = false;
          for (int i = 0; i < ids.size(); i++) {
            ObjectNode result = items.addObject().putObject("index").put("_id", ids.get(i));
            if (ids.get(i).equals("bad")) {
              result.put("status", 400);
              result.putObject("error").put("type", "mapper_parsing_exception").put("reason", "x");
              errors = true;
            } else if (busy && (i % 2 == 1 || ids.get(i).startsWith("z"))) {
              result.put("status", 429);
              result
                  .putObject("error")
                  .put("type", "circuit_breaking_exception")
                  .put("reason", "[parent] Data too large");
              errors = true;
            } else {
              result.put("status", 201);
            }
          }
          reply.put("errors", errors);
          byte[] out = Cluster.JSON.writeValueAsBytes(reply);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static BulkWriter writer(HttpServer server) {
    URI uri = URI.create("opensearch://127.0.0.1:" + server.getAddress().getPort() + "/news");
    return new BulkWriter(new Cluster(ClusterAddress.parse(uri)), "news-gen-000001");
  }

  @Test
  void itemsTurnedAwayForRoomAreSentAgainAloneAndTheOthersOnce() throws IOException {
    List<List<String>> seen = new ArrayList<>();
    HttpServer server = server(2, seen);
    try {
      BulkWriter writer = writer(server);
      for (String id : List.of("a", "b", "c", "d", "bad")) {
        writer.index(id, Cluster.JSON.createObjectNode().put("title", id));
      }
      writer.flush();
      // b and d turned away, then d again (the second of two), then d alone accepted
      assertEquals(
          List.of(List.of("a", "b", "c", "d", "bad"), List.of("b", "d"), List.of("d")), seen);
      assertEquals(4, writer.sent());
      assertEquals(
          List.of(new BulkWriter.Failure("bad", "mapper_parsing_exception: x")), writer.failures());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void itemsStillTurnedAwayAfterTheLastTryAreFailuresNamingTheReason() throws IOException {
    List<List<String>> seen = new ArrayList<>();
    HttpServer server = server(Integer.MAX_VALUE, seen);
    try {
      BulkWriter writer = writer(server);
      writer.index("a", Cluster.JSON.createObjectNode());
      writer.index("zb", Cluster.JSON.createObjectNode());
      writer.flush();
      assertEquals(Cluster.TRIES, seen.size());
      assertEquals(1, writer.sent());
      assertEquals(
          List.of(
              new BulkWriter.Failure("zb", "circuit_breaking_exception: [parent] Data too large")),
          writer.failures());
    } finally {
      server.stop(0);
    }
  }
}

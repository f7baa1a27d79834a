package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Index actions gathered into {@code _bulk} requests of about {@link #MAX_BYTES} each: sized by
 * bytes rather than by count, as articles run from a line to a book. A request is sent when the
 * next action would overflow it; the cluster's 429 and 5xx answers are retried by {@link Cluster}.
 * Items the cluster rejects one by one are returned as failures, not thrown.
 *
 * <p>Thread-safe: actions may come from several enriching threads; sending holds the lock, so at
 * most one request is in flight per writer.
 */
final class BulkWriter {

  /** 5 MB: OpenSearch's guidance is 5-15 MB per request; smaller keeps memory low per thread. */
  static final int MAX_BYTES = 5 << 20;

  /** An article the cluster refused, with its reason. */
  record Failure(String id, String reason) {}

  private final Cluster cluster;
  private final String index;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(MAX_BYTES + (1 << 16));
  private final List<Failure> failures = new ArrayList<>();
  private long sent;

  BulkWriter(Cluster cluster, String index) {
    this.cluster = cluster;
    this.index = index;
  }

  /**
   * Adds an index action for a document, sending the gathered ones first when it would overflow.
   */
  synchronized void index(String id, ObjectNode document) {
    byte[] action;
    byte[] source;
    try {
      ObjectNode meta = Cluster.JSON.createObjectNode();
      meta.putObject("index").put("_id", id);
      action = Cluster.JSON.writeValueAsBytes(meta);
      source = Cluster.JSON.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (buffer.size() > 0 && buffer.size() + action.length + source.length + 2 > MAX_BYTES) {
      flush();
    }
    buffer.writeBytes(action);
    buffer.write('\n');
    buffer.writeBytes(source);
    buffer.write('\n');
  }

  /** Sends what is gathered. */
  synchronized void flush() {
    if (buffer.size() == 0) {
      return;
    }
    byte[] body = buffer.toByteArray();
    buffer.reset();
    JsonNode reply =
        cluster.require("POST", "/" + index + "/_bulk", body, "bulk indexing into " + index);
    if (reply.path("errors").asBoolean(false)) {
      for (JsonNode item : reply.path("items")) {
        JsonNode result = item.path("index");
        if (result.has("error")) {
          JsonNode error = result.path("error");
          failures.add(
              new Failure(
                  result.path("_id").asText(),
                  error.path("type").asText() + ": " + error.path("reason").asText()));
        } else {
          sent++;
        }
      }
    } else {
      sent += reply.path("items").size();
    }
  }

  /** The documents the cluster accepted so far. */
  synchronized long sent() {
    return sent;
  }

  /** The documents the cluster refused so far. */
  synchronized List<Failure> failures() {
    return List.copyOf(failures);
  }
}

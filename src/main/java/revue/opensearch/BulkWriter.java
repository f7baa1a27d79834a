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
 * Items the cluster turns away one by one for want of room (status 429: a full write queue, or a
 * circuit breaker when the heap is short) are sent again, alone, with the same backoff; items it
 * rejects otherwise, or still turns away after the last try, are returned as failures, not thrown.
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

  /** Where each gathered action starts in {@link #buffer}, and where the buffer ends. */
  private final List<Integer> starts = new ArrayList<>();

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
    starts.add(buffer.size());
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
    byte[] all = buffer.toByteArray();
    List<Integer> begin = new ArrayList<>(starts);
    begin.add(all.length);
    buffer.reset();
    starts.clear();
    List<Integer> pending = new ArrayList<>(begin.size() - 1);
    for (int i = 0; i + 1 < begin.size(); i++) {
      pending.add(i);
    }
    long backoff = Cluster.FIRST_BACKOFF_MS;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      byte[] body = all;
      if (pending.size() < begin.size() - 1) {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        for (int i : pending) {
          again.write(all, begin.get(i), begin.get(i + 1) - begin.get(i));
        }
        body = again.toByteArray();
      }
      JsonNode reply =
          cluster.require("POST", "/" + index + "/_bulk", body, "bulk indexing into " + index);
      if (!reply.path("errors").asBoolean(false)) {
        sent += reply.path("items").size();
        return;
      }
      List<Integer> turnedAway = new ArrayList<>();
      int n = 0;
      for (JsonNode item : reply.path("items")) {
        int action = pending.get(n++);
        JsonNode result = item.path("index");
        if (!result.has("error")) {
          sent++;
        } else if (result.path("status").asInt() == 429 && attempt < Cluster.TRIES) {
          turnedAway.add(action);
        } else {
          JsonNode error = result.path("error");
          failures.add(
              new Failure(
                  result.path("_id").asText(),
                  error.path("type").asText() + ": " + error.path("reason").asText()));
        }
      }
      pending = turnedAway;
      if (!pending.isEmpty()) {
        Cluster.sleep(backoff);
        backoff *= 2;
      }
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

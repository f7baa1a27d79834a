package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import revue.RevueException;
import revue.enrich.DuplicateSignature;
import revue.index.Fields;

/**
 * The stories of a generation on the cluster, grouped by revue as the local index groups them
 * ({@code revue.index.StoryGroups}): every article carries, in the keyword field {@link
 * Fields#STORY}, the id of the article leading its story, or its own id when it is alone, so that a
 * search collapses copies with OpenSearch's field collapsing on it.
 *
 * <p>The rule is the local one: candidates share an LSH band of their {@link DuplicateSignature}
 * (kept in each document's {@code _source}); a story is a star around its leader, the candidate
 * whose id sorts first, holding the candidates whose estimated similarity to it reaches {@link
 * DuplicateSignature#THRESHOLD}. The whole generation is regrouped after each run that changed it,
 * so the keys depend only on which articles it holds, and only the keys that changed are written.
 *
 * <p>Memory: every article's id and signature (256 bytes) for the time of the regrouping, as the
 * local regrouping holds the candidates'. Not thread-safe: run it under the writers' lock.
 */
final class ClusterStories {

  private static final int PAGE = 1000;

  private ClusterStories() {}

  /** What a regrouping found and changed. */
  record Counts(int grouped, int groups, int changed) {}

  /** Regroups every article of the index and writes the keys that changed, then refreshes. */
  static Counts regroup(Cluster cluster, String index) {
    List<String> ids = new ArrayList<>();
    List<DuplicateSignature> signatures = new ArrayList<>();
    List<String> current = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      body.put("size", PAGE);
      body.putArray("_source").add(Fields.ID).add(Fields.DUPLICATE_SIGNATURE).add(Fields.STORY);
      body.putArray("sort").addObject().putObject(Fields.ID).put("order", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits =
          cluster
              .require("POST", "/" + index + "/_search", body, "reading the stories of " + index)
              .path("hits")
              .path("hits");
      for (JsonNode h : hits) {
        JsonNode s = h.path("_source");
        ids.add(s.path(Fields.ID).asText());
        String sig = s.path(Fields.DUPLICATE_SIGNATURE).asText(null);
        byte[] bytes = sig == null ? null : Base64.getDecoder().decode(sig);
        signatures.add(bytes == null ? null : DuplicateSignature.fromBytes(bytes, 0, bytes.length));
        current.add(s.path(Fields.STORY).asText(null));
      }
      if (hits.size() < PAGE) {
        break;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
    String[] want = groups(ids, signatures);
    Updates updates = new Updates(cluster, index);
    for (int i = 0; i < ids.size(); i++) {
      if (!want[i].equals(current.get(i))) {
        updates.add(ids.get(i), want[i]);
      }
    }
    Map<String, Integer> sizes = new HashMap<>();
    for (String key : want) {
      sizes.merge(key, 1, Integer::sum);
    }
    int grouped = 0;
    int groups = 0;
    for (int size : sizes.values()) {
      if (size > 1) {
        groups++;
        grouped += size;
      }
    }
    updates.flush();
    if (updates.changed > 0) {
      cluster.require("POST", "/" + index + "/_refresh", null, "refresh of " + index);
    }
    return new Counts(grouped, groups, updates.changed);
  }

  /**
   * Each article's story key, the articles given in increasing id order: the leader's id, or its
   * own id when it is alone.
   */
  static String[] groups(List<String> ids, List<DuplicateSignature> signatures) {
    int n = ids.size();
    // each band value's articles; an article in a bucket of two or more is a candidate
    Map<Long, List<Integer>> buckets = new HashMap<>();
    List<long[]> bands = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      DuplicateSignature sig = signatures.get(i);
      long[] b = sig == null ? new long[0] : sig.bands();
      bands.add(b);
      for (long value : b) {
        buckets.computeIfAbsent(value, k -> new ArrayList<>(2)).add(i);
      }
    }
    String[] key = ids.toArray(String[]::new);
    boolean[] taken = new boolean[n];
    // leaders in id order (the list is): the groups do not depend on the order of writing
    for (int leader = 0; leader < n; leader++) {
      if (taken[leader] || bands.get(leader).length == 0) {
        continue;
      }
      taken[leader] = true;
      DuplicateSignature lead = signatures.get(leader);
      for (long value : bands.get(leader)) {
        List<Integer> bucket = buckets.get(value);
        if (bucket.size() < 2) {
          continue;
        }
        for (int other : bucket) {
          if (!taken[other] && lead.sameStory(signatures.get(other))) {
            taken[other] = true;
            key[other] = ids.get(leader);
          }
        }
      }
    }
    return key;
  }

  /** Partial updates of the story key, sent in bulk. */
  private static final class Updates {
    private final Cluster cluster;
    private final String index;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int pending;
    int changed;

    Updates(Cluster cluster, String index) {
      this.cluster = cluster;
      this.index = index;
    }

    void add(String id, String key) {
      ObjectNode action = Cluster.JSON.createObjectNode();
      action.putObject("update").put("_id", id);
      ObjectNode doc = Cluster.JSON.createObjectNode();
      doc.putObject("doc").put(Fields.STORY, key);
      try {
        buffer.writeBytes(Cluster.JSON.writeValueAsBytes(action));
        buffer.write('\n');
        buffer.writeBytes(Cluster.JSON.writeValueAsBytes(doc));
        buffer.write('\n');
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      if (++pending == PAGE) {
        flush();
      }
    }

    void flush() {
      if (pending == 0) {
        return;
      }
      JsonNode reply =
          cluster.require(
              "POST",
              "/" + index + "/_bulk",
              buffer.toByteArray(),
              "writing the stories of " + index);
      buffer.reset();
      pending = 0;
      for (JsonNode item : reply.path("items")) {
        JsonNode result = item.path("update");
        if (result.has("error")) {
          throw new RevueException(
              "OpenSearch "
                  + cluster.address()
                  + ": writing the story of "
                  + result.path("_id").asText()
                  + " failed: "
                  + result.path("error").path("reason").asText());
        }
        changed++;
      }
    }
  }
}

package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import revue.entity.EntityExtractor;
import revue.entity.MinisterIdentities;
import revue.index.Fields;

/**
 * The persons behind the minister tags of the generation a cluster name's alias points to ({@link
 * MinisterIdentities}, as a local index keeps them beside each commit), with each tag's article
 * count: computed by one terms aggregation over every article, then kept for that generation as it
 * stands.
 *
 * <p>What the generation is, is read from its mapping's {@code _meta} under the alias (one small
 * request): its name changes with a rebuild or a rollback, and an index run that changes articles
 * records the time it did in {@code _meta.updated}. That stamp is read again at most every {@link
 * #VALIDITY}; the identities are computed again only when it changed, and at once after a run of
 * this process ({@link #invalidate}). A run of another process is seen within the validity once it
 * has recorded itself: meanwhile the articles it has sent are searched with the identities of those
 * before (as a local searcher sees the last commit's).
 *
 * <p>Thread-safe.
 */
final class ClusterIdentities {

  /** How long a read stamp is trusted before it is read again. */
  static final Duration VALIDITY = Duration.ofSeconds(2);

  /**
   * The identities of a generation, each tag's article count and the articles in all, and the
   * identities some article tags under two of their spellings or more (each as its tags, head
   * first): an article that writes the gazetteer's إدوار فيليب and, further on, the slip ادور
   * فيليب. The minister facet counts those persons by article (see QueryTranslator#searchBody).
   */
  record Snapshot(
      MinisterIdentities identities,
      Map<String, Integer> tagArticles,
      long articles,
      List<List<String>> doublyTagged) {

    static final Snapshot NONE = new Snapshot(MinisterIdentities.NONE, Map.of(), 0);

    Snapshot {
      doublyTagged = List.copyOf(doublyTagged);
    }

    /** A snapshot in which no article tags one person twice. */
    Snapshot(MinisterIdentities identities, Map<String, Integer> tagArticles, long articles) {
      this(identities, tagArticles, articles, List.of());
    }

    /**
     * BM25's idf of a tag as the cluster counts it (ln(1 + (N - n + 0.5) / (n + 0.5)), N articles,
     * n tagged), for weighing one spelling's mentions as another's.
     */
    double idf(String tag) {
      long n = tagArticles.getOrDefault(tag, 0);
      return Math.log(1 + (articles - n + 0.5) / (n + 0.5));
    }
  }

  private record Held(String stamp, Snapshot snapshot, long checkedNanos) {}

  private final Cluster cluster;
  private final String name;
  private final Function<ObjectNode, JsonNode> search;
  private final Supplier<EntityExtractor> entities;
  private final long validityNanos;
  private final AtomicInteger aggregations = new AtomicInteger();
  private volatile Held held;

  /**
   * @param search runs a search body on the alias
   */
  ClusterIdentities(
      Cluster cluster,
      String name,
      Function<ObjectNode, JsonNode> search,
      Supplier<EntityExtractor> entities,
      Duration validity) {
    this.cluster = cluster;
    this.name = name;
    this.search = search;
    this.entities = entities;
    this.validityNanos = validity.toNanos();
  }

  /** The live generation's identities, computed again only when it changed. */
  Snapshot get() {
    Held h = held;
    long now = System.nanoTime();
    if (h != null && now - h.checkedNanos() < validityNanos) {
      return h.snapshot();
    }
    synchronized (this) {
      h = held;
      now = System.nanoTime();
      if (h != null && now - h.checkedNanos() < validityNanos) {
        return h.snapshot();
      }
      // the stamp before the articles: a run recorded meanwhile changes it, so what is counted
      // now is counted again on the next check rather than kept under the newer stamp
      String stamp = stamp();
      if (h != null && stamp != null && stamp.equals(h.stamp())) {
        held = new Held(stamp, h.snapshot(), now);
        return h.snapshot();
      }
      Snapshot s = stamp == null ? Snapshot.NONE : compute();
      held = new Held(stamp, s, now);
      return s;
    }
  }

  /** Forgets the identities: this process changed the generation or switched the alias. */
  void invalidate() {
    held = null;
  }

  /** How many times the identities were computed (an aggregation over every article each). */
  int aggregations() {
    return aggregations.get();
  }

  /**
   * The live generation's name and its {@code _meta} (built, updated), or null when the alias names
   * no index.
   */
  private String stamp() {
    Cluster.Reply reply =
        cluster.call("GET", "/" + name + "/_mapping?filter_path=*.mappings._meta", null);
    if (reply.status() == 404) {
      return null;
    }
    if (!reply.ok()) {
      // the search that follows reports the cluster's state; nothing kept meanwhile
      return "unread " + System.nanoTime();
    }
    return reply.body().toString();
  }

  private Snapshot compute() {
    aggregations.incrementAndGet();
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    body.putObject("aggs")
        .putObject("tags")
        .putObject("terms")
        .put("field", Fields.MINISTER)
        .put("size", 100_000);
    JsonNode reply = search.apply(body);
    Map<String, Integer> tags = new HashMap<>();
    for (JsonNode b : reply.path("aggregations").path("tags").path("buckets")) {
      tags.put(b.path("key").asText(), b.path("doc_count").asInt());
    }
    long articles = reply.path("hits").path("total").path("value").asLong();
    MinisterIdentities identities =
        MinisterIdentities.of(tags, v -> entities.get().knowsMinister(v));
    return new Snapshot(identities, Map.copyOf(tags), articles, doublyTagged(identities));
  }

  /**
   * The identities some article tags under two of their spellings or more: one filters aggregation
   * over every article, a filter per identity of several spellings (a handful of articles in 130k;
   * as locally, found once per generation).
   */
  private List<List<String>> doublyTagged(MinisterIdentities identities) {
    List<List<String>> groups = List.copyOf(identities.groups());
    if (groups.isEmpty()) {
      return List.of();
    }
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    ObjectNode filters =
        body.putObject("aggs").putObject("doubly").putObject("filters").putObject("filters");
    for (int i = 0; i < groups.size(); i++) {
      ObjectNode any = filters.putObject(String.valueOf(i)).putObject("bool");
      ArrayNode should = any.putArray("should");
      for (String tag : groups.get(i)) {
        should.addObject().putObject("term").put(Fields.MINISTER, tag);
      }
      any.put("minimum_should_match", 2);
    }
    JsonNode buckets = search.apply(body).path("aggregations").path("doubly").path("buckets");
    List<List<String>> doubly = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      if (buckets.path(String.valueOf(i)).path("doc_count").asLong() > 0) {
        doubly.add(List.copyOf(groups.get(i)));
      }
    }
    return doubly;
  }
}

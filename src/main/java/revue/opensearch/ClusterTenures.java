package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import revue.IngestOptions;
import revue.enrich.Enricher;
import revue.entity.ObservedTenures;
import revue.index.Fields;
import revue.index.TenureTagging;

/**
 * The local index's second pass ({@link TenureTagging}) on a cluster: the tenures its articles
 * show, and the articles naming those ministers without the post within the terms, read again,
 * enriched with the tenures and written again with the tags also in {@link
 * Fields#MINISTER_OBSERVED}. The same rules ({@link ObservedTenures}); the names are matched as
 * phrases of revue's own analysis ({@link AnalysedText}), as locally.
 */
final class ClusterTenures {

  private static final int PAGE = 1000;

  /**
   * Searches sent in one {@code _msearch} request: one per tenure would be a round trip each, 768
   * of them twice a run on the shared corpora.
   */
  static final int BATCH = 100;

  private ClusterTenures() {}

  /** Observes the tenures of an index's articles and tags again the articles they concern. */
  static TenureTagging.Counts run(
      Cluster cluster, String index, Enricher enricher, IngestOptions options, int threads) {
    ObservedTenures tenures = observe(cluster, index, enricher::knowsMinister);
    Map<String, TenureTagging.FileCandidates> candidates = candidates(cluster, index, tenures);
    if (candidates.isEmpty()) {
      return new TenureTagging.Counts(tenures.tenures().size(), 0, 0);
    }
    int total = candidates.values().stream().mapToInt(TenureTagging.FileCandidates::size).sum();
    BulkWriter bulk = new BulkWriter(cluster, index);
    int tagged;
    try {
      tagged =
          TenureTagging.readAgain(
              candidates,
              enricher.withTenures(tenures),
              options,
              threads,
              (after, candidate, observed) -> {
                ObjectNode doc = IndexMapping.document(after, candidate.hash());
                ArrayNode tags = doc.putArray(Fields.MINISTER_OBSERVED);
                observed.forEach(tags::add);
                bulk.index(after.article().id(), doc);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bulk.flush();
    if (!bulk.failures().isEmpty()) {
      throw new revue.RevueException(
          "tagging tenures failed: " + bulk.failures().get(0).reason() + " (" + index + ")");
    }
    cluster.require("POST", "/" + index + "/_refresh", null, "refresh of " + index);
    return new TenureTagging.Counts(tenures.tenures().size(), total, tagged);
  }

  /** Pages through the articles a query matches, in id order, with some of their fields. */
  private static List<JsonNode> all(
      Cluster cluster, String index, ObjectNode query, String what, String... fields) {
    return rest(cluster, index, query, what, new ArrayList<>(), null, fields);
  }

  /**
   * The hits of {@code page} (a first page) added to {@code out}, and those of the next pages when
   * it was full.
   */
  private static List<JsonNode> rest(
      Cluster cluster,
      String index,
      ObjectNode query,
      String what,
      List<JsonNode> out,
      JsonNode page,
      String... fields) {
    JsonNode hits =
        page != null
            ? page.path("hits").path("hits")
            : cluster
                .require("POST", "/" + index + "/_search", page(query, null, fields), what)
                .path("hits")
                .path("hits");
    while (true) {
      for (JsonNode h : hits) {
        out.add(h.path("_source"));
      }
      if (hits.size() < PAGE) {
        return out;
      }
      JsonNode after = hits.get(hits.size() - 1).path("sort");
      hits =
          cluster
              .require("POST", "/" + index + "/_search", page(query, after, fields), what)
              .path("hits")
              .path("hits");
    }
  }

  /** The search of one page of a query's articles in id order, after {@code after} if not null. */
  private static ObjectNode page(ObjectNode query, JsonNode after, String... fields) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", PAGE);
    body.set("query", query);
    ArrayNode source = body.putArray("_source");
    for (String f : fields) {
      source.add(f);
    }
    body.putArray("sort").addObject().putObject(Fields.ID).put("order", "asc");
    if (after != null) {
      body.set("search_after", after);
    }
    return body;
  }

  /** The replies to many searches, {@link #BATCH} to an {@code _msearch} request. */
  private static List<JsonNode> each(
      Cluster cluster, String index, List<ObjectNode> bodies, String what) {
    List<JsonNode> out = new ArrayList<>(bodies.size());
    for (int from = 0; from < bodies.size(); from += BATCH) {
      out.addAll(
          cluster.msearch(
              index, bodies.subList(from, Math.min(bodies.size(), from + BATCH)), what));
    }
    return out;
  }

  /** The tenures, as {@link TenureTagging#observe} finds them in a local index. */
  static ObservedTenures observe(
      Cluster cluster, String index, java.util.function.Predicate<String> known) {
    ObjectNode exists = Cluster.JSON.createObjectNode();
    exists.putObject("exists").put("field", Fields.MINISTER);
    Map<String, List<Integer>> titled = new TreeMap<>();
    for (JsonNode s :
        all(
            cluster,
            index,
            exists,
            "reading the ministers of " + index,
            Fields.MINISTER,
            Fields.MINISTER_OBSERVED,
            Fields.DATE)) {
      String date = s.path(Fields.DATE).asText(null);
      if (date == null) {
        continue;
      }
      int day = (int) LocalDate.parse(date).toEpochDay();
      Set<String> observed =
          new HashSet<>(OpenSearchBackend.strings(s.path(Fields.MINISTER_OBSERVED)));
      for (String tag : OpenSearchBackend.strings(s.path(Fields.MINISTER))) {
        if (!observed.contains(tag)) {
          titled.computeIfAbsent(tag, k -> new ArrayList<>()).add(day);
        }
      }
    }
    Map<String, int[]> days = new TreeMap<>();
    titled.forEach((k, v) -> days.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    ObservedTenures all = ObservedTenures.of(days, known);
    List<ObjectNode> searches = new ArrayList<>();
    for (ObservedTenures.Tenure t : all.tenures()) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      body.put("size", 0);
      ObjectNode bool = body.putObject("query").putObject("bool");
      bool.put("minimum_should_match", 1);
      ArrayNode should = bool.putArray("should");
      should.addObject().putObject("term").put(Fields.MINISTER, t.name());
      should.add(phrase(t.name()));
      body.putObject("aggs")
          .putObject("days")
          .putObject("date_histogram")
          .put("field", Fields.DATE)
          .put("calendar_interval", "day")
          .put("min_doc_count", 1)
          .put("format", "yyyy-MM-dd");
      searches.add(body);
    }
    List<JsonNode> replies =
        each(cluster, index, searches, "counting the articles naming ministers");
    Map<String, Map<Integer, Integer>> named = new HashMap<>();
    for (int i = 0; i < replies.size(); i++) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (JsonNode b : replies.get(i).path("aggregations").path("days").path("buckets")) {
        counts.put(
            (int) LocalDate.parse(b.path("key_as_string").asText()).toEpochDay(),
            b.path("doc_count").asInt());
      }
      named.put(all.tenures().get(i).name(), counts);
    }
    return all.keepingTerms(
        (t, term) ->
            ObservedTenures.titledEnough(
                term.count(days.get(t.name())), within(named.get(t.name()), term)));
  }

  private static int within(Map<Integer, Integer> counts, ObservedTenures.Term term) {
    int n = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      n += term.holds(e.getKey()) ? e.getValue() : 0;
    }
    return n;
  }

  /** The name as a phrase in the title or body of its script's languages, or of none. */
  static ObjectNode phrase(String name) {
    ObjectNode q = Cluster.JSON.createObjectNode();
    ObjectNode bool = q.putObject("bool");
    bool.put("minimum_should_match", 1);
    ArrayNode should = bool.putArray("should");
    for (String lang : Fields.textLangsOfScript(name)) {
      String tokens = AnalysedText.of(lang, name);
      if (tokens.isBlank()) {
        continue;
      }
      for (String field : List.of(Fields.titleField(lang), Fields.bodyField(lang))) {
        should.addObject().putObject("match_phrase").put(AnalysedText.field(field), tokens);
      }
    }
    return q;
  }

  /**
   * By input file, the articles within a tenure's terms that name its minister, untagged, and those
   * tagging a minister from a tenure that no longer covers them, as {@link TenureTagging} finds
   * them.
   */
  static Map<String, TenureTagging.FileCandidates> candidates(
      Cluster cluster, String index, ObservedTenures tenures) {
    String[] fields = {
      Fields.ID,
      Fields.FILE,
      Fields.FILE_HASH,
      Fields.LINE,
      Fields.MINISTER,
      Fields.MINISTER_OBSERVED
    };
    List<ObjectNode> queries = new ArrayList<>();
    for (ObservedTenures.Tenure t : tenures.tenures()) {
      ObjectNode query = Cluster.JSON.createObjectNode();
      ObjectNode bool = query.putObject("bool");
      ArrayNode filter = bool.putArray("filter");
      // the name as a phrase, or a family name of it after a courtesy title (TenureTagging.named)
      ObjectNode named = filter.addObject().putObject("bool");
      named.put("minimum_should_match", 1);
      ArrayNode either = named.putArray("should");
      either.add(phrase(t.name()));
      if (!t.familyNames().isEmpty()) {
        ArrayNode families = either.addObject().putObject("terms").putArray(Fields.COURTESY_NAME);
        t.familyNames().forEach(families::add);
      }
      ObjectNode dates = filter.addObject().putObject("bool");
      dates.put("minimum_should_match", 1);
      ArrayNode ranges = dates.putArray("should");
      for (ObservedTenures.Term term : t.terms()) {
        ranges
            .addObject()
            .putObject("range")
            .putObject(Fields.DATE)
            .put("gte", LocalDate.ofEpochDay(term.firstDay()).toString())
            .put("lte", LocalDate.ofEpochDay(term.lastDay()).toString());
      }
      bool.putArray("must_not").addObject().putObject("term").put(Fields.MINISTER, t.name());
      queries.add(query);
    }
    List<ObjectNode> firstPages = new ArrayList<>();
    queries.forEach(q -> firstPages.add(page(q, null, fields)));
    String what = "finding the articles naming ministers without the post";
    List<JsonNode> pages = each(cluster, index, firstPages, what);
    Map<String, TenureTagging.FileCandidates> out = new HashMap<>();
    for (int i = 0; i < queries.size(); i++) {
      for (JsonNode s :
          rest(cluster, index, queries.get(i), what, new ArrayList<>(), pages.get(i), fields)) {
        add(out, s);
      }
    }
    // the articles tagging a minister from a tenure that no longer covers their date
    Map<String, ObservedTenures.Tenure> byName = new HashMap<>();
    tenures.tenures().forEach(t -> byName.put(t.name(), t));
    ObjectNode observed = Cluster.JSON.createObjectNode();
    observed.putObject("exists").put("field", Fields.MINISTER_OBSERVED);
    String[] withDate = java.util.Arrays.copyOf(fields, fields.length + 1);
    withDate[fields.length] = Fields.DATE;
    for (JsonNode s :
        all(cluster, index, observed, "finding the tags of former tenures", withDate)) {
      String date = s.path(Fields.DATE).asText(null);
      long day = date == null ? Long.MIN_VALUE : LocalDate.parse(date).toEpochDay();
      for (String tag : OpenSearchBackend.strings(s.path(Fields.MINISTER_OBSERVED))) {
        ObservedTenures.Tenure t = byName.get(tag);
        if (t == null || !t.holds(day)) {
          add(out, s);
          break;
        }
      }
    }
    return out;
  }

  private static void add(Map<String, TenureTagging.FileCandidates> out, JsonNode s) {
    String file = s.path(Fields.FILE).asText(null);
    if (file == null) {
      return;
    }
    out.computeIfAbsent(file, k -> new TenureTagging.FileCandidates())
        .add(
            new TenureTagging.Candidate(
                s.path(Fields.ID).asText(),
                s.path(Fields.LINE).asLong(-1),
                s.path(Fields.FILE_HASH).asText(""),
                OpenSearchBackend.strings(s.path(Fields.MINISTER)),
                OpenSearchBackend.strings(s.path(Fields.MINISTER_OBSERVED))));
  }
}

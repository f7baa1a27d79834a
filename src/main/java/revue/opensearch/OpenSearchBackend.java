package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import revue.FacetCounts;
import revue.Hit;
import revue.IndexProgress;
import revue.IndexReport;
import revue.IndexStats;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.InvalidInputException;
import revue.Related;
import revue.RelatedResults;
import revue.RevueException;
import revue.RunReport;
import revue.SearchRequest;
import revue.SearchResults;
import revue.StoredArticle;
import revue.backend.Backend;
import revue.enrich.EnrichedArticle;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.index.Fields;
import revue.index.IndexRuns;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;
import revue.search.FilterNotes;
import revue.search.QueryLinks;
import revue.search.SecondReading;
import revue.search.Suggestions;

/**
 * revue's articles on an OpenSearch cluster: enriched by revue, sent in bulk, searched through the
 * query DSL, read back into revue's result types. Each generation is a physical index {@code
 * NAME-gen-NNNNNN}; the alias {@code NAME} names the live one. A rebuild writes a new generation
 * and switches the alias in one atomic {@code _aliases} call once the generation's count checks;
 * the previous generation is kept for rollback, older ones deleted. An index run writes into the
 * live generation by article id (idempotent), skipping input files whose SHA-256 is unchanged.
 *
 * <p>Thread-safe. Each writing run holds the cluster's writers' lock for this name ({@link
 * ClusterRuns}), as a local run holds its folder's, and records its report there.
 */
public final class OpenSearchBackend implements Backend {

  private static final String GEN = "-gen-";

  private final Cluster cluster;
  private final ClusterAddress address;
  private final QueryTranslator translator;
  private final Supplier<EntityExtractor> entities;
  private final int shards;
  private final int replicas;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final EntityStanding standing;
  private final ClusterRuns runs;
  private final ClusterIdentities identities;

  private OpenSearchBackend(
      ClusterAddress address, Supplier<EntityExtractor> entities, int shards, int replicas) {
    this.address = address;
    this.cluster = new Cluster(address);
    this.entities = entities;
    this.shards = shards;
    this.replicas = replicas;
    this.standing = new EntityStanding(this::searchCall, entities);
    this.runs = new ClusterRuns(cluster);
    this.identities =
        new ClusterIdentities(
            cluster, address.name(), this::searchCall, entities, ClusterIdentities.VALIDITY);
    this.translator = new QueryTranslator(entities, identities::get);
  }

  /**
   * A backend on the cluster a URI names ({@code
   * opensearch://HOST:PORT[/NAME][?shards=N&replicas=N]}). Opening does not contact the cluster;
   * the first call does.
   *
   * @throws InvalidInputException when the URI is not an OpenSearch backend's
   */
  public static OpenSearchBackend open(java.net.URI uri, Supplier<EntityExtractor> entities) {
    ClusterAddress address = ClusterAddress.parse(uri);
    int shards = 1;
    int replicas = 1;
    String query = uri.getQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        try {
          switch (kv[0]) {
            case "shards" -> shards = Integer.parseInt(kv[1]);
            case "replicas" -> replicas = Integer.parseInt(kv[1]);
            default ->
                throw new InvalidInputException(
                    "unknown backend parameter '" + kv[0] + "' (use shards, replicas)");
          }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          throw new InvalidInputException("backend parameter '" + pair + "' needs a number");
        }
      }
    }
    return new OpenSearchBackend(address, entities, shards, replicas);
  }

  /** Whether a backend URI names an OpenSearch cluster. */
  public static boolean handles(java.net.URI uri) {
    return ClusterAddress.isOpenSearch(uri);
  }

  // --- writing runs ---

  @Override
  public IndexReport index(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait) {
    requireWritableCluster();
    try (ClusterRuns.Held lock = runs.acquire("index", lockWait)) {
      return indexLocked(paths, enricher, options, progress);
    } finally {
      identities.invalidate(); // the run may have added, changed or removed tags
    }
  }

  private IndexReport indexLocked(
      List<Path> paths, Enricher enricher, IngestOptions options, LongConsumer progress) {
    Instant started = Instant.now();
    String live = liveIndex().orElse(null);
    if (live == null) {
      live = createGeneration(1, true);
      switchAlias(null, live);
    } else if (cluster
        .require("GET", "/" + live + "/_mapping/field/" + Fields.STORY, null, "mapping " + live)
        .path(live)
        .path("mappings")
        .isEmpty()) {
      // its documents lack the story fields, and their _source the tokens that an in-place update
      // of their story would need
      throw new RevueException(
          live
              + " on "
              + address
              + " was built before revue grouped stories on the cluster: run 'revue rebuild PATH"
              + " --backend "
              + address
              + "' once");
    }
    // an index made before the long queries' combined fields gets them (adding fields is allowed
    // under the strict mapping; its articles have them once indexed again)
    ObjectNode added = Cluster.JSON.createObjectNode();
    added.set("properties", IndexMapping.combinedProperties());
    cluster.require("PUT", "/" + live + "/_mapping", added, "adding fields to " + live);
    Map<String, FileState> known = knownFiles(live);
    Run run = new Run(new BulkWriter(cluster, live), enricher, progress, known);
    run.read(paths, options);
    // the articles of files gone from under the paths
    long removed = 0;
    List<Path> roots = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    for (var e : known.entrySet()) {
      Path file = Path.of(e.getKey());
      if (!run.seen.contains(e.getKey()) && roots.stream().anyMatch(file::startsWith)) {
        removed += deleteIds(live, e.getKey(), fileIds(live, e.getKey()));
      }
    }
    // as locally: the articles of a changed file that its new version does not hold, unless it
    // failed to read (a record or the file); those written again replaced theirs by id
    long updated = 0;
    for (var e : run.replaced.entrySet()) {
      List<String> left = e.getValue().stream().filter(id -> !run.written.contains(id)).toList();
      updated += e.getValue().size() - left.size();
      if (!run.failedFiles.contains(e.getKey())) {
        removed += deleteIds(live, e.getKey(), left);
      }
    }
    cluster.require("POST", "/" + live + "/_refresh", null, "refresh of " + live);
    if (run.bulk.sent() > 0 || removed > 0) {
      // as locally: the tenures' second pass, then the stories (an article written again is alone)
      ClusterTenures.run(cluster, live, enricher, options, TENURE_THREADS);
      ClusterStories.regroup(cluster, live); // as locally, after each run that changed the index
    }
    IndexReport.Changes changes =
        new IndexReport.Changes(run.bulk.sent() - updated, updated, removed, run.unchanged.get());
    if (!changes.none()) {
      ObjectNode meta = Cluster.JSON.createObjectNode();
      ObjectNode m = meta.putObject("_meta");
      JsonNode old = meta(live);
      m.setAll(old.isObject() ? (ObjectNode) old : Cluster.JSON.createObjectNode());
      m.put("updated", Instant.now().toString());
      // as the local index's commit data: every input path an index run has read, in order
      Set<String> from = new java.util.LinkedHashSet<>(strings(m.path("from")));
      paths.forEach(p -> from.add(p.toAbsolutePath().normalize().toString()));
      from.forEach(m.putArray("from")::add);
      cluster.require("PUT", "/" + live + "/_mapping", meta, "recording the run in " + live);
    }
    IndexReport report =
        new IndexReport(
            run.collections(), run.problems(), Duration.between(started, Instant.now()), changes);
    runs.record(
        new RunReport(
            "index",
            started,
            Instant.now(),
            paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
            !IndexRuns.failed(options, report),
            IndexRuns.message(options, report),
            live,
            count(live),
            changes,
            report.skipped(),
            report.failed()));
    return report;
  }

  /** Threads that enrich the articles the tenures' pass reads again. */
  private static final int TENURE_THREADS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  @Override
  public RunReport rebuild(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Duration lockWait) {
    requireWritableCluster();
    try (ClusterRuns.Held lock = runs.acquire("rebuild", lockWait)) {
      Instant started = Instant.now();
      try {
        RunReport report = rebuildLocked(paths, enricher, options, progress, started);
        identities.invalidate(); // the alias names the new generation
        runs.record(report);
        return report;
      } catch (RuntimeException e) {
        Optional<String> live = liveIndex();
        runs.record(
            new RunReport(
                "rebuild",
                started,
                Instant.now(),
                paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList(),
                false,
                e.getMessage(),
                live.orElse(null),
                live.map(this::count).orElse(0L),
                null,
                0,
                0));
        throw e;
      }
    }
  }

  private RunReport rebuildLocked(
      List<Path> paths,
      Enricher enricher,
      IngestOptions options,
      LongConsumer progress,
      Instant started) {
    Optional<String> live = liveIndex();
    int next = generations().stream().mapToInt(OpenSearchBackend::number).max().orElse(0) + 1;
    String fresh = createGeneration(next, false);
    Run run = new Run(new BulkWriter(cluster, fresh), enricher, progress, Map.of());
    List<String> inputs =
        paths.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
    try {
      run.read(paths, options);
      IndexReport report = new IndexReport(run.collections(), run.problems(), Duration.ZERO, null);
      if (report.indexed() == 0) {
        throw new RevueException("rebuild read no article from " + String.join(", ", inputs));
      }
      // searchable settings, then the check: the generation holds what the input report says
      ObjectNode settings = Cluster.JSON.createObjectNode();
      settings.putObject("index").put("refresh_interval", "1s").put("number_of_replicas", replicas);
      cluster.require("PUT", "/" + fresh + "/_settings", settings, "settings of " + fresh);
      cluster.require("POST", "/" + fresh + "/_refresh", null, "refresh of " + fresh);
      ClusterTenures.run(cluster, fresh, enricher, options, TENURE_THREADS);
      ClusterStories.regroup(cluster, fresh);
      long count = count(fresh);
      long expected = run.bulk.sent();
      if (count != expected || !run.bulk.failures().isEmpty()) {
        throw new RevueException(
            "rebuild check failed: "
                + fresh
                + " holds "
                + count
                + (count == 1 ? " article, " : " articles, ")
                + expected
                + " were sent"
                + (run.bulk.failures().isEmpty()
                    ? ""
                    : ", "
                        + run.bulk.failures().size()
                        + " refused (first: "
                        + run.bulk.failures().get(0).reason()
                        + ")"));
      }
      cluster.require(
          "GET",
          "/_cluster/health/" + fresh + "?wait_for_status=yellow&timeout=60s",
          null,
          "health of " + fresh);
      ObjectNode meta = Cluster.JSON.createObjectNode();
      ObjectNode m = meta.putObject("_meta");
      m.put("built", Instant.now().toString());
      inputs.forEach(m.putArray("from")::add);
      cluster.require("PUT", "/" + fresh + "/_mapping", meta, "recording the build in " + fresh);
      switchAlias(live.orElse(null), fresh);
    } catch (RuntimeException e) {
      cluster.call("DELETE", "/" + fresh, null); // a failed build leaves the alias where it was
      throw e instanceof RevueException
          ? e
          : new RevueException("rebuild on " + address + " failed: " + e.getMessage(), e);
    }
    // keep the previous generation for rollback; delete the older ones
    for (String gen : generations()) {
      if (!gen.equals(fresh) && !gen.equals(live.orElse(""))) {
        cluster.call("DELETE", "/" + gen, null);
      }
    }
    long documents = run.bulk.sent();
    return new RunReport(
        "rebuild",
        started,
        Instant.now(),
        inputs,
        true,
        "built " + fresh + " with " + documents + (documents == 1 ? " article" : " articles"),
        fresh,
        documents,
        new IndexReport.Changes(documents, 0, 0, 0),
        run.count(IngestProblem.Severity.SKIPPED),
        run.count(IngestProblem.Severity.FAILED));
  }

  @Override
  public RunReport rollback(Duration lockWait) {
    requireOpen();
    try (ClusterRuns.Held lock = runs.acquire("rollback", lockWait)) {
      RunReport report = rollbackLocked();
      identities.invalidate(); // the alias names the previous generation
      runs.record(report);
      return report;
    }
  }

  private RunReport rollbackLocked() {
    Instant started = Instant.now();
    String live = liveIndex().orElseThrow(this::missing);
    String previous =
        previousOf(live)
            .orElseThrow(
                () ->
                    new RevueException(
                        "no generation before " + live + " on " + address + " to roll back to"));
    switchAlias(live, previous);
    long documents = count(previous);
    return new RunReport(
        "rollback",
        started,
        Instant.now(),
        List.of(),
        true,
        "rolled back from " + live + " to " + previous,
        previous,
        documents,
        null,
        0,
        0);
  }

  @Override
  public void refresh() {
    // searches read the alias, which the cluster refreshes by itself (refresh_interval 1s)
  }

  // --- searches ---

  /** As locally: a text that no article holds three words in four of gets its SecondReading. */
  @Override
  public SearchResults search(SearchRequest request) {
    // as locally: an unknown country named with the closest ones, and a note for the filter
    // values no article has
    FilterNotes.Articles held =
        new ClusterValues(this::searchCall, translator, entities, identities::get);
    FilterNotes.requireCountries(request.filters(), held, request.uiLanguage());
    // as locally: a link pasted among words is left out; if nothing matches then, the query as
    // typed
    try {
      return QueryLinks.orAsTyped(
          readings(request, held, false), request.query(), () -> readings(request, held, true));
    } catch (FilterNotes.UnknownCountryException e) {
      throw e.withClosest(held, request.uiLanguage());
    }
  }

  /**
   * The results of the request's query, or of its {@link SecondReading} when they are empty, with
   * the filter values and the query's field values that no article has noted, as locally.
   *
   * @param asTyped links included ({@link QueryLinks})
   */
  private SearchResults readings(
      SearchRequest request, FilterNotes.Articles held, boolean asTyped) {
    // as locally: a link alone finds the article it is the address of, when the index has it
    String link = asTyped ? null : QueryLinks.linkKey(request.query());
    if (link != null) {
      SearchResults byUrl = search(request, translator.byUrl(request, link));
      if (byUrl.total() > 0) {
        return FilterNotes.annotate(
            byUrl, request.filters(), List.of(), held, request.uiLanguage());
      }
    }
    QueryTranslator.Translated t = translator.translate(request, standing, false, asTyped);
    SearchResults results =
        SecondReading.orAnyWord(
            withSuggestions(search(request, t), request, t),
            SecondReading.noteFor(t.askedThreeInFour(), t.askedLongShare()),
            () -> search(request, translator.translate(request, standing, true, asTyped)));
    return FilterNotes.annotate(
        results, request.filters(), t.fieldFilters(), held, request.uiLanguage());
  }

  /**
   * The results with "did you mean", as locally ({@code revue.search.ArticleSearcher}): for a query
   * that matched nothing, or few articles for one word, each rare word's closest corrections among
   * the cluster's terms, the alternatives that match ten times as many articles under the same
   * filters.
   */
  private SearchResults withSuggestions(
      SearchResults results, SearchRequest request, QueryTranslator.Translated t) {
    if (!Suggestions.wanted(request.query(), results.total())
        || request.query().isBlank()
        || t.askedLongShare()) {
      return results;
    }
    ClusterIdentities.Snapshot snapshot = identities.get();
    List<String> suggestions;
    try {
      suggestions =
          Suggestions.forRequest(
              request,
              results.total(),
              new ClusterVocabulary(this::searchCall),
              word -> namesMinister(word, snapshot),
              other -> {
                try {
                  QueryTranslator.Translated alt = translator.translate(other, standing);
                  return searchCall(translator.searchBody(other, alt, 0, 0))
                      .path("hits")
                      .path("total")
                      .path("value")
                      .asLong();
                } catch (InvalidInputException e) {
                  return -1;
                }
              });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return suggestions.isEmpty()
        ? results
        : new SearchResults(
            results.total(),
            results.hits(),
            results.facets(),
            results.queryNote(),
            suggestions,
            results.filterNote(),
            results.filterSuggestions());
  }

  /**
   * Whether a word is a minister's name as typed, or the family name of one of the cluster's
   * persons: a name, which "did you mean" leaves alone however few articles hold it (as locally).
   */
  private boolean namesMinister(String word, ClusterIdentities.Snapshot snapshot) {
    String w = word.strip();
    EntityExtractor e = entities.get();
    return e.ministerForQueryExactly(w).isPresent()
        || !snapshot.identities().forFamilyName(w, e::knowsMinister).isEmpty();
  }

  private SearchResults search(SearchRequest request, QueryTranslator.Translated t) {
    ObjectNode body = translator.searchBody(request, t, request.limit(), 0);
    boolean collapse = request.collapse() && request.limit() > 0;
    if (collapse) {
      // the best-ranked article of each story; the total and the aggregations count articles
      body.putObject("collapse").put("field", Fields.STORY);
    }
    JsonNode reply;
    try {
      reply = searchCall(body);
    } catch (InvalidInputException e) {
      if (!collapse) {
        throw e;
      }
      // a generation written before stories has no story field (until an index run or a
      // rebuild): every article alone there
      body.remove("collapse");
      collapse = false;
      reply = searchCall(body);
    }
    List<Hit> hits = new ArrayList<>();
    for (JsonNode h : reply.path("hits").path("hits")) {
      hits.add(hit(h, t.expanded()));
    }
    if (collapse) {
      hits = withSimilar(hits, reply.path("hits").path("hits"), t);
    }
    List<FacetCounts> facets =
        request.facetLimit() == 0 ? List.of() : facets(reply.path("aggregations"), request);
    long total = reply.path("hits").path("total").path("value").asLong();
    return new SearchResults(total, hits, facets, t.links().noteBefore(approximateNote(reply)));
  }

  /**
   * Each collapsed hit with the ids of the other articles of its story that match the search too,
   * best-ranked first (locally: those ranked in the fetched window in rank order, then the others
   * in index order).
   */
  private List<Hit> withSimilar(List<Hit> hits, JsonNode raw, QueryTranslator.Translated t) {
    Map<String, String> leaderOfStory = new LinkedHashMap<>();
    for (JsonNode h : raw) {
      String id = h.path("_source").path(Fields.ID).asText();
      String story = h.path("_source").path(Fields.STORY).asText(id);
      leaderOfStory.put(story, id); // a leader's key is its own id, as an article alone's
    }
    if (leaderOfStory.isEmpty()) {
      return hits;
    }
    ObjectNode body = Cluster.JSON.createObjectNode();
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").add(t.query());
    ArrayNode filter = bool.putArray("filter");
    t.filters().values().forEach(filter::add);
    ArrayNode stories = filter.addObject().putObject("terms").putArray(Fields.STORY);
    leaderOfStory.keySet().forEach(stories::add);
    body.put("size", 10_000);
    body.putArray("_source").add(Fields.ID).add(Fields.STORY);
    ArrayNode sort = body.putArray("sort");
    sort.add("_score");
    sort.addObject().putObject(Fields.ID).put("order", "asc");
    Map<String, List<String>> similar = new HashMap<>();
    Set<String> shown = new java.util.HashSet<>(leaderOfStory.values());
    for (JsonNode h : searchCall(body).path("hits").path("hits")) {
      String id = h.path("_source").path(Fields.ID).asText();
      String story = h.path("_source").path(Fields.STORY).asText(id);
      if (!shown.contains(id)) {
        similar.computeIfAbsent(story, k -> new ArrayList<>()).add(id);
      }
    }
    List<Hit> out = new ArrayList<>(hits.size());
    int i = 0;
    for (JsonNode h : raw) {
      String id = h.path("_source").path(Fields.ID).asText();
      List<String> ids = similar.get(h.path("_source").path(Fields.STORY).asText(id));
      Hit hit = hits.get(i++);
      out.add(ids == null ? hit : hit.withSimilarIds(ids));
    }
    return out;
  }

  /** A note when the cluster says a count is approximate (a shard's term counts, or total). */
  private static String approximateNote(JsonNode reply) {
    if (!reply.path("hits").path("total").path("relation").asText("eq").equals("eq")) {
      return "approximate counts: the cluster gave a lower bound of the total";
    }
    for (JsonNode agg : reply.path("aggregations")) {
      if (agg.path("values").path("doc_count_error_upper_bound").asLong(0) > 0) {
        return "approximate counts: the cluster's facet counts may be off by up to "
            + agg.path("values").path("doc_count_error_upper_bound").asLong()
            + " (counted per shard)";
      }
    }
    return null;
  }

  private List<FacetCounts> facets(JsonNode aggs, SearchRequest request) {
    List<FacetCounts> result = new ArrayList<>();
    revue.entity.MinisterIdentities identities = null;
    for (String dim : revue.search.ArticleSearcher.FACET_DIMENSIONS) {
      JsonNode values = aggs.path(dim).path("values");
      List<FacetCounts.Value> all = new ArrayList<>();
      long total = 0;
      Map<String, Long> merged = new java.util.LinkedHashMap<>();
      if (dim.equals(Fields.MINISTER) && values.path("buckets").size() > 0) {
        identities = this.identities.get().identities();
      }
      for (JsonNode b : values.path("buckets")) {
        long n = b.path("doc_count").asLong();
        String key = b.path("key").asText();
        // one person's spellings summed under the name their identity shows, as locally
        merged.merge(dim.equals(Fields.MINISTER) ? identities.display(key) : key, n, Long::sum);
        total += n;
      }
      if (identities != null && dim.equals(Fields.MINISTER)) {
        total -= countedOnce(merged, aggs.path(dim).path("persons").path("buckets"), identities);
      }
      merged.forEach((key, n) -> all.add(new FacetCounts.Value(key, key, n)));
      // as locally: most first, ties by value; the date dimension shown in order
      all.sort(
          (a, b) ->
              a.count() != b.count()
                  ? Long.compare(b.count(), a.count())
                  : a.value().compareTo(b.value()));
      List<FacetCounts.Value> shown =
          new ArrayList<>(all.subList(0, Math.min(request.facetLimit(), all.size())));
      if (dim.equals("date")) {
        shown.sort((a, b) -> a.value().compareTo(b.value()));
      }
      long shownCount = 0;
      List<FacetCounts.Value> labelled = new ArrayList<>();
      for (FacetCounts.Value v : shown) {
        shownCount += v.count();
        String label =
            dim.equals("country")
                ? v.value() + " " + entities.get().countryName(v.value(), request.uiLanguage())
                : v.value();
        labelled.add(new FacetCounts.Value(v.value(), label, v.count()));
      }
      result.add(new FacetCounts(dim, labelled, all.size() - shown.size(), total - shownCount));
    }
    return result;
  }

  /**
   * Counts by article the persons some article tags under two spellings or more: their summed
   * spelling counts in {@code merged} (by the name shown) replaced by their articles in {@code
   * persons} (the search's {@code persons} filters buckets, by head tag; see
   * QueryTranslator#searchBody). Returns how many counts were taken back.
   */
  static long countedOnce(
      Map<String, Long> merged, JsonNode persons, revue.entity.MinisterIdentities identities) {
    long takenBack = 0;
    for (Map.Entry<String, JsonNode> bucket : persons.properties()) {
      String person = identities.display(bucket.getKey());
      long articles = bucket.getValue().path("doc_count").asLong();
      Long summed = merged.get(person);
      if (summed != null && summed > articles) {
        takenBack += summed - articles;
        merged.put(person, articles);
      }
    }
    return takenBack;
  }

  private Hit hit(JsonNode h, Set<String> expanded) {
    return hit(h, expanded, (float) h.path("_score").asDouble(0));
  }

  private Hit hit(JsonNode h, Set<String> expanded, float score) {
    JsonNode s = h.path("_source");
    List<String> countries = strings(s.path(Fields.COUNTRY));
    List<String> ministers = shownMinisters(strings(s.path(Fields.MINISTER)));
    List<String> matched = new ArrayList<>();
    for (String entity : expanded) {
      int colon = entity.indexOf(':');
      String field = entity.substring(0, colon);
      if ((field.equals(Fields.COUNTRY) ? countries : ministers)
          .contains(entity.substring(colon + 1))) {
        matched.add(entity);
      }
    }
    return new Hit(
        s.path(Fields.ID).asText(),
        s.path(Fields.COLLECTION).asText(),
        s.path(Fields.SOURCE_ID).asText(),
        s.path(Fields.TITLE).asText(""),
        text(s, Fields.DATE),
        text(s, Fields.LANG),
        text(s, Fields.SOURCE),
        countries,
        ministers,
        text(s, Fields.URL),
        text(s, Fields.PATH),
        score,
        snippet(h.path("highlight"), text(s, Fields.LANG)),
        matched);
  }

  /** A hit's ministers as their identities show them, each person once, as locally. */
  private List<String> shownMinisters(List<String> tags) {
    if (tags.isEmpty()) {
      return tags;
    }
    revue.entity.MinisterIdentities shown = identities.get().identities();
    return List.copyOf(
        tags.stream()
            .map(shown::display)
            .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
  }

  /** Ministers' identities computed on this backend, for tests: one per generation and run. */
  int identityAggregations() {
    return identities.aggregations();
  }

  /** The highlighted body that marks a match, else the article's main-language body's opening. */
  private static String snippet(JsonNode highlight, String lang) {
    String fallback = null;
    for (String l : Fields.TEXT_LANGS) {
      JsonNode f = highlight.path(Fields.bodyField(l));
      if (f.isArray() && !f.isEmpty()) {
        String text = f.get(0).asText();
        if (text.contains("<b>")) {
          return text;
        }
        if (fallback == null
            || Fields.bodyField(l).equals(Fields.bodyField(lang == null ? "xx" : lang))) {
          fallback = text;
        }
      }
    }
    return fallback == null ? "" : fallback;
  }

  @Override
  public Optional<StoredArticle> article(String id, Locale labels) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", QueryTranslator.term(Fields.ID, id));
    body.put("size", 1);
    JsonNode hits = searchCall(body).path("hits").path("hits");
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    JsonNode s = hits.get(0).path("_source");
    List<StoredArticle.Body> bodies = new ArrayList<>();
    StringBuilder allText = new StringBuilder(s.path(Fields.TITLE).asText(""));
    // as locally: the bodies in the order the article uses their languages, then any other
    List<String> langs = new ArrayList<>(strings(s.path(Fields.SEGMENT_LANGS)));
    langs.addAll(Fields.TEXT_LANGS);
    Set<String> seenFields = new java.util.HashSet<>();
    for (String lang : langs) {
      String field = Fields.bodyField(lang);
      String text = text(s, field);
      if (text != null && seenFields.add(field)) {
        bodies.add(new StoredArticle.Body(Fields.textLang(lang), text));
        allText.append('\n').append(text);
      }
    }
    EntityExtractor extractor = entities.get();
    Map<String, Set<String>> countrySpellings =
        spellings(extractor.countryMentions(allText.toString()));
    Map<String, Set<String>> ministerSpellings =
        spellings(extractor.ministerMentions(allText.toString()));
    List<StoredArticle.Entity> countries = new ArrayList<>();
    for (String code : strings(s.path(Fields.COUNTRY))) {
      countries.add(
          new StoredArticle.Entity(
              code,
              code + " " + extractor.countryName(code, labels),
              List.copyOf(countrySpellings.getOrDefault(code, Set.of()))));
    }
    List<StoredArticle.Entity> ministers = new ArrayList<>();
    for (String name : strings(s.path(Fields.MINISTER))) {
      ministers.add(
          new StoredArticle.Entity(
              name, name, List.copyOf(ministerSpellings.getOrDefault(name, Set.of()))));
    }
    return Optional.of(
        new StoredArticle(
            text(s, Fields.ID),
            text(s, Fields.COLLECTION),
            text(s, Fields.SOURCE_ID),
            s.path(Fields.TITLE).asText(""),
            text(s, Fields.DATE),
            text(s, Fields.DATE_SOURCE),
            text(s, Fields.PUBLISHED),
            text(s, Fields.LANG),
            text(s, Fields.SOURCE),
            text(s, Fields.URL),
            text(s, Fields.PATH),
            bodies,
            countries,
            ministers));
  }

  @Override
  public SortedMap<LocalDate, Long> dayCounts(SearchRequest request) {
    QueryTranslator.Translated t = translator.translate(request, standing);
    ObjectNode body = Cluster.JSON.createObjectNode();
    List<JsonNode> all = new ArrayList<>(t.filters().values());
    all.add(t.query());
    body.set("query", QueryTranslator.and(all));
    body.put("size", 0);
    body.putObject("aggs")
        .putObject("days")
        .putObject("terms")
        .put("field", IndexMapping.DAY)
        .put("size", 100_000);
    SortedMap<LocalDate, Long> days = new TreeMap<>();
    for (JsonNode b : searchCall(body).path("aggregations").path("days").path("buckets")) {
      days.put(LocalDate.parse(b.path("key").asText()), b.path("doc_count").asLong());
    }
    return Collections.unmodifiableSortedMap(days);
  }

  @Override
  public List<Hit> matching(SearchRequest request, Predicate<String> wanted) {
    QueryTranslator.Translated t = translator.translate(request, standing);
    List<JsonNode> all = new ArrayList<>(t.filters().values());
    all.add(t.query());
    // every match's id in rank order, a page at a time
    List<String> accepted = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      ObjectNode b = body.putObject("query").putObject("bool");
      b.putArray("must").add(t.query());
      t.filters().values().forEach(b.withArray("filter")::add);
      body.put("size", 1000);
      body.putArray("_source").add(Fields.ID);
      ArrayNode sort = body.putArray("sort");
      sort.add("_score");
      sort.addObject().putObject(Fields.ID).put("order", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits = searchCall(body).path("hits").path("hits");
      for (JsonNode h : hits) {
        String id = h.path("_source").path(Fields.ID).asText();
        if (wanted.test(id)) {
          accepted.add(id);
        }
      }
      if (hits.size() < 1000) {
        break;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
    if (accepted.isEmpty()) {
      return List.of();
    }
    Map<String, Hit> byId = new HashMap<>();
    for (int from = 0; from < accepted.size(); from += 1000) {
      List<String> ids = accepted.subList(from, Math.min(accepted.size(), from + 1000));
      ObjectNode body = translator.searchBody(request.withFacetLimit(0), t, ids.size(), 0);
      ObjectNode q = Cluster.JSON.createObjectNode();
      ObjectNode qb = q.putObject("bool");
      qb.putArray("must").add(t.query());
      ArrayNode terms = qb.putArray("filter").addObject().putObject("terms").putArray(Fields.ID);
      ids.forEach(terms::add);
      body.set("query", q);
      body.remove("post_filter");
      for (JsonNode h : searchCall(body).path("hits").path("hits")) {
        Hit hit = hit(h, t.expanded());
        byId.put(hit.id(), hit);
      }
    }
    List<Hit> ranked = new ArrayList<>();
    for (String id : accepted) {
      Hit hit = byId.get(id);
      if (hit != null) {
        ranked.add(hit);
      }
    }
    return ranked;
  }

  @Override
  public RelatedResults related(String id, int limit) {
    requireOpen();
    String live = liveIndex().orElseThrow(this::missing);
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", QueryTranslator.term(Fields.ID, id));
    body.put("size", 1);
    JsonNode hits = searchCall(body).path("hits").path("hits");
    if (hits.isEmpty()) {
      throw new InvalidInputException("no article with id '" + id + "'");
    }
    JsonNode self = hits.get(0);
    // the article's copies are the same story, not related coverage of it: listed apart
    Set<String> copies = copiesOf(self);
    ClusterRelated finder = new ClusterRelated(cluster, this::searchCall, translator);
    List<ClusterRelated.Found> found = finder.find(live, self, Math.max(0, limit), copies);
    List<Related> related = new ArrayList<>();
    for (ClusterRelated.Found f : found) {
      related.add(new Related(hit(f.hit(), Set.of(), f.score()), f.why()));
    }
    List<Hit> copyHits = new ArrayList<>();
    for (JsonNode h : finder.fetch(copies, List.of()).values()) {
      copyHits.add(hit(h, Set.of(), 0f));
    }
    copyHits.sort(java.util.Comparator.comparing(Hit::id));
    return new RelatedResults(id, related, copyHits);
  }

  /** The ids of the other articles of an article's story; empty when it is alone. */
  private Set<String> copiesOf(JsonNode self) {
    String id = self.path("_source").path(Fields.ID).asText();
    String story = self.path("_source").path(Fields.STORY).asText(id);
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.set("query", QueryTranslator.term(Fields.STORY, story));
    body.put("size", 10_000);
    body.putArray("_source").add(Fields.ID);
    Set<String> copies = new java.util.TreeSet<>();
    for (JsonNode h : searchCall(body).path("hits").path("hits")) {
      copies.add(h.path("_source").path(Fields.ID).asText());
    }
    copies.remove(id);
    return copies;
  }

  @Override
  public revue.entity.ObservedTenures tenures(Predicate<String> knownMinister) {
    Optional<String> live = liveIndex();
    return live.isEmpty()
        ? revue.entity.ObservedTenures.NONE
        : ClusterTenures.observe(cluster, live.get(), knownMinister);
  }

  @Override
  public IndexStats stats() {
    Optional<String> live = liveIndex();
    if (live.isEmpty()) {
      return new IndexStats(
          0,
          Map.of(),
          Map.of(),
          0,
          null,
          address.toString(),
          null,
          List.of(),
          null,
          null,
          runs.lastRun().orElse(null));
    }
    String gen = live.get();
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("lang").putObject("terms").put("field", Fields.LANG).put("size", 1000);
    aggs.putObject("collection")
        .putObject("terms")
        .put("field", Fields.COLLECTION)
        .put("size", 10_000);
    JsonNode reply = searchCall(body);
    JsonNode size = cluster.require("GET", "/" + gen + "/_stats/store", null, "size of " + gen);
    JsonNode meta = meta(gen);
    List<String> from = strings(meta.path("from"));
    return new IndexStats(
        reply.path("hits").path("total").path("value").asLong(),
        buckets(reply.path("aggregations").path("lang")),
        buckets(reply.path("aggregations").path("collection")),
        size.path("_all").path("primaries").path("store").path("size_in_bytes").asLong(),
        gen,
        address.toString(),
        instant(meta.path("built").asText(null)),
        from,
        instant(meta.path("updated").asText(null)),
        previousOf(gen).orElse(null),
        runs.lastRun().orElse(null));
  }

  @Override
  public void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Revue is closed");
    }
  }

  @Override
  public void close() {
    closed.set(true);
  }

  // --- the cluster's state ---

  private JsonNode searchCall(ObjectNode body) {
    requireOpen();
    Cluster.Reply reply = cluster.call("POST", "/" + address.name() + "/_search", body);
    if (reply.ok()) {
      if (reply.body().path("_shards").path("failed").asInt(0) > 0
          && reply.body().path("_shards").path("successful").asInt(0) == 0) {
        throw new RevueException(
            "OpenSearch "
                + address
                + ": every shard failed: "
                + reply.body().path("_shards").path("failures"));
      }
      return reply.body();
    }
    if (reply.status() == 404) {
      throw missing();
    }
    if (reply.status() == 400) {
      throw new InvalidInputException(
          "OpenSearch " + address + " refused the query: " + reply.reason());
    }
    String health = health();
    throw new RevueException(
        "OpenSearch "
            + address
            + ": search failed: "
            + reply.reason()
            + (health.equals("red") ? " (cluster is red: some shards have no copy)" : ""));
  }

  private RevueException missing() {
    return new RevueException(
        "no index '"
            + address.name()
            + "' on "
            + address
            + ": run 'revue index PATH --backend "
            + address
            + "' first");
  }

  private String health() {
    Cluster.Reply reply = cluster.call("GET", "/_cluster/health", null);
    return reply.body().path("status").asText("unknown");
  }

  private void requireWritableCluster() {
    requireOpen();
    String status = health();
    if (status.equals("red")) {
      throw new RevueException(
          "OpenSearch " + address + " is red (some shards have no copy): not writing");
    }
  }

  /** The physical index the alias names, if any. */
  private Optional<String> liveIndex() {
    Cluster.Reply reply = cluster.call("GET", "/_alias/" + address.name(), null);
    if (reply.status() == 404) {
      return Optional.empty();
    }
    if (!reply.ok()) {
      throw new RevueException(
          "OpenSearch " + address + ": reading alias failed: " + reply.reason());
    }
    var names = reply.body().fieldNames();
    return names.hasNext() ? Optional.of(names.next()) : Optional.empty();
  }

  /** This name's generations on the cluster, oldest first. */
  private List<String> generations() {
    Cluster.Reply reply =
        cluster.call("GET", "/" + address.name() + GEN + "*/_settings/index.provided_name", null);
    List<String> gens = new ArrayList<>();
    if (reply.ok()) {
      reply
          .body()
          .fieldNames()
          .forEachRemaining(
              n -> {
                if (n.startsWith(address.name() + GEN)) {
                  gens.add(n);
                }
              });
    }
    gens.sort(java.util.Comparator.comparingInt(OpenSearchBackend::number));
    return gens;
  }

  private Optional<String> previousOf(String live) {
    String previous = null;
    for (String g : generations()) {
      if (number(g) < number(live)) {
        previous = g;
      }
    }
    return Optional.ofNullable(previous);
  }

  private static int number(String gen) {
    try {
      return Integer.parseInt(gen.substring(gen.lastIndexOf('-') + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private String createGeneration(int number, boolean searchable) {
    String name = address.name() + GEN + String.format(Locale.ROOT, "%06d", number);
    ObjectNode body = IndexMapping.create(shards, searchable ? replicas : 0);
    if (!searchable) {
      // a build is not searched until it is checked: no refreshes, no replicas to copy to meanwhile
      ((ObjectNode) body.path("settings")).put("refresh_interval", "-1");
    }
    ObjectNode meta = ((ObjectNode) body.path("mappings")).putObject("_meta");
    meta.put("built", Instant.now().toString());
    cluster.require("PUT", "/" + name, body, "creating index " + name);
    return name;
  }

  /** Points the alias from one generation (or none) to another in one atomic call. */
  private void switchAlias(String from, String to) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    ArrayNode actions = body.putArray("actions");
    if (from != null) {
      actions.addObject().putObject("remove").put("index", from).put("alias", address.name());
    }
    actions.addObject().putObject("add").put("index", to).put("alias", address.name());
    cluster.require("POST", "/_aliases", body, "switching alias " + address.name() + " to " + to);
  }

  private JsonNode meta(String index) {
    JsonNode mapping =
        cluster.require("GET", "/" + index + "/_mapping", null, "mapping of " + index);
    return mapping.path(index).path("mappings").path("_meta");
  }

  private long count(String index) {
    return cluster
        .require("GET", "/" + index + "/_count", null, "count of " + index)
        .path("count")
        .asLong();
  }

  /**
   * The ids of a file's articles, found by a search (to delete them in bulk: {@code
   * _delete_by_query} is in the reindex module, which a cluster may not load: the dev cluster does
   * not).
   */
  private List<String> fileIds(String index, String file) {
    List<String> ids = new ArrayList<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      body.set("query", QueryTranslator.term(Fields.FILE, file));
      body.put("size", 1000);
      body.putArray("_source").add(Fields.ID);
      body.putArray("sort").addObject().putObject(Fields.ID).put("order", "asc");
      if (after != null) {
        body.set("search_after", after);
      }
      JsonNode hits =
          cluster
              .require("POST", "/" + index + "/_search", body, "finding the articles of " + file)
              .path("hits")
              .path("hits");
      hits.forEach(h -> ids.add(h.path("_id").asText()));
      if (hits.size() < 1000) {
        break;
      }
      after = hits.get(hits.size() - 1).path("sort");
    }
    return ids;
  }

  /** Deletes articles of a file by id; returns how many were deleted. */
  private long deleteIds(String index, String file, List<String> ids) {
    long deleted = 0;
    for (int from = 0; from < ids.size(); from += 1000) {
      StringBuilder bulk = new StringBuilder();
      for (String id : ids.subList(from, Math.min(ids.size(), from + 1000))) {
        ObjectNode action = Cluster.JSON.createObjectNode();
        action.putObject("delete").put("_id", id);
        bulk.append(action).append('\n');
      }
      JsonNode reply =
          cluster.require(
              "POST",
              "/" + index + "/_bulk?refresh=true",
              bulk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "removing the articles of " + file);
      for (JsonNode item : reply.path("items")) {
        if (item.path("delete").path("result").asText().equals("deleted")) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  /** What the index holds of each input file: its hash and how many articles. */
  record FileState(String hash, long articles) {}

  private Map<String, FileState> knownFiles(String index) {
    Map<String, FileState> files = new HashMap<>();
    JsonNode after = null;
    while (true) {
      ObjectNode body = Cluster.JSON.createObjectNode();
      body.put("size", 0);
      ObjectNode composite = body.putObject("aggs").putObject("files").putObject("composite");
      composite.put("size", 1000);
      ArrayNode sources = composite.putArray("sources");
      sources.addObject().putObject("file").putObject("terms").put("field", Fields.FILE);
      sources.addObject().putObject("hash").putObject("terms").put("field", Fields.FILE_HASH);
      if (after != null) {
        composite.set("after", after);
      }
      JsonNode agg =
          cluster
              .require("POST", "/" + index + "/_search", body, "listing files of " + index)
              .path("aggregations")
              .path("files");
      for (JsonNode b : agg.path("buckets")) {
        files.put(
            b.path("key").path("file").asText(),
            new FileState(b.path("key").path("hash").asText(), b.path("doc_count").asLong()));
      }
      after = agg.path("after_key");
      if (after.isMissingNode() || agg.path("buckets").isEmpty()) {
        return files;
      }
    }
  }

  /** One reading of the inputs into a bulk writer, enriching on several threads. */
  private final class Run {
    final BulkWriter bulk;
    final Enricher enricher;
    final LongConsumer progress;
    final Map<String, FileState> known;
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final AtomicLong unchanged = new AtomicLong();

    /** The ids each changed file held before the run. */
    final Map<String, List<String>> replaced = new ConcurrentHashMap<>();

    /** The ids of the articles written in the run. */
    final Set<String> written = ConcurrentHashMap.newKeySet();

    /** The files a record or the whole of failed to read in the run. */
    final Set<String> failedFiles = ConcurrentHashMap.newKeySet();

    final AtomicLong done = new AtomicLong();
    final Map<String, long[]> counts = new ConcurrentHashMap<>(); // indexed, skipped, failed
    final List<IngestProblem> problems = Collections.synchronizedList(new ArrayList<>());
    final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    Run(BulkWriter bulk, Enricher enricher, LongConsumer progress, Map<String, FileState> known) {
      this.bulk = bulk;
      this.enricher = enricher;
      this.progress = progress;
      this.known = known;
    }

    void read(List<Path> paths, IngestOptions options) {
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "revue-opensearch-enrich");
                t.setDaemon(true);
                return t;
              });
      Semaphore inFlight = new Semaphore(threads * 64);
      String[] currentHash = {""};
      String[] currentFile = {null};
      try {
        Ingest.read(
            paths,
            options,
            new IngestListener() {
              @Override
              public boolean beforeFile(Path file) {
                String key = file.toAbsolutePath().normalize().toString();
                String hash = Ingest.sha256(file);
                seen.add(key);
                FileState old = known.get(key);
                if (old != null && old.hash().equals(hash) && !hash.isEmpty()) {
                  unchanged.addAndGet(old.articles());
                  return false;
                }
                if (old != null) {
                  // deleted at the end of the run when the new version no longer holds them
                  replaced.put(key, fileIds(bulkIndex(), key));
                }
                currentFile[0] = key;
                currentHash[0] = hash;
                return true;
              }

              @Override
              public void article(Article article) {
                RuntimeException failed = failure.get();
                if (failed != null) {
                  throw failed;
                }
                String file = currentFile[0] == null ? article.path() : currentFile[0];
                String hash = currentHash[0];
                written.add(article.id());
                inFlight.acquireUninterruptibly();
                pool.execute(
                    () -> {
                      try {
                        EnrichedArticle enriched = enricher.enrich(article);
                        ObjectNode doc = IndexMapping.document(enriched, hash);
                        doc.put(Fields.FILE, file);
                        bulk.index(article.id(), doc);
                        synchronized (counts) {
                          counts.computeIfAbsent(article.collection(), k -> new long[3])[0]++;
                        }
                        progress.accept(done.incrementAndGet());
                      } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                      } finally {
                        inFlight.release();
                      }
                    });
              }

              @Override
              public void problem(IngestProblem problem) {
                noteProblem(problem);
                if (problem.severity() == IngestProblem.Severity.FAILED) {
                  failedFiles.add(Path.of(problem.path()).toAbsolutePath().normalize().toString());
                }
                String collection = Ingest.collectionOf(Path.of(problem.path()));
                int slot =
                    switch (problem.severity()) {
                      case SKIPPED -> 1;
                      case FAILED -> 2;
                      case WARNING -> -1;
                    };
                if (slot > 0) {
                  synchronized (counts) {
                    counts.computeIfAbsent(collection, k -> new long[3])[slot]++;
                  }
                }
              }
            });
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
      } catch (IOException e) {
        throw new RevueException("reading the input failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RevueException("interrupted", e);
      } finally {
        pool.shutdownNow();
      }
      if (failure.get() != null) {
        throw failure.get();
      }
      bulk.flush();
      for (BulkWriter.Failure f : bulk.failures()) {
        noteProblem(
            new IngestProblem(
                f.id(), 0, IngestProblem.Severity.FAILED, "refused by OpenSearch: " + f.reason()));
      }
    }

    /** Keeps the problem for the report, and tells a listener that wants to hear of problems. */
    private void noteProblem(IngestProblem problem) {
      problems.add(problem);
      if (progress instanceof IndexProgress listener) {
        listener.problem(problem);
      }
    }

    private String bulkIndex() {
      return liveIndex().orElseThrow(OpenSearchBackend.this::missing);
    }

    Map<String, IndexReport.CollectionCounts> collections() {
      Map<String, IndexReport.CollectionCounts> out = new LinkedHashMap<>();
      counts.forEach((c, n) -> out.put(c, new IndexReport.CollectionCounts(n[0], n[1], n[2])));
      return out;
    }

    List<IngestProblem> problems() {
      synchronized (problems) {
        return List.copyOf(problems);
      }
    }

    long count(IngestProblem.Severity severity) {
      synchronized (problems) {
        return problems.stream().filter(p -> p.severity() == severity).count();
      }
    }
  }

  // --- small pieces ---

  private static Map<String, Set<String>> spellings(List<revue.entity.Mention> mentions) {
    Map<String, Set<String>> byValue = new HashMap<>();
    for (revue.entity.Mention m : mentions) {
      byValue.computeIfAbsent(m.value(), k -> new java.util.LinkedHashSet<>()).add(m.surface());
    }
    return byValue;
  }

  private static Map<String, Long> buckets(JsonNode terms) {
    Map<String, Long> out = new TreeMap<>();
    for (JsonNode b : terms.path("buckets")) {
      out.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    return out;
  }

  static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node.isTextual()) {
      out.add(node.asText());
    }
    return out;
  }

  static String text(JsonNode source, String field) {
    JsonNode n = source.path(field);
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}

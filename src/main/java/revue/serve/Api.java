package revue.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Supplier;
import revue.Filter;
import revue.Hit;
import revue.IndexStats;
import revue.InvalidInputException;
import revue.RelatedResults;
import revue.Revue;
import revue.RunReport;
import revue.SearchRequest;
import revue.SearchResults;
import revue.StoredArticle;
import revue.json.JsonContract;

/**
 * The JSON and CSV endpoints of {@code revue serve}, on the public {@link Revue} API. Each method
 * reads its parameters, checks them against the {@link Limits}, and returns the response body.
 *
 * <p>Thread-safe.
 */
final class Api {

  static final Set<String> SEARCH_PARAMS =
      Set.of("q", "filter", "limit", "offset", "facets", "lang", "entities", "sort");
  static final Set<String> TIMELINE_PARAMS = Set.of("q", "filter", "interval", "lang", "entities");
  static final Set<String> EXPORT_PARAMS =
      Set.of("q", "filter", "limit", "lang", "entities", "sort");
  static final Set<String> ARTICLE_PARAMS = Set.of("lang");
  static final Set<String> RELATED_PARAMS = Set.of("limit");
  static final Set<String> NO_PARAMS = Set.of();

  private static final JsonFactory JSON = new JsonFactory();

  private final Supplier<Revue> revue;
  private final Limits limits;
  private final Clock clock;

  /**
   * @param revue the open index; throws {@link HttpError} 503 when there is none
   */
  Api(Supplier<Revue> revue, Limits limits, Clock clock) {
    this.revue = revue;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * {@code /api/search}: the JSON contract's {@code {total, hits, facets}}, hits from the offset.
   */
  String search(Params p) throws IOException {
    int limit = p.integer("limit", 10, 0, limits.maxLimit());
    int offset = p.integer("offset", 0, 0, limits.maxOffset());
    int facets = p.integer("facets", 10, 0, 100);
    SearchRequest request =
        request(p, p.one("q", ""))
            .withLimit(offset + limit)
            .withFacetLimit(facets)
            .withNewestFirst(newestFirst(p));
    SearchResults all = revue.get().search(request);
    List<Hit> page = all.hits().subList(Math.min(offset, all.hits().size()), all.hits().size());
    StringWriter out = new StringWriter();
    JsonContract.write(
        new SearchResults(
            all.total(),
            page,
            all.facets(),
            all.queryNote(),
            all.suggestions(),
            all.filterNote(),
            all.filterSuggestions()),
        out,
        Api::name);
    return out.toString();
  }

  /** {@code /api/article/ID}: the article with its entities, or 404. */
  String article(String id, Params p) throws IOException {
    Locale labels = uiLanguage(p);
    StoredArticle article =
        revue
            .get()
            .article(id, labels)
            .orElseThrow(() -> HttpError.notFound("no article '" + Params.clip(id) + "'"));
    StringWriter out = new StringWriter();
    JsonContract.write(article, out, Api::name);
    return out.toString();
  }

  /**
   * {@code /api/related/ID}: the JSON contract's related articles ({@code revue related --json}), 5
   * unless {@code limit} says otherwise, or 404.
   */
  String related(String id, Params p) throws IOException {
    int limit = p.integer("limit", 5, 0, limits.maxLimit());
    RelatedResults results;
    try {
      results = revue.get().related(id, limit);
    } catch (InvalidInputException e) {
      throw HttpError.notFound("no article '" + Params.clip(id) + "'");
    }
    StringWriter out = new StringWriter();
    JsonContract.write(results, out, Api::name);
    return out.toString();
  }

  /**
   * {@code /api/stats}: the JSON contract's statistics, the server's file paths left out: the index
   * location and the inputs are given by their last name only.
   */
  String stats() throws IOException {
    IndexStats s = revue.get().stats();
    StringWriter out = new StringWriter();
    JsonContract.write(withoutPaths(s), out);
    return out.toString();
  }

  /** {@code /api/timeline}: one series per {@code q}, buckets of counts, totals and ratios. */
  String timeline(Params p) throws IOException {
    Timeline t = timelineOf(p);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("interval", t.interval().label());
      g.writeStringField("normalisation", NORMALISATION);
      g.writeArrayFieldStart("filters");
      for (Filter f : filters(p)) {
        g.writeString(f.dimension() + ":" + f.value());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("series");
      for (Timeline.Series s : t.series()) {
        g.writeStartObject();
        g.writeStringField("query", s.query());
        g.writeArrayFieldStart("buckets");
        for (Timeline.Bucket b : s.buckets()) {
          g.writeStartObject();
          g.writeStringField("key", b.key());
          g.writeStringField("from", b.from().toString());
          g.writeStringField("to", b.to().toString());
          g.writeNumberField("count", b.count());
          g.writeNumberField("total", b.total());
          if (b.ratio() == null) {
            g.writeNullField("ratio");
          } else {
            g.writeNumberField("ratio", b.ratio());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  static final String NORMALISATION =
      "ratio = count / total, where total counts the articles under the same filters without the"
          + " query; empty where total is 0";

  /** {@code /api/timeline.csv}: the series as rows, a query column when there are several. */
  String timelineCsv(Params p) {
    Timeline t = timelineOf(p);
    Csv csv = header(p, String.join(" | ", queries(p)));
    csv.comment("interval", t.interval().label());
    csv.comment("normalisation", NORMALISATION);
    boolean several = t.series().size() > 1;
    List<Object> head = new ArrayList<>();
    if (several) {
      head.add("query");
    }
    head.addAll(List.of("bucket", "from", "to", "count", "total", "ratio"));
    csv.row(head);
    for (Timeline.Series s : t.series()) {
      for (Timeline.Bucket b : s.buckets()) {
        List<Object> row = new ArrayList<>();
        if (several) {
          row.add(s.query());
        }
        row.addAll(
            List.of(
                b.key(),
                b.from(),
                b.to(),
                b.count(),
                b.total(),
                b.ratio() == null ? "" : String.format(Locale.ROOT, "%.6f", b.ratio())));
        csv.row(row);
      }
    }
    return csv.toString();
  }

  /** {@code /api/export.csv}: the hits, best first, without snippets. */
  String hitsCsv(Params p) {
    int limit = p.integer("limit", limits.maxExportRows(), 0, limits.maxExportRows());
    String query = p.one("q", "");
    SearchRequest request =
        request(p, query).withLimit(limit).withFacetLimit(0).withNewestFirst(newestFirst(p));
    SearchResults results = revue.get().search(request);
    Csv csv = header(p, query);
    csv.comment("hits", results.hits().size() + " of " + results.total());
    csv.comment("sort", request.newestFirst() ? "date, newest first" : "relevance");
    csv.row(
        List.of(
            "rank",
            "id",
            "collection",
            "sourceId",
            "title",
            "date",
            "lang",
            "source",
            "countries",
            "ministers",
            "url",
            "score"));
    int rank = 0;
    for (Hit h : results.hits()) {
      csv.row(
          List.of(
              ++rank,
              h.id(),
              h.collection(),
              h.sourceId(),
              h.title(),
              nz(h.date()),
              h.lang(),
              nz(h.source()),
              String.join(";", h.countries()),
              String.join(";", h.ministers()),
              nz(h.url()),
              String.format(Locale.ROOT, "%.4f", h.score())));
    }
    return csv.toString();
  }

  private Csv header(Params p, String query) {
    Csv csv = new Csv();
    csv.comment("query", query);
    List<String> filters = filters(p).stream().map(f -> f.dimension() + ":" + f.value()).toList();
    csv.comment("filters", filters.isEmpty() ? "none" : String.join(" ", filters));
    csv.comment("generation", String.valueOf(revue.get().stats().generation()));
    csv.comment("exported", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    return csv;
  }

  private Timeline timelineOf(Params p) {
    List<String> queries = queries(p);
    String intervalText = p.one("interval", null);
    Timeline.Interval interval =
        intervalText == null ? null : Timeline.Interval.parse(intervalText);
    Revue r = revue.get();
    SearchRequest all = request(p, "");
    SortedMap<LocalDate, Long> totals = r.dayCounts(all);
    List<SortedMap<LocalDate, Long>> counts = new ArrayList<>();
    for (String q : queries) {
      counts.add(q.isBlank() ? totals : r.dayCounts(request(p, q)));
    }
    return Timeline.of(queries, counts, totals, interval, limits.maxBuckets());
  }

  private List<String> queries(Params p) {
    List<String> queries = p.all("q");
    if (queries.size() > limits.maxSeries()) {
      throw HttpError.badRequest(
          "at most " + limits.maxSeries() + " queries at once, got " + queries.size());
    }
    queries.forEach(this::checkQuery);
    return queries.isEmpty() ? List.of("") : queries;
  }

  private SearchRequest request(Params p, String query) {
    checkQuery(query);
    SearchRequest request = SearchRequest.of(query).withUiLanguage(uiLanguage(p));
    for (Filter f : filters(p)) {
      request = request.withFilter(f.dimension(), f.value());
    }
    String entities = p.one("entities", "true");
    if (!entities.equalsIgnoreCase("true") && !entities.equalsIgnoreCase("false")) {
      throw HttpError.badRequest(
          "entities must be true or false, got '" + Params.clip(entities) + "'");
    }
    return request.withEntityExpansion(entities.equalsIgnoreCase("true"));
  }

  private void checkQuery(String query) {
    if (query.length() > limits.maxQueryChars()) {
      throw HttpError.badRequest("query longer than " + limits.maxQueryChars() + " characters");
    }
  }

  /** {@code sort=relevance} (the default) or {@code sort=date}, newest first. */
  private static boolean newestFirst(Params p) {
    String sort = p.one("sort", "relevance");
    return switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> false;
      case "date" -> true;
      default ->
          throw HttpError.badRequest(
              "sort must be relevance or date, got '" + Params.clip(sort) + "'");
    };
  }

  /** The filters, {@code dim:value} or {@code dim=value}; many of one dimension are OR-ed. */
  private static List<Filter> filters(Params p) {
    List<Filter> filters = new ArrayList<>();
    for (String spec : p.all("filter")) {
      int colon = spec.indexOf(':');
      int eq = spec.indexOf('=');
      int at = colon < 0 ? eq : eq < 0 ? colon : Math.min(colon, eq);
      if (at <= 0) {
        throw HttpError.badRequest(
            "filter '" + Params.clip(spec) + "' must be DIM:VALUE, e.g. country:NE");
      }
      filters.add(Filter.of(spec.substring(0, at), spec.substring(at + 1)));
    }
    return filters;
  }

  private static Locale uiLanguage(Params p) {
    String lang = p.one("lang", "en");
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "en", "fr", "ar" -> Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT));
      default ->
          throw HttpError.badRequest("lang must be en, fr or ar, got '" + Params.clip(lang) + "'");
    };
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** The statistics with each server path cut to its last name. */
  static IndexStats withoutPaths(IndexStats s) {
    RunReport run = s.lastRun();
    if (run != null) {
      String message =
          run.message() == null ? null : run.message().replace(s.location(), name(s.location()));
      run =
          new RunReport(
              run.command(),
              run.started(),
              run.finished(),
              run.inputs().stream().map(Api::name).toList(),
              run.ok(),
              message,
              run.generation(),
              run.documents(),
              run.changes(),
              run.skipped(),
              run.failed());
    }
    return new IndexStats(
        s.documents(),
        s.byLanguage(),
        s.byCollection(),
        s.sizeBytes(),
        s.generation(),
        name(s.location()),
        s.builtAt(),
        s.builtFrom().stream().map(Api::name).toList(),
        s.updatedAt(),
        s.previousGeneration(),
        run);
  }

  private static String name(String path) {
    Path name = Path.of(path).getFileName();
    return name == null ? "" : name.toString();
  }
}

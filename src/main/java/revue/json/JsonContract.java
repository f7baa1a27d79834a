package revue.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import revue.FacetCounts;
import revue.Hit;
import revue.IndexReport;
import revue.IndexStats;
import revue.Related;
import revue.RelatedResults;
import revue.RunReport;
import revue.SearchResults;
import revue.StoredArticle;
import revue.analysis.Segment;
import revue.enrich.EnrichedArticle;

/**
 * revue's JSON contract: how search results, statistics and analyses look to other programs. Kept
 * stable; new members may be added, none renamed or removed. Independent of Lucene, so an HTTP API
 * or another backend can serve the same shape.
 *
 * <p>Thread-safe.
 */
public final class JsonContract {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonContract() {}

  /**
   * Writes {@code {"total": n, "queryNote": ..., "suggestions": [...], "filterNote": ...,
   * "filterSuggestions": [...], "hits": [...], "facets": {...}}}; queryNote says how the query was
   * read when it was not read as typed, else null; suggestions are the "did you mean" queries of a
   * search that matched nothing, else empty; filterNote says which filter values (and values of the
   * query's fields) no article has, with the closest ones that some have, else null, and
   * filterSuggestions are those as {@code DIM=VALUE}, as {@code --filter} and the API's {@code
   * filter} take them, else empty. Each hit has id, collection, sourceId, title, date, lang,
   * source, countries, ministers, url, path, score, snippet, matchedEntities, similar (how many
   * other articles of its story matching the search it stands for, 0 when the search does not
   * collapse copies) and similarIds (their ids); each facet dimension maps to {@code {"values":
   * [{"value", "label", "count"}], "otherValues": n, "otherCount": n}}.
   */
  public static void write(SearchResults results, Writer out) throws IOException {
    write(results, out, UnaryOperator.identity());
  }

  /**
   * Writes search results as {@link #write(SearchResults, Writer)} does, each hit's {@code path}
   * given as {@code shownPath} makes it (a server shows a file's last name, not where it lies).
   */
  public static void write(SearchResults results, Writer out, UnaryOperator<String> shownPath)
      throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeNumberField("total", results.total());
      g.writeStringField("queryNote", results.queryNote());
      g.writeArrayFieldStart("suggestions");
      for (String suggestion : results.suggestions()) {
        g.writeString(suggestion);
      }
      g.writeEndArray();
      g.writeStringField("filterNote", results.filterNote());
      g.writeArrayFieldStart("filterSuggestions");
      for (revue.Filter f : results.filterSuggestions()) {
        g.writeString(f.dimension() + "=" + f.value());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("hits");
      for (Hit hit : results.hits()) {
        write(hit, g, shownPath);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("facets");
      for (FacetCounts facet : results.facets()) {
        g.writeObjectFieldStart(facet.dimension());
        g.writeArrayFieldStart("values");
        for (FacetCounts.Value v : facet.values()) {
          g.writeStartObject();
          g.writeStringField("value", v.value());
          g.writeStringField("label", v.label());
          g.writeNumberField("count", v.count());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("otherValues", facet.otherValues());
        g.writeNumberField("otherCount", facet.otherCount());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  /**
   * Writes one stored article: id, collection, sourceId, title, date, dateSource, published, lang,
   * source, url, path, {@code bodies} as {@code [{"lang", "text"}]}, and {@code countries} and
   * {@code ministers} as {@code [{"value", "label", "spellings": [...]}]}.
   */
  public static void write(StoredArticle article, Writer out) throws IOException {
    write(article, out, UnaryOperator.identity());
  }

  /** Writes one stored article, its {@code path} given as {@code shownPath} makes it. */
  public static void write(StoredArticle article, Writer out, UnaryOperator<String> shownPath)
      throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeStringField("id", article.id());
      g.writeStringField("collection", article.collection());
      g.writeStringField("sourceId", article.sourceId());
      g.writeStringField("title", article.title());
      g.writeStringField("date", article.date());
      g.writeStringField("dateSource", article.dateSource());
      g.writeStringField("published", article.published());
      g.writeStringField("lang", article.lang());
      g.writeStringField("source", article.source());
      g.writeStringField("url", article.url());
      g.writeStringField("path", shown(article.path(), shownPath));
      g.writeArrayFieldStart("bodies");
      for (StoredArticle.Body body : article.bodies()) {
        g.writeStartObject();
        g.writeStringField("lang", body.lang());
        g.writeStringField("text", body.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      entities(g, "countries", article.countries());
      entities(g, "ministers", article.ministers());
      g.writeEndObject();
    }
  }

  private static void entities(JsonGenerator g, String name, List<StoredArticle.Entity> entities)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (StoredArticle.Entity e : entities) {
      g.writeStartObject();
      g.writeStringField("value", e.value());
      g.writeStringField("label", e.label());
      strings(g, "spellings", e.spellings());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes one hit as search results show it (saved-search runs list hits the same way). */
  public static void write(Hit hit, JsonGenerator g) throws IOException {
    write(hit, g, UnaryOperator.identity());
  }

  private static void write(Hit hit, JsonGenerator g, UnaryOperator<String> shownPath)
      throws IOException {
    g.writeStartObject();
    hitFields(hit, g, shownPath);
    g.writeEndObject();
  }

  /** The members of a hit object, shared by search results, saved searches and related articles. */
  private static void hitFields(Hit hit, JsonGenerator g, UnaryOperator<String> shownPath)
      throws IOException {
    g.writeStringField("id", hit.id());
    g.writeStringField("collection", hit.collection());
    g.writeStringField("sourceId", hit.sourceId());
    g.writeStringField("title", hit.title());
    g.writeStringField("date", hit.date());
    g.writeStringField("lang", hit.lang());
    g.writeStringField("source", hit.source());
    strings(g, "countries", hit.countries());
    strings(g, "ministers", hit.ministers());
    g.writeStringField("url", hit.url());
    g.writeStringField("path", shown(hit.path(), shownPath));
    g.writeNumberField("score", hit.score());
    g.writeStringField("snippet", hit.snippet());
    strings(g, "matchedEntities", hit.matchedEntities());
    g.writeNumberField("similar", hit.similar());
    strings(g, "similarIds", hit.similarIds());
  }

  /**
   * Writes {@code {"id": "...", "hits": [...]}}: the articles related to one article, each a hit
   * object as in search results with a {@code why}: {@code {"sharedTerms": [...], "sharedEntities":
   * [...], "daysApart": n or null}}; then {@code "copies": [...]}, the other articles of its story
   * (hit objects, id order, score 0), which are not among the hits.
   */
  public static void write(RelatedResults results, Writer out) throws IOException {
    write(results, out, UnaryOperator.identity());
  }

  /** Writes related articles, each hit's {@code path} given as {@code shownPath} makes it. */
  public static void write(RelatedResults results, Writer out, UnaryOperator<String> shownPath)
      throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeStringField("id", results.id());
      g.writeArrayFieldStart("hits");
      for (Related related : results.related()) {
        g.writeStartObject();
        hitFields(related.hit(), g, shownPath);
        g.writeObjectFieldStart("why");
        strings(g, "sharedTerms", related.why().sharedTerms());
        strings(g, "sharedEntities", related.why().sharedEntities());
        if (related.why().daysApart() == null) {
          g.writeNullField("daysApart");
        } else {
          g.writeNumberField("daysApart", related.why().daysApart());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("copies");
      for (Hit copy : results.copies()) {
        write(copy, g, shownPath);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Writes the statistics of an index. */
  public static void write(IndexStats stats, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeNumberField("documents", stats.documents());
      counts(g, "languages", stats.byLanguage());
      counts(g, "collections", stats.byCollection());
      g.writeNumberField("sizeBytes", stats.sizeBytes());
      g.writeStringField("generation", stats.generation());
      g.writeStringField("location", stats.location());
      g.writeStringField("builtAt", stats.builtAt() == null ? null : stats.builtAt().toString());
      g.writeArrayFieldStart("builtFrom");
      for (String input : stats.builtFrom()) {
        g.writeString(input);
      }
      g.writeEndArray();
      g.writeStringField(
          "updatedAt", stats.updatedAt() == null ? null : stats.updatedAt().toString());
      g.writeStringField("previousGeneration", stats.previousGeneration());
      if (stats.lastRun() == null) {
        g.writeNullField("lastRun");
      } else {
        g.writeFieldName("lastRun");
        write(stats.lastRun(), g);
      }
      g.writeEndObject();
    }
  }

  /** Writes the report of a rebuild or rollback. */
  public static void write(RunReport run, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      write(run, g);
    }
  }

  private static void write(RunReport run, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("command", run.command());
    g.writeBooleanField("ok", run.ok());
    g.writeStringField("message", run.message());
    g.writeStringField("started", run.started().toString());
    g.writeStringField("finished", run.finished().toString());
    g.writeArrayFieldStart("inputs");
    for (String input : run.inputs()) {
      g.writeString(input);
    }
    g.writeEndArray();
    g.writeStringField("generation", run.generation());
    g.writeNumberField("documents", run.documents());
    write(run.changes(), g);
    g.writeNumberField("skipped", run.skipped());
    g.writeNumberField("failed", run.failed());
    g.writeEndObject();
  }

  private static void write(IndexReport.Changes changes, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("changes");
    g.writeNumberField("added", changes.added());
    g.writeNumberField("updated", changes.updated());
    g.writeNumberField("removed", changes.removed());
    g.writeNumberField("unchanged", changes.unchanged());
    g.writeEndObject();
  }

  /** Writes the report of an indexing run. */
  public static void write(IndexReport report, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeNumberField("indexed", report.indexed());
      g.writeNumberField("skipped", report.skipped());
      g.writeNumberField("failed", report.failed());
      g.writeNumberField("seconds", report.elapsed().toMillis() / 1000.0);
      write(report.changes(), g);
      g.writeObjectFieldStart("collections");
      for (var entry : new java.util.TreeMap<>(report.collections()).entrySet()) {
        g.writeObjectFieldStart(entry.getKey());
        g.writeNumberField("indexed", entry.getValue().indexed());
        g.writeNumberField("skipped", entry.getValue().skipped());
        g.writeNumberField("failed", entry.getValue().failed());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeArrayFieldStart("problems");
      for (var problem : report.problems()) {
        g.writeStartObject();
        g.writeStringField("path", problem.path());
        g.writeNumberField("line", problem.line());
        g.writeStringField(
            "severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("reason", problem.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Writes what the pipeline extracted from articles, one object per article, in an array. */
  public static void write(List<EnrichedArticle> articles, Writer out) throws IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartArray();
      for (EnrichedArticle a : articles) {
        g.writeStartObject();
        g.writeStringField("id", a.article().id());
        g.writeStringField("collection", a.article().collection());
        g.writeStringField("sourceId", a.article().sourceId());
        g.writeStringField("title", a.article().title());
        g.writeStringField("date", a.date() == null ? null : a.date().toString());
        g.writeStringField("dateSource", a.dateSource());
        if (a.dateLine() >= 0) {
          g.writeNumberField("dateLine", a.dateLine());
        }
        g.writeStringField("dateline", a.dateline());
        g.writeStringField("lang", a.lang());
        strings(g, "segmentLangs", a.segmentLangs());
        g.writeArrayFieldStart("segments");
        for (Segment s : a.segments()) {
          g.writeStartObject();
          g.writeStringField("lang", s.lang());
          g.writeNumberField("chars", s.text().length());
          g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "countries", a.countries());
        strings(g, "ministers", a.ministers());
        // people named only as having held a post: shown, not in the minister facet
        strings(g, "formerMinisters", a.formerMinisters());
        g.writeStringField("url", a.article().url());
        g.writeStringField("path", a.article().path());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /** A pretty-printing generator that leaves {@code out} open when closed. */
  private static String shown(String path, UnaryOperator<String> shownPath) {
    return path == null ? null : shownPath.apply(path);
  }

  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    return g;
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void counts(JsonGenerator g, String name, Map<String, Long> counts)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (var e : new java.util.TreeMap<>(counts).entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }
}

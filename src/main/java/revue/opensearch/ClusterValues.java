package revue.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import revue.Filter;
import revue.entity.EntityExtractor;
import revue.index.Fields;
import revue.search.FilterNotes;

/**
 * What the cluster's articles hold, for {@link FilterNotes}, as the local index tells it: a filter
 * value is held when its filter alone matches an article; a dimension's values come from a terms
 * aggregation. Thread-safe.
 */
final class ClusterValues implements FilterNotes.Articles {

  /** More values than any dimension has but the ministers of a very large index. */
  private static final int MAX_VALUES = 10_000;

  private final Function<ObjectNode, JsonNode> search;
  private final QueryTranslator translator;
  private final Supplier<EntityExtractor> entities;
  private final Supplier<ClusterIdentities.Snapshot> identities;

  ClusterValues(
      Function<ObjectNode, JsonNode> search,
      QueryTranslator translator,
      Supplier<EntityExtractor> entities,
      Supplier<ClusterIdentities.Snapshot> identities) {
    this.search = search;
    this.translator = translator;
    this.entities = entities;
    this.identities = identities;
  }

  @Override
  public boolean has(Filter filter) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    body.put("track_total_hits", 1);
    body.set("query", translator.filterQuery(filter));
    return search.apply(body).path("hits").path("total").path("value").asLong() > 0;
  }

  @Override
  public Map<String, Long> counts(String dimension) {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    body.putObject("aggs")
        .putObject("values")
        .putObject("terms")
        .put("field", dimension)
        .put("size", MAX_VALUES);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonNode b : search.apply(body).path("aggregations").path("values").path("buckets")) {
      counts.put(b.path("key").asText(), b.path("doc_count").asLong());
    }
    return counts;
  }

  @Override
  public Optional<LocalDate[]> dateSpan() {
    ObjectNode body = Cluster.JSON.createObjectNode();
    body.put("size", 0);
    ObjectNode aggs = body.putObject("aggs");
    aggs.putObject("first").putObject("min").put("field", Fields.DATE);
    aggs.putObject("last").putObject("max").put("field", Fields.DATE);
    JsonNode reply = search.apply(body).path("aggregations");
    String first = reply.path("first").path("value_as_string").asText("");
    String last = reply.path("last").path("value_as_string").asText("");
    if (first.length() < 10 || last.length() < 10) {
      return Optional.empty();
    }
    return Optional.of(
        new LocalDate[] {
          LocalDate.parse(first.substring(0, 10)), LocalDate.parse(last.substring(0, 10))
        });
  }

  @Override
  public Optional<String> country(String value) {
    return value.length() == 2 && value.chars().allMatch(Character::isLetter)
        ? Optional.of(value.toUpperCase(Locale.ROOT))
        : entities.get().countryForQuery(value);
  }

  @Override
  public Optional<String> minister(String value) {
    return translator.ministerForQuery(value);
  }

  @Override
  public String countryName(String code, Locale language) {
    return entities.get().countryName(code, language);
  }

  @Override
  public String person(String tag) {
    return identities.get().identities().display(tag);
  }
}

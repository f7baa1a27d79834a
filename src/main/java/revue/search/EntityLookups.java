package revue.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import revue.entity.EntityExtractor;

/**
 * The entity resolutions searches ask for (the country or minister a query word names, an
 * entity's spellings and their queries, a country's display name), each computed once and
 * remembered: resolving a word compares it with every minister alias, which cost more than the
 * search itself, and analysts repeat their words.
 *
 * <p>Thread-safe. Bounded: a map that outgrows {@link #MAX_ENTRIES} is emptied and refilled.
 */
final class EntityLookups {

  static final int MAX_ENTRIES = 10_000;

  private final Supplier<EntityExtractor> entities;
  private final Map<String, Optional<String>> countries = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> ministers = new ConcurrentHashMap<>();
  private final Map<String, List<String>> surfaceForms = new ConcurrentHashMap<>();
  private final Map<String, String> countryNames = new ConcurrentHashMap<>();
  private final Map<String, List<Query>> expansions = new ConcurrentHashMap<>();

  EntityLookups(Supplier<EntityExtractor> entities) {
    this.entities = entities;
  }

  EntityExtractor entities() {
    return entities.get();
  }

  /** See {@link EntityExtractor#countryForQuery}. */
  Optional<String> countryForQuery(String term) {
    return remembered(countries, term, t -> entities().countryForQuery(t));
  }

  /** See {@link EntityExtractor#ministerForQuery}. */
  Optional<String> ministerForQuery(String term) {
    return remembered(ministers, term, t -> entities().ministerForQuery(t));
  }

  /**
   * See {@link EntityExtractor#countryName}: the JDK's display names are looked up through
   * locale providers on each call, for every country of every search's facet.
   */
  String countryName(String code, Locale language) {
    return remembered(countryNames, code + '|' + language.toLanguageTag(), k -> entities().countryName(code, language));
  }

  /** See {@link EntityExtractor#surfaceForms}. */
  List<String> surfaceForms(String dimension, String value) {
    return remembered(surfaceForms, dimension + ':' + value, k -> entities().surfaceForms(dimension, value));
  }

  /**
   * The text queries of an entity's spellings built for a key (entity, fields, spellings), or
   * null; see {@link #rememberExpansion}.
   */
  List<Query> expansion(String key) {
    return expansions.get(key);
  }

  /** Remembers the text queries of an entity's spellings, which only depend on the key. */
  void rememberExpansion(String key, List<Query> queries) {
    if (expansions.size() >= MAX_ENTRIES) {
      expansions.clear();
    }
    expansions.put(key, List.copyOf(queries));
  }

  private static <V> V remembered(Map<String, V> map, String key, Function<String, V> compute) {
    V value = map.get(key);
    if (value == null) {
      value = compute.apply(key);
      if (map.size() >= MAX_ENTRIES) {
        map.clear();
      }
      map.put(key, value);
    }
    return value;
  }
}

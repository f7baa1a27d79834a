package revue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to search for: a query in revue's syntax, drill-down filters, how many hits and facet
 * values to return.
 *
 * @param query the query text (words, "phrases", AND/OR/NOT, field:value)
 * @param filters drill-down filters; values of one dimension are OR-ed, dimensions AND-ed
 * @param limit the number of hits to return
 * @param facetLimit the number of values to return per facet dimension
 * @param expandEntities whether query words that name a country or minister also match articles
 *     tagged with that entity
 * @param uiLanguage the language of facet labels (country names)
 * @param newestFirst whether hits come newest first (undated ones last, ties by relevance)
 *     rather than by relevance
 */
public record SearchRequest(
    String query,
    List<Filter> filters,
    int limit,
    int facetLimit,
    boolean expandEntities,
    Locale uiLanguage,
    boolean newestFirst) {

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    filters = List.copyOf(filters);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    }
    if (facetLimit < 0) {
      throw new IllegalArgumentException("facetLimit must be >= 0, got " + facetLimit);
    }
    Objects.requireNonNull(uiLanguage, "uiLanguage");
  }

  /** A request whose hits come by relevance. */
  public SearchRequest(
      String query, List<Filter> filters, int limit, int facetLimit, boolean expandEntities, Locale uiLanguage) {
    this(query, filters, limit, facetLimit, expandEntities, uiLanguage, false);
  }

  /** A request with ten hits, ten values per facet, entity expansion on, English labels. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), 10, 10, true, Locale.ENGLISH);
  }

  /**
   * Query text that matches the given words literally: quotes, operators and {@code field:} in it
   * lose their meaning (for titles and other text used as a query).
   */
  public static String literal(String text) {
    String escaped = org.apache.lucene.queryparser.classic.QueryParserBase.escape(text);
    // the classic syntax reads upper-case AND, OR, NOT as operators
    return escaped.replaceAll("\\b(AND|OR|NOT)\\b", "\\\\$1");
  }

  public SearchRequest withFilter(String dimension, String value) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(Filter.of(dimension, value));
    return new SearchRequest(query, more, limit, facetLimit, expandEntities, uiLanguage, newestFirst);
  }

  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(query, filters, newLimit, facetLimit, expandEntities, uiLanguage, newestFirst);
  }

  public SearchRequest withFacetLimit(int newLimit) {
    return new SearchRequest(query, filters, limit, newLimit, expandEntities, uiLanguage, newestFirst);
  }

  public SearchRequest withEntityExpansion(boolean on) {
    return new SearchRequest(query, filters, limit, facetLimit, on, uiLanguage, newestFirst);
  }

  /** Hits newest first (true) or by relevance (false). */
  public SearchRequest withNewestFirst(boolean on) {
    return new SearchRequest(query, filters, limit, facetLimit, expandEntities, uiLanguage, on);
  }

  public SearchRequest withUiLanguage(Locale language) {
    return new SearchRequest(query, filters, limit, facetLimit, expandEntities, language, newestFirst);
  }
}

package revue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to search for: a query in revue's syntax, drill-down filters, how many hits and facet values
 * to return, and how. Instances are immutable: start from {@link #of(String)} and derive variants
 * with the {@code with...} methods, each of which returns a new request.
 *
 * @param query the query text: words, {@code "phrases"}, {@code OR}, {@code NOT word} or {@code
 *     -word}, {@code word*}, {@code field:value} ({@code title}, {@code body}, {@code lang}, {@code
 *     country}, {@code minister}); blank or {@code *} matches every article. Up to three words are
 *     all required, longer queries need three words in four. Not null
 * @param filters drill-down filters; values of one dimension are OR-ed, dimensions AND-ed
 * @param limit the number of hits to return, at least 0; 0 returns only the total and the facets
 * @param facetLimit the number of values to return per facet dimension, at least 0; 0 skips
 *     counting facets, which makes a search cheaper
 * @param expandEntities whether query words that name a country or minister, in any script, also
 *     match articles tagged with that entity; off, words match only as text
 * @param uiLanguage the language of facet labels (country names); not null
 * @param newestFirst whether hits come newest first (undated ones last, ties by relevance) rather
 *     than by relevance
 * @param collapse whether the copies of one story (a wire story reprinted by several outlets) are
 *     shown as one hit, the best-ranked, that lists the others in {@link Hit#similarIds()}; the
 *     limit then counts stories. Off, every matching article is a hit. The total and the facets
 *     count articles either way
 */
public record SearchRequest(
    String query,
    List<Filter> filters,
    int limit,
    int facetLimit,
    boolean expandEntities,
    Locale uiLanguage,
    boolean newestFirst,
    boolean collapse) {

  /**
   * Checks the request and copies the filters into an unmodifiable list.
   *
   * @throws NullPointerException when {@code query}, {@code filters} or {@code uiLanguage} is null,
   *     or a filter is
   * @throws IllegalArgumentException when {@code limit} or {@code facetLimit} is negative
   */
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

  /**
   * A request that collapses the copies of a story into one hit.
   *
   * @param query the query text, in revue's syntax; not null
   * @param filters drill-down filters
   * @param limit the number of hits to return, at least 0
   * @param facetLimit the number of values to return per facet dimension, at least 0
   * @param expandEntities whether query words that name an entity also match articles tagged with
   *     it
   * @param uiLanguage the language of facet labels; not null
   * @param newestFirst whether hits come newest first rather than by relevance
   */
  public SearchRequest(
      String query,
      List<Filter> filters,
      int limit,
      int facetLimit,
      boolean expandEntities,
      Locale uiLanguage,
      boolean newestFirst) {
    this(query, filters, limit, facetLimit, expandEntities, uiLanguage, newestFirst, true);
  }

  /**
   * A request whose hits come by relevance, as before {@code newestFirst} existed.
   *
   * @param query the query text, in revue's syntax; not null
   * @param filters drill-down filters
   * @param limit the number of hits to return, at least 0
   * @param facetLimit the number of values to return per facet dimension, at least 0
   * @param expandEntities whether query words that name an entity also match articles tagged with
   *     it
   * @param uiLanguage the language of facet labels; not null
   */
  public SearchRequest(
      String query,
      List<Filter> filters,
      int limit,
      int facetLimit,
      boolean expandEntities,
      Locale uiLanguage) {
    this(query, filters, limit, facetLimit, expandEntities, uiLanguage, false);
  }

  /**
   * A request for a query with the defaults: no filter, ten hits, ten values per facet, entity
   * expansion on, English labels.
   *
   * @param query the query text, in revue's syntax; not null
   * @return the request
   */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, List.of(), 10, 10, true, Locale.ENGLISH);
  }

  /**
   * Query text that matches the given words literally: quotes, operators and {@code field:} in it
   * lose their meaning. For titles and other text taken as a query, where a stray {@code "} or
   * {@code AND} would otherwise be a syntax error or change what matches.
   *
   * @param text any text; not null
   * @return the text with revue's query syntax escaped, to pass to {@link #of(String)}
   */
  public static String literal(String text) {
    String escaped = org.apache.lucene.queryparser.classic.QueryParserBase.escape(text);
    // the classic syntax reads upper-case AND, OR, NOT as operators
    return escaped.replaceAll("\\b(AND|OR|NOT)\\b", "\\\\$1");
  }

  /**
   * This request with one more filter, made as {@link Filter#of(String, String)} makes it.
   *
   * @param dimension one of {@link Filter#DIMENSIONS}, any case
   * @param value the value to filter on
   * @return a new request; this one is unchanged
   * @throws InvalidInputException when the dimension is unknown or the value null or blank
   */
  public SearchRequest withFilter(String dimension, String value) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(Filter.of(dimension, value));
    return new SearchRequest(
        query, more, limit, facetLimit, expandEntities, uiLanguage, newestFirst, collapse);
  }

  /**
   * This request with another number of hits.
   *
   * @param newLimit the number of hits to return, at least 0
   * @return a new request; this one is unchanged
   * @throws IllegalArgumentException when {@code newLimit} is negative
   */
  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(
        query, filters, newLimit, facetLimit, expandEntities, uiLanguage, newestFirst, collapse);
  }

  /**
   * This request with another number of values per facet dimension.
   *
   * @param newLimit the number of values per dimension, at least 0; 0 counts no facets
   * @return a new request; this one is unchanged
   * @throws IllegalArgumentException when {@code newLimit} is negative
   */
  public SearchRequest withFacetLimit(int newLimit) {
    return new SearchRequest(
        query, filters, limit, newLimit, expandEntities, uiLanguage, newestFirst, collapse);
  }

  /**
   * This request with entity expansion on or off.
   *
   * @param on whether words that name a country or minister also match the articles tagged with it
   * @return a new request; this one is unchanged
   */
  public SearchRequest withEntityExpansion(boolean on) {
    return new SearchRequest(
        query, filters, limit, facetLimit, on, uiLanguage, newestFirst, collapse);
  }

  /**
   * This request with its hits newest first or by relevance.
   *
   * @param on true for the newest day first (undated articles last, relevance within a day), false
   *     for relevance
   * @return a new request; this one is unchanged
   */
  public SearchRequest withNewestFirst(boolean on) {
    return new SearchRequest(
        query, filters, limit, facetLimit, expandEntities, uiLanguage, on, collapse);
  }

  /**
   * This request with facet labels in another language.
   *
   * @param language the language of country names in facet labels, such as {@link Locale#FRENCH};
   *     not null
   * @return a new request; this one is unchanged
   * @throws NullPointerException when {@code language} is null
   */
  public SearchRequest withUiLanguage(Locale language) {
    return new SearchRequest(
        query, filters, limit, facetLimit, expandEntities, language, newestFirst, collapse);
  }

  /**
   * This request with the copies of a story collapsed into one hit, or shown one by one.
   *
   * @param on true for one hit per story (the default), false for every matching article
   * @return a new request; this one is unchanged
   */
  public SearchRequest withCollapse(boolean on) {
    return new SearchRequest(
        query, filters, limit, facetLimit, expandEntities, uiLanguage, newestFirst, on);
  }
}

package revue;

import java.util.List;

/**
 * The answer to a search: total matches, the top hits, and facet counts. Instances are immutable;
 * the lists are unmodifiable.
 *
 * @param total the number of articles matching the query and filters, all of them, not only those
 *     in {@code hits}
 * @param hits the top hits in rank order, at most {@link SearchRequest#limit()}
 * @param facets one entry per dimension, in the order of {@link Filter#DIMENSIONS}; empty when
 *     {@link SearchRequest#facetLimit()} is 0 or the index is empty. A dimension with a filter
 *     counts as if its own filter were off (drill-sideways), so the other values stay visible
 * @param queryNote how the query was read when it was not read as typed (what in it was taken as
 *     words rather than syntax: a colon after a word that is not a field, an unpaired quote), for
 *     the user to see; null when it was read as typed
 * @param suggestions "did you mean": when nothing matched (a one-word query: under 20 articles),
 *     queries like this one with each rare word replaced by a close word of the index ("Macorn
 *     Merkel" -> "Macron Merkel"), each of which matches under the same filters (ten times as many
 *     articles when the query matched some), the closest to the query first, then those that match
 *     most; empty otherwise
 * @param filterNote for the filter values that no article of the index has, whatever the query
 *     ({@code lang=fra}, a misspelt collection), and the values the query's syntax asks of a field
 *     ({@code lang:fra}), one line that says so and names the closest values some articles have
 *     ("no article has lang=fra (did you mean lang=fr?)", "no article has lang:fra (did you mean
 *     lang:fr?)"); null when every such value is some article's
 * @param filterSuggestions the closest values of those dimensions that articles have, as filters to
 *     use instead, best first; empty when there is no {@code filterNote} or nothing is close
 */
public record SearchResults(
    long total,
    List<Hit> hits,
    List<FacetCounts> facets,
    String queryNote,
    List<String> suggestions,
    String filterNote,
    List<Filter> filterSuggestions) {

  /**
   * Copies the lists into unmodifiable ones.
   *
   * @throws NullPointerException when {@code hits}, {@code facets}, {@code suggestions} or {@code
   *     filterSuggestions} is null or holds null
   */
  public SearchResults {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    suggestions = List.copyOf(suggestions);
    filterSuggestions = List.copyOf(filterSuggestions);
  }

  /**
   * Results without a filter note.
   *
   * @param total the number of articles matching the query and filters
   * @param hits the top hits in rank order
   * @param facets one entry per dimension
   * @param queryNote how the query was read when it was not read as typed, or null
   * @param suggestions "did you mean" queries, or empty
   */
  public SearchResults(
      long total,
      List<Hit> hits,
      List<FacetCounts> facets,
      String queryNote,
      List<String> suggestions) {
    this(total, hits, facets, queryNote, suggestions, null, List.of());
  }

  /**
   * Results without suggestions.
   *
   * @param total the number of articles matching the query and filters
   * @param hits the top hits in rank order
   * @param facets one entry per dimension
   * @param queryNote how the query was read when it was not read as typed, or null
   */
  public SearchResults(long total, List<Hit> hits, List<FacetCounts> facets, String queryNote) {
    this(total, hits, facets, queryNote, List.of(), null, List.of());
  }

  /**
   * Results of a query read as typed: no {@code queryNote}.
   *
   * @param total the number of articles matching the query and filters
   * @param hits the top hits in rank order
   * @param facets one entry per dimension
   */
  public SearchResults(long total, List<Hit> hits, List<FacetCounts> facets) {
    this(total, hits, facets, null, List.of(), null, List.of());
  }

  /**
   * These results with the given filter note and suggestions (a backend adds them once it has
   * searched).
   *
   * @param note the {@link #filterNote}, or null
   * @param suggested the {@link #filterSuggestions}
   * @return new results, the rest unchanged
   */
  public SearchResults withFilterNote(String note, List<Filter> suggested) {
    return new SearchResults(total, hits, facets, queryNote, suggestions, note, suggested);
  }
}

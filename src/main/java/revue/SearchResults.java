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
 * @param suggestions "did you mean": when nothing matched, queries like this one with each word
 *     that no article holds replaced by a close word of the index ("Macorn Merkel" -> "Macron
 *     Merkel"), best first, each of which matches under the same filters; empty otherwise
 */
public record SearchResults(
    long total,
    List<Hit> hits,
    List<FacetCounts> facets,
    String queryNote,
    List<String> suggestions) {

  /**
   * Copies the lists into unmodifiable ones.
   *
   * @throws NullPointerException when {@code hits}, {@code facets} or {@code suggestions} is null
   *     or holds null
   */
  public SearchResults {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
    suggestions = List.copyOf(suggestions);
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
    this(total, hits, facets, queryNote, List.of());
  }

  /**
   * Results of a query read as typed: no {@code queryNote}.
   *
   * @param total the number of articles matching the query and filters
   * @param hits the top hits in rank order
   * @param facets one entry per dimension
   */
  public SearchResults(long total, List<Hit> hits, List<FacetCounts> facets) {
    this(total, hits, facets, null, List.of());
  }
}

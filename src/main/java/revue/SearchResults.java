package revue;

import java.util.List;

/**
 * The answer to a search: total matches, the top hits, and facet counts. Instances are immutable;
 * the lists are unmodifiable.
 *
 * @param total the number of articles matching the query and filters, all of them, not only
 *     those in {@code hits}
 * @param hits the top hits in rank order, at most {@link SearchRequest#limit()}
 * @param facets one entry per dimension, in the order of {@link Filter#DIMENSIONS}; empty when
 *     {@link SearchRequest#facetLimit()} is 0 or the index is empty. A dimension with a filter
 *     counts as if its own filter were off (drill-sideways), so the other values stay visible
 */
public record SearchResults(long total, List<Hit> hits, List<FacetCounts> facets) {

  /**
   * Copies the lists into unmodifiable ones.
   *
   * @throws NullPointerException when {@code hits} or {@code facets} is null or holds null
   */
  public SearchResults {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }
}

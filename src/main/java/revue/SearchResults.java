package revue;

import java.util.List;

/**
 * The answer to a search: total matches, the top hits, and facet counts.
 *
 * @param total the number of articles matching the query and filters
 * @param hits the top hits in rank order
 * @param facets counts per dimension; a dimension with a filter counts as if its own filter were
 *     off (drill-sideways), so the other values stay visible
 */
public record SearchResults(long total, List<Hit> hits, List<FacetCounts> facets) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }
}

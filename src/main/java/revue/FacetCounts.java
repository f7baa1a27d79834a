package revue;

import java.util.List;

/**
 * The counts of one facet dimension over the articles that match a search, one entry of {@link
 * SearchResults#facets()}.
 *
 * <p>A dimension the request filters on is counted as if its own filter were off (drill-sideways),
 * so that its other values stay visible as choices; the other filters apply. Instances are
 * immutable.
 *
 * @param dimension one of {@link Filter#DIMENSIONS}: country, minister, date, lang, collection or
 *     source
 * @param values the values counted, unmodifiable: at most {@link SearchRequest#facetLimit()} of
 *     them, most frequent first, ties in value order; for {@code date}, every month ({@code
 *     2022-05}), or every day ({@code 2022-05-10}) when the request's date filter spans two months
 *     or less, in calendar order and not cut by the limit
 * @param otherValues how many further distinct values the matching articles have, left out of
 *     {@code values}
 * @param otherCount how many articles the further values count together (an article may count under
 *     several values of a multi-valued dimension, such as country or minister)
 */
public record FacetCounts(String dimension, List<Value> values, int otherValues, long otherCount) {

  /**
   * Copies {@code values} into an unmodifiable list.
   *
   * @throws NullPointerException when {@code values} is null or holds null
   */
  public FacetCounts {
    values = List.copyOf(values);
  }

  /**
   * One value of a dimension and how many matching articles have it.
   *
   * @param value the value as indexed, to filter on as it is ({@link Filter#of(String, String)}):
   *     an ISO 3166 alpha-2 country code, a canonical minister name, a month {@code 2022-05} or a
   *     day {@code 2022-05-10}, a language code, a collection or source name
   * @param label the value for display: for a country, its code and its name in {@link
   *     SearchRequest#uiLanguage()}, as in {@code NE Niger}; for the other dimensions the value
   *     itself
   * @param count how many matching articles have this value
   */
  public record Value(String value, String label, long count) {}
}

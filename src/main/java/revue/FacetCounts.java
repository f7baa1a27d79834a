package revue;

import java.util.List;

/**
 * The counts of one facet dimension over the matching articles.
 *
 * @param dimension country, minister, date, lang, collection or source
 * @param values the top values, most frequent first
 * @param otherValues how many further distinct values there are
 * @param otherCount how many articles the further values count together (an article may count
 *     under several values of a multi-valued dimension)
 */
public record FacetCounts(String dimension, List<Value> values, int otherValues, long otherCount) {

  public FacetCounts {
    values = List.copyOf(values);
  }

  /**
   * @param value the indexed value (a country code, a canonical minister name, 2022-05, ...)
   * @param label the value for display, e.g. "NE Niger"
   * @param count matching articles with this value
   */
  public record Value(String value, String label, long count) {}
}

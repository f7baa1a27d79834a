package revue;

import java.util.List;
import java.util.Locale;

/**
 * One drill-down filter, {@code dimension=value}: a search keeps only the articles that have the
 * value in the dimension. Of a request's filters, values of one dimension are OR-ed and dimensions
 * AND-ed ({@code country=NE}, {@code country=ML} and {@code lang=fr}: French articles about Niger
 * or Mali).
 *
 * <p>The dimension is checked when a filter is made; the value is read when the filter is searched,
 * and {@link Revue#search} throws {@link InvalidInputException} for a country or a date it cannot
 * read. Instances are immutable.
 *
 * @param dimension one of {@link #DIMENSIONS}, in lower case; not null
 * @param value what the dimension must hold, by dimension: {@code country} an ISO 3166 alpha-2 code
 *     in any case, or a country's name, short form or demonym in any script; {@code minister} a
 *     name, surname or alias, matched to the canonical name (used as given when none matches);
 *     {@code date} {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or a range {@code FROM..TO} of
 *     these, inclusive, either end may be left out; {@code lang} the value as indexed, as {@link
 *     FacetCounts.Value#value()} shows it; {@code collection} and {@code source} the same in any
 *     case ({@code bbc} matches the articles of {@code BBC} and of {@code bbc})
 */
public record Filter(String dimension, String value) {

  /** The dimensions a filter can name. */
  public static final List<String> DIMENSIONS =
      List.of("country", "minister", "date", "lang", "collection", "source");

  /**
   * Checks the dimension and that there is a value.
   *
   * @throws InvalidInputException when the dimension is not one of {@link #DIMENSIONS}, or the
   *     value is null or blank
   */
  public Filter {
    if (!DIMENSIONS.contains(dimension)) {
      throw new InvalidInputException(
          "unknown filter dimension '"
              + dimension
              + "' (use one of "
              + String.join(", ", DIMENSIONS)
              + ")");
    }
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(
          "filter " + dimension + " needs a value, as in " + dimension + "=VALUE");
    }
  }

  /**
   * A filter from text as a person types it: the dimension is stripped and lower-cased (in {@link
   * Locale#ROOT}, so {@code MINISTER} works under a Turkish default locale too), the value
   * stripped, and a language code lower-cased as revue writes them ({@code lang=FR} is {@code
   * lang=fr}).
   *
   * @param dimension a dimension name, any case; not null
   * @param value the value; null or blank is refused
   * @return the filter
   * @throws InvalidInputException when the dimension is unknown or the value null or blank
   */
  public static Filter of(String dimension, String value) {
    String dim = dimension.strip().toLowerCase(Locale.ROOT);
    String v = value == null ? null : value.strip();
    return new Filter(dim, v != null && dim.equals("lang") ? v.toLowerCase(Locale.ROOT) : v);
  }

  /**
   * Parses {@code DIM=VALUE}, as typed after the CLI's {@code --filter}: split at the first {@code
   * =} (the value may hold more), then read as {@link #of(String, String)} reads it.
   *
   * @param spec the filter as text, such as {@code country=NE} or {@code date=2022-05..2022-06};
   *     not null
   * @return the filter
   * @throws InvalidInputException when {@code spec} has no {@code =} or nothing before it, names an
   *     unknown dimension or has no value
   */
  public static Filter parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new InvalidInputException("filter '" + spec + "' must be DIM=VALUE, e.g. country=NE");
    }
    return of(spec.substring(0, eq), spec.substring(eq + 1));
  }
}

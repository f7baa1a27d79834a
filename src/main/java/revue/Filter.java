package revue;

import java.util.List;
import java.util.Locale;
import revue.InvalidInputException;

/**
 * One drill-down filter, {@code dimension=value}.
 *
 * @param dimension one of {@link #DIMENSIONS}
 * @param value a country code or name, a minister, a date or date range, a language, collection or
 *     source
 */
public record Filter(String dimension, String value) {

  /** The dimensions a filter can name. */
  public static final List<String> DIMENSIONS =
      List.of("country", "minister", "date", "lang", "collection", "source");

  public Filter {
    if (!DIMENSIONS.contains(dimension)) {
      throw new InvalidInputException(
          "unknown filter dimension '" + dimension + "' (use one of " + String.join(", ", DIMENSIONS) + ")");
    }
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("filter " + dimension + " needs a value, as in " + dimension + "=VALUE");
    }
  }

  public static Filter of(String dimension, String value) {
    return new Filter(dimension.strip().toLowerCase(Locale.ROOT), value == null ? null : value.strip());
  }

  /** Parses {@code dim=value}, as typed after {@code --filter}. */
  public static Filter parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new InvalidInputException("filter '" + spec + "' must be DIM=VALUE, e.g. country=NE");
    }
    return of(spec.substring(0, eq), spec.substring(eq + 1));
  }
}

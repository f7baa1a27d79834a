package revue.search;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import revue.FacetCounts;
import revue.Filter;
import revue.InvalidInputException;
import revue.SearchResults;

/**
 * Says which filter values of a search no article has ({@code lang=fra}, {@code
 * collection=sampels}), whatever the query, and which values its query's fields ask for that no
 * article has ({@code lang:fra}), and suggests the closest values that articles have: by edit
 * distance of their names folded (case, accents), or that start the same. One rule for every
 * backend, each telling what its articles hold through {@link Articles}. Stateless.
 */
public final class FilterNotes {

  private FilterNotes() {}

  /** At most this many values suggested per filter. */
  static final int MAX_SUGGESTIONS = 3;

  /**
   * A value that articles have in a dimension.
   *
   * @param value the value as indexed, what a filter takes
   * @param label what the facets show ({@code MA Morocco}), or the value
   * @param count how many articles have it (deleted ones may count)
   * @param names what a person may type for it: the value, names in other languages, a family name
   */
  record Held(String value, String label, long count, List<String> names) {}

  /** What a backend tells of its articles and of revue's entities, for the notes. */
  public interface Articles {

    /** Whether some article has the filter's value, read as the search reads it. */
    boolean has(Filter filter);

    /** How many articles have each value of the dimension (not the date), as indexed. */
    Map<String, Long> counts(String dimension);

    /** The first and the last publication days of the articles; empty when none is dated. */
    Optional<LocalDate[]> dateSpan();

    /** The country code a filter value names (a code or a name), as the search reads it. */
    Optional<String> country(String value);

    /** The minister a filter value names, as the search reads it. */
    Optional<String> minister(String value);

    /** A country's name in a language. */
    String countryName(String code, Locale language);

    /** The name a minister tag is shown under: one person's spellings share it. */
    String person(String tag);
  }

  private static final List<Locale> NAME_LANGUAGES =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"));

  private static final Set<String> ISO_COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  /**
   * The results with a {@link SearchResults#filterNote} for the request's filter values that no
   * article has, and the closest values that some have as {@link SearchResults#filterSuggestions};
   * the results as they are when every value is some article's.
   */
  public static SearchResults annotate(
      SearchResults results, List<Filter> filters, Articles articles, Locale labels) {
    return annotate(results, filters, List.of(), articles, labels);
  }

  /**
   * As {@link #annotate(SearchResults, List, Articles, Locale)}, and the same for the values the
   * query asks of a field in its syntax ({@code lang:xx}, {@code minister:Nobody}), written as the
   * query writes them: "no article has lang:xx (did you mean lang:ar?)". Their closest values are
   * filter suggestions too.
   *
   * @param queryFields the query's {@code field:value} clauses that articles must match (not those
   *     it excludes), as filters
   */
  public static SearchResults annotate(
      SearchResults results,
      List<Filter> filters,
      List<Filter> queryFields,
      Articles articles,
      Locale labels) {
    List<String> parts = new ArrayList<>();
    List<Filter> suggested = new ArrayList<>();
    note(results, filters, "=", articles, labels, parts, suggested);
    note(results, queryFields, ":", articles, labels, parts, suggested);
    return parts.isEmpty() ? results : results.withFilterNote(String.join("; ", parts), suggested);
  }

  /**
   * Adds the notes of the values no article has, each written dimension, {@code separator}, value,
   * and their closest values.
   */
  private static void note(
      SearchResults results,
      List<Filter> filters,
      String separator,
      Articles articles,
      Locale labels,
      List<String> parts,
      List<Filter> suggested) {
    for (Filter f : new LinkedHashSet<>(filters)) {
      if (counted(results, f, articles) || articles.has(f)) {
        continue;
      }
      if (f.dimension().equals("date")) {
        parts.add(
            "no article has date"
                + separator
                + f.value()
                + articles
                    .dateSpan()
                    .map(span -> " (articles are dated " + span[0] + " to " + span[1] + ")")
                    .orElse(" (no article is dated)"));
        continue;
      }
      String said = "no article has " + written(f.dimension(), separator, f.value());
      Optional<String> named = named(f, articles, labels);
      if (named.isPresent()) {
        parts.add(named.get().equals(f.value()) ? said : said + " (" + named.get() + ")");
        continue;
      }
      List<Held> closest = closest(f.value(), values(f.dimension(), articles, labels));
      parts.add(said + (closest.isEmpty() ? "" : " (" + didYouMean(f, separator, closest) + ")"));
      closest.forEach(h -> suggested.add(new Filter(f.dimension(), h.value())));
    }
  }

  /**
   * A dimension's value as a filter ({@code minister=Emmanuel Macron}) or as the query's syntax
   * writes it ({@code minister:"Emmanuel Macron"}, quoted when it has a space).
   */
  private static String written(String dimension, String separator, String value) {
    boolean quoted = separator.equals(":") && value.codePoints().anyMatch(Character::isWhitespace);
    return dimension + separator + (quoted ? "\"" + value + "\"" : value);
  }

  /**
   * Whether the results' facet counts show the filter's value (a dimension counts as if its own
   * filter were off, so a value articles have under the query is there, unless past the facet's
   * limit): no need to ask the backend. Not for ministers, shown under their person's name.
   */
  private static boolean counted(SearchResults results, Filter f, Articles articles) {
    String value =
        switch (f.dimension()) {
          case "lang", "collection", "source" -> f.value();
          case "country" -> articles.country(f.value()).orElse(null);
          default -> null;
        };
    if (value == null) {
      return false;
    }
    for (FacetCounts facet : results.facets()) {
      if (facet.dimension().equals(f.dimension())) {
        for (FacetCounts.Value v : facet.values()) {
          if (v.value().equals(value) && v.count() > 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Throws for a country filter whose value names no country, naming the closest countries that
   * articles have; does nothing for the other filters.
   *
   * @throws InvalidInputException for the first such filter
   */
  public static void requireCountries(List<Filter> filters, Articles articles, Locale labels) {
    for (Filter f : filters) {
      String value = f.value();
      if (!f.dimension().equals("country") || articles.country(value).isPresent()) {
        continue;
      }
      List<Held> closest = closest(value, values("country", articles, labels));
      throw new InvalidInputException(
          "unknown country '"
              + value
              + "' in filter"
              + (closest.isEmpty()
                  ? " (use an ISO code such as NE)"
                  : ": " + didYouMean(f, "=", closest) + " (or use an ISO code such as NE)"));
    }
  }

  /**
   * A value of the query's {@code country:} that names no country ({@code country:Marocco}): bad
   * input, as such a filter is ({@link #requireCountries}). Thrown by a backend's reading of the
   * query; {@link #withClosest} names the closest countries that articles have.
   */
  public static final class UnknownCountryException extends InvalidInputException {

    private final String value;

    /**
     * @param value the value as the query gives it
     */
    public UnknownCountryException(String value) {
      super(unknownCountry(value, List.of()));
      this.value = value;
    }

    /** The same failure, naming the closest countries that articles have. */
    public InvalidInputException withClosest(Articles articles, Locale labels) {
      return new InvalidInputException(
          unknownCountry(value, closest(value, values("country", articles, labels))), this);
    }

    private static String unknownCountry(String value, List<Held> closest) {
      return "bad query: unknown country '"
          + value
          + "'"
          + (closest.isEmpty()
              ? " (use an ISO code such as NE, or a name)"
              : ": "
                  + didYouMean(new Filter("country", value), ":", closest)
                  + " (or use an ISO code such as NE, or a name)");
    }
  }

  /**
   * What the filter's value names when it is a country or a minister revue knows, as shown
   * ("France", "Nasser Bourita"); empty for another value. A value that names someone is no typo,
   * and gets no spelling suggestion.
   */
  private static Optional<String> named(Filter f, Articles articles, Locale labels) {
    return switch (f.dimension()) {
      case "country" ->
          articles
              .country(f.value())
              .filter(ISO_COUNTRIES::contains)
              .map(code -> articles.countryName(code, labels));
      case "minister" -> articles.minister(f.value());
      default -> Optional.empty();
    };
  }

  /**
   * The values of the dimension that articles have, with their names: a country's or a language's
   * code and its names in French, English and Arabic; a person under the name their spellings
   * share, with every spelling and its last word (the family name).
   */
  static List<Held> values(String dimension, Articles articles, Locale labels) {
    Map<String, Held> byValue = new LinkedHashMap<>();
    articles
        .counts(dimension)
        .forEach(
            (tag, count) -> {
              Held held;
              if (dimension.equals("country")) {
                List<String> names = new ArrayList<>(List.of(tag));
                NAME_LANGUAGES.forEach(l -> names.add(articles.countryName(tag, l)));
                held = new Held(tag, tag + " " + articles.countryName(tag, labels), count, names);
              } else if (dimension.equals("minister")) {
                String person = articles.person(tag);
                Set<String> names = new LinkedHashSet<>();
                for (String spelling : List.of(person, tag)) {
                  String[] words = spelling.strip().split("\\s+");
                  names.add(spelling);
                  names.add(words[words.length - 1]);
                }
                held = new Held(person, person, count, List.copyOf(names));
              } else if (dimension.equals("lang")) {
                List<String> names = new ArrayList<>(List.of(tag));
                Locale language = Locale.forLanguageTag(tag);
                NAME_LANGUAGES.forEach(l -> names.add(language.getDisplayLanguage(l)));
                held = new Held(tag, tag, count, names);
              } else {
                held = new Held(tag, tag, count, List.of(tag));
              }
              byValue.merge(held.value(), held, FilterNotes::merged);
            });
    return List.copyOf(byValue.values());
  }

  private static Held merged(Held a, Held b) {
    Set<String> names = new LinkedHashSet<>(a.names());
    names.addAll(b.names());
    return new Held(a.value(), a.label(), a.count() + b.count(), List.copyOf(names));
  }

  /**
   * "did you mean lang=fr?", "did you mean country=MA (Morocco), ... or ...?"; with {@code
   * separator} ":" as the query's syntax writes them, "did you mean lang:fr?".
   */
  private static String didYouMean(Filter f, String separator, List<Held> closest) {
    List<String> shown = new ArrayList<>();
    for (Held h : closest) {
      // a country's label is its code and name: the name alone beside the code
      String label =
          h.label().startsWith(h.value()) ? h.label().substring(h.value().length()).strip() : "";
      shown.add(
          written(f.dimension(), separator, h.value())
              + (label.isEmpty() ? "" : " (" + label + ")"));
    }
    String last = shown.remove(shown.size() - 1);
    return "did you mean "
        + (shown.isEmpty() ? "" : String.join(", ", shown) + " or ")
        + last
        + "?";
  }

  /**
   * The values closest to what was typed, best first, at most {@value #MAX_SUGGESTIONS}: those one
   * of whose names is a few edits away (none for two letters, one up to four, two up to eight,
   * three past), starts with it (three letters or more), or begins it ("fra": "fr"); else those
   * whose names start with its first letter when there are few. Ties go to the value more articles
   * have.
   */
  static List<Held> closest(String typed, List<Held> values) {
    String t = fold(typed);
    if (t.isEmpty()) {
      return List.of();
    }
    int allowed = t.length() <= 2 ? 0 : t.length() <= 4 ? 1 : t.length() <= 8 ? 2 : 3;
    record Scored(Held held, int distance) {}
    List<Scored> close = new ArrayList<>();
    for (Held h : values) {
      int best = Integer.MAX_VALUE;
      for (String name : h.names()) {
        String n = fold(name);
        if (n.isEmpty()) {
          continue;
        }
        int d = n.equals(t) ? 0 : distance(t, n, allowed);
        if (t.length() >= 3 && n.startsWith(t)
            || n.length() >= 2 && t.length() - n.length() <= 2 && t.startsWith(n)) {
          d = Math.min(d, allowed);
        }
        best = Math.min(best, d);
      }
      if (best <= allowed) {
        close.add(new Scored(h, best));
      }
    }
    close.sort(
        Comparator.comparingInt(Scored::distance)
            .thenComparing(s -> -s.held().count())
            .thenComparing(s -> s.held().value()));
    List<Held> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Scored s : close) {
      if (out.size() < MAX_SUGGESTIONS && seen.add(s.held().value())) {
        out.add(s.held());
      }
    }
    return out;
  }

  /** Lower case, no accents nor Arabic marks, runs of other characters as one space. */
  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    boolean space = false;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == '\u0640') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && !b.isEmpty()) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      } else {
        space = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The optimal string alignment distance (edits, an adjacent swap counting one) of {@code a} and
   * {@code b}, at most {@code limit + 1} (more is not told apart).
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    return Math.min(Suggestions.edits(a, b), limit + 1);
  }
}

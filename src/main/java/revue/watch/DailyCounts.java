package revue.watch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import revue.FacetCounts;
import revue.Filter;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;

/**
 * Articles per day, through revue's public search: what surges are computed from.
 *
 * <p>One search gives a query's whole daily series. A search filtered to one day counts its date
 * facet by day (a date filter of at most 62 days does), and counts it as if that filter were off
 * (drill-sideways: {@link SearchResults#facets()}), so the date facet holds the query's and other
 * filters' matches on every day of the index, in date order. A test checks the series against
 * day-by-day searches. Thread-safe if the Revue is.
 */
final class DailyCounts {

  /** The day the one-day filter names; any day serves, as the date facet ignores it. */
  private static final String ANY_DAY = "1970-01-01";
  private static final int ALL_VALUES = 100_000;

  private final Revue revue;

  DailyCounts(Revue revue) {
    this.revue = revue;
  }

  /**
   * Articles per day matching the query and filters, in one language (or in all, when {@code
   * lang} is null). The filters must not name a date or a language.
   */
  Map<LocalDate, Long> perDay(String query, List<Filter> filters, String lang) {
    List<Filter> all = new ArrayList<>(filters);
    if (lang != null) {
      all.add(Filter.of("lang", lang));
    }
    all.add(Filter.of("date", ANY_DAY));
    SearchResults results = revue.search(new SearchRequest(query, all, 0, 1, true, Locale.ENGLISH));
    Map<LocalDate, Long> days = new HashMap<>();
    for (FacetCounts f : results.facets()) {
      if (!f.dimension().equals("date")) {
        continue;
      }
      for (FacetCounts.Value v : f.values()) {
        try {
          days.put(LocalDate.parse(v.value()), v.count());
        } catch (DateTimeParseException e) {
          throw new IllegalStateException("the date facet of a one-day filter counts by " + v.value() + ", not by day", e);
        }
      }
    }
    return days;
  }

  /** The languages of the index's articles, most frequent first. */
  List<String> languages() {
    SearchResults results = revue.search(SearchRequest.of("").withLimit(0).withFacetLimit(1_000));
    List<String> langs = new ArrayList<>();
    for (FacetCounts f : results.facets()) {
      if (f.dimension().equals("lang")) {
        f.values().forEach(v -> langs.add(v.value()));
      }
    }
    return langs;
  }

  /** A country or a minister, with its label. */
  record Entity(String kind, String value, String label) {}

  /** How many articles of one day and language name each country and minister. */
  Map<Entity, Long> entitiesOn(LocalDate day, String lang) {
    SearchRequest request =
        new SearchRequest(
            "",
            List.of(Filter.of("lang", lang), Filter.of("date", day.toString())),
            0,
            ALL_VALUES,
            true,
            Locale.ENGLISH);
    Map<Entity, Long> counts = new HashMap<>();
    for (FacetCounts f : revue.search(request).facets()) {
      if (f.dimension().equals("country") || f.dimension().equals("minister")) {
        for (FacetCounts.Value v : f.values()) {
          counts.put(new Entity(f.dimension(), v.value(), v.label()), v.count());
        }
      }
    }
    return counts;
  }
}

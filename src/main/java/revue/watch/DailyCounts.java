package revue.watch;

import java.time.LocalDate;
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
 * <p>One call of {@link Revue#dayCounts} gives a query's whole daily series (the matches on every
 * day of the index, under the filters). A test checks the series against day-by-day searches.
 * Thread-safe if the Revue is.
 */
final class DailyCounts {

  private static final int ALL_VALUES = 100_000;

  private final Revue revue;

  DailyCounts(Revue revue) {
    this.revue = revue;
  }

  /**
   * Articles per day matching the query and filters, in one language (or in all, when {@code lang}
   * is null). The filters must not name a date or a language.
   */
  Map<LocalDate, Long> perDay(String query, List<Filter> filters, String lang) {
    List<Filter> all = new ArrayList<>(filters);
    if (lang != null) {
      all.add(Filter.of("lang", lang));
    }
    // every day, however many: the date facet shows only the busiest --facets N of them
    return new HashMap<>(
        revue.dayCounts(new SearchRequest(query, all, 0, 0, true, Locale.ENGLISH)));
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

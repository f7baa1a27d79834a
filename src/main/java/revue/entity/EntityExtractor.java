package revue.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the countries, ministers and dates an article names, and resolves query terms to the same
 * entities. The front door of the entity package.
 *
 * <p>Thread-safe once built; building loads the gazetteers, so build one and share it.
 */
public final class EntityExtractor {

  private EntityExtractor() {}

  /** An extractor over the gazetteers bundled with revue. */
  public static EntityExtractor defaults() {
    return new EntityExtractor();
  }

  /** ISO 3166 alpha-2 codes of the countries the text names, in order of first mention, unique. */
  public List<String> countries(String text) {
    return List.of(); // TODO(entity): CountryMatcher
  }

  /** Canonical names of the ministers the text names, in order of first mention, unique. */
  public List<String> ministers(String text) {
    return List.of(); // TODO(entity): MinisterMatcher
  }

  /** The publication date a text states, when it states one. */
  public Optional<LocalDate> dateInText(String text) {
    return Optional.empty(); // TODO(entity): DateExtractor
  }

  /** The country a query term or phrase names (name, short form or demonym, any script). */
  public Optional<String> countryForQuery(String term) {
    return Optional.empty();
  }

  /** The canonical minister a query term or phrase names (full name, surname, alias). */
  public Optional<String> ministerForQuery(String term) {
    return Optional.empty();
  }

  /** A country's display name in a language, e.g. "Niger" for NE in French. */
  public String countryName(String code, Locale language) {
    return Locale.of("", code).getDisplayCountry(language);
  }
}

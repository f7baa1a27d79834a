package revue.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The queries both engines replay: sampled titles, hand-written entity queries (a minister or
 * leader and a country, in French, English and Arabic spelling), and the entity queries again as
 * drill-downs on one collection.
 */
final class QuerySet {

  enum Kind {
    TITLE,
    ENTITY,
    DRILL_DOWN,
    /** A pasted paragraph ({@link Passages}), replayed apart from the others. */
    LONG
  }

  /** One query; {@code collection} is the drill-down value, or null. */
  record Query(Kind kind, String text, String collection) {}

  /**
   * Two-to-three-word entity queries. Written by hand over the beats the shared corpora cover
   * (French news 2011-2020, Arabic news 2015-2018, Reuters 1987), in each language's own spelling;
   * not tuned to any result.
   */
  static final List<String> ENTITY_QUERIES =
      List.of(
          // French
          "Bourita Niger",
          "Nasser Bourita Mali",
          "Macron Algérie",
          "Le Drian Mali",
          "Hollande Tunisie",
          "Sarkozy Libye",
          "Fabius Iran",
          "Merkel Grèce",
          "Poutine Syrie",
          "Trump Corée du Nord",
          "Juppé Maroc",
          // English
          "Baker Japan",
          "Reagan Iran",
          "Shultz Nicaragua",
          "Thatcher Britain",
          "Nakasone United States",
          "Stoltenberg West Germany",
          "Yeutter Japan",
          "Nazer Saudi Arabia",
          "Funaro Brazil",
          // Arabic
          "بوريطة النيجر",
          "الجبير إيران",
          "عادل الجبير اليمن",
          "السبسي تونس",
          "الشاهد تونس",
          "الجهيناوي ليبيا",
          "السيسي مصر",
          "ترامب السعودية",
          "بوتين سوريا",
          "أردوغان قطر",
          "لافروف سوريا",
          "ماكرون الجزائر");

  private QuerySet() {}

  /** Titles reduced to at most eight plain words, so no engine reads them as query syntax. */
  static String plainWords(String title) {
    String words = title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    String[] parts = words.split(" ");
    return String.join(" ", List.of(parts).subList(0, Math.min(8, parts.length)));
  }

  /**
   * The warm-up for {@link #build}'s queries: other titles, each also drilled down on its top
   * collection, so that every code path is compiled without meeting a measured query first.
   */
  static List<Query> warmUp(
      List<String> titles, java.util.function.Function<String, String> drillDownCollection) {
    List<Query> queries = new ArrayList<>();
    for (String title : titles) {
      String words = plainWords(title);
      if (!words.isBlank()) {
        queries.add(new Query(Kind.TITLE, words, null));
        String collection = drillDownCollection.apply(words);
        if (collection != null) {
          queries.add(new Query(Kind.DRILL_DOWN, words, collection));
        }
      }
    }
    return List.copyOf(queries);
  }

  /**
   * @param drillDownCollection for each entity query, the collection to drill down on (the one with
   *     most matches in the baseline), or null to leave that query out of the drill-downs
   */
  static List<Query> build(
      List<String> titles, java.util.function.Function<String, String> drillDownCollection) {
    List<Query> queries = new ArrayList<>();
    for (String title : titles) {
      String words = plainWords(title);
      if (!words.isBlank()) {
        queries.add(new Query(Kind.TITLE, words, null));
      }
    }
    for (String q : ENTITY_QUERIES) {
      queries.add(new Query(Kind.ENTITY, q, null));
    }
    for (String q : ENTITY_QUERIES) {
      String collection = drillDownCollection.apply(q);
      if (collection != null) {
        queries.add(new Query(Kind.DRILL_DOWN, q, collection));
      }
    }
    return List.copyOf(queries);
  }
}

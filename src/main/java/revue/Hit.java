package revue;

import java.util.List;

/**
 * One search hit, as the JSON contract shows it.
 *
 * @param id {@code collection/sourceId}
 * @param date ISO-8601 calendar day, or null when unknown
 * @param countries ISO 3166 alpha-2 codes
 * @param ministers canonical names
 * @param url canonical URL or null
 * @param snippet the best passage, HTML-escaped, query matches in {@code <b>...</b>}
 * @param matchedEntities the entities of the query this article is tagged with, as {@code
 *     country:NE} or {@code minister:Nasser Bourita}
 */
public record Hit(
    String id,
    String collection,
    String sourceId,
    String title,
    String date,
    String lang,
    String source,
    List<String> countries,
    List<String> ministers,
    String url,
    String path,
    float score,
    String snippet,
    List<String> matchedEntities) {

  public Hit {
    countries = List.copyOf(countries);
    ministers = List.copyOf(ministers);
    matchedEntities = List.copyOf(matchedEntities);
  }
}

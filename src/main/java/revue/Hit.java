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
 * @param snippet the best passage as HTML: escaped, query matches in {@code <b>...</b>}; {@link
 *     #snippetText()} and {@link #snippetMatches()} give it as plain text
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

  /** The snippet as plain text: markup removed, character references decoded. */
  public String snippetText() {
    return SnippetMarkup.parse(snippet).text();
  }

  /** Where the query matched in {@link #snippetText()}, in text order. */
  public List<Span> snippetMatches() {
    return SnippetMarkup.parse(snippet).matches();
  }

  /**
   * A range of characters of a text.
   *
   * @param start the first character's index
   * @param end the index after the last character
   */
  public record Span(int start, int end) {

    /** Checks that the range is not reversed or negative. */
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }
}

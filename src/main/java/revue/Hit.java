package revue;

import java.util.List;

/**
 * One search hit: the article's stored fields, its score and a snippet, as the JSON contract of
 * {@code revue search --json} shows it. Instances are immutable; the lists are unmodifiable.
 *
 * @param id the article's id, {@code collection/sourceId}: unique in an index and stable across
 *     rebuilds from the same input
 * @param collection the input file's name without extensions ({@code orangesum-fr} for {@code
 *     orangesum-fr.jsonl.gz}), or the folder of one-article files
 * @param sourceId the record's own id, else its URL, else its line number or file name
 * @param title the headline; empty when the input has none
 * @param date the calendar day of publication as ISO-8601 {@code YYYY-MM-DD}, from the record's
 *     metadata (in {@link IngestOptions#zone()}) or else from the dates its text writes; null when
 *     unknown
 * @param lang the article's main language, an ISO 639-1 code such as {@code fr}, {@code ar} or
 *     {@code en}, or {@code und} when it could not be told
 * @param source the outlet (site, agency) the input names, or null
 * @param countries the countries the article names, as ISO 3166 alpha-2 codes
 * @param ministers the ministers the article names, by canonical name
 * @param url the canonical URL, or null
 * @param path the file the article was read from, as found under the indexed paths (relative when
 *     they were given relative)
 * @param score the relevance score; a higher score ranks first. Scores compare hits of one search,
 *     not of different searches or indexes
 * @param snippet the best passage as HTML: escaped, query matches in {@code <b>...</b>}; the
 *     opening of the body when no passage matches, empty when the article has no body. {@link
 *     #snippetText()} and {@link #snippetMatches()} give it as plain text
 * @param matchedEntities the entities of the query this article is tagged with, as {@code
 *     country:NE} or {@code minister:Nasser Bourita}; empty when entity expansion is off
 * @param similarIds the ids of the other articles of this article's story (copies of one wire
 *     story, reprints with small edits) that match the search too and are shown through this hit,
 *     the best-ranked of its story; empty when it has none or the search does not collapse copies
 *     ({@link SearchRequest#collapse()})
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
    List<String> matchedEntities,
    List<String> similarIds) {

  /**
   * Copies the lists into unmodifiable ones.
   *
   * @throws NullPointerException when a list is null or holds null
   */
  public Hit {
    countries = List.copyOf(countries);
    ministers = List.copyOf(ministers);
    matchedEntities = List.copyOf(matchedEntities);
    similarIds = List.copyOf(similarIds);
  }

  /**
   * A hit that stands for no other article ({@code similarIds} empty).
   *
   * @param id the article's id
   * @param collection the article's collection
   * @param sourceId the record's own id
   * @param title the headline
   * @param date the calendar day of publication, or null
   * @param lang the article's main language
   * @param source the outlet, or null
   * @param countries the countries the article names
   * @param ministers the ministers the article names
   * @param url the canonical URL, or null
   * @param path the file the article was read from
   * @param score the relevance score
   * @param snippet the best passage as HTML
   * @param matchedEntities the entities of the query this article is tagged with
   */
  public Hit(
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
    this(
        id,
        collection,
        sourceId,
        title,
        date,
        lang,
        source,
        countries,
        ministers,
        url,
        path,
        score,
        snippet,
        matchedEntities,
        List.of());
  }

  /**
   * How many other articles of this hit's story it stands for.
   *
   * @return the size of {@link #similarIds()}
   */
  public int similar() {
    return similarIds.size();
  }

  /**
   * This hit standing for other articles of its story.
   *
   * @param ids the ids of the other articles; not null
   * @return a new hit; this one is unchanged
   */
  public Hit withSimilarIds(List<String> ids) {
    return new Hit(
        id,
        collection,
        sourceId,
        title,
        date,
        lang,
        source,
        countries,
        ministers,
        url,
        path,
        score,
        snippet,
        matchedEntities,
        ids);
  }

  /**
   * The snippet as plain text, for a caller that shows it other than as HTML: the {@code <b>} tags
   * removed, character references ({@code &amp;}, {@code &#x27;}) decoded.
   *
   * @return the snippet's text; empty when the snippet is null or empty
   */
  public String snippetText() {
    return SnippetMarkup.parse(snippet).text();
  }

  /**
   * Where the query matched in {@link #snippetText()}: the ranges the snippet marks with {@code
   * <b>}, in text order, as {@code char} indexes of that string.
   *
   * @return the match ranges, unmodifiable; empty when nothing is marked
   */
  public List<Span> snippetMatches() {
    return SnippetMarkup.parse(snippet).matches();
  }

  /**
   * A range of characters of a text, half-open as in {@link String#substring(int, int)}.
   *
   * @param start the first character's index
   * @param end the index after the last character
   */
  public record Span(int start, int end) {

    /**
     * Checks that the range is not reversed or negative.
     *
     * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
     */
    public Span {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }
}

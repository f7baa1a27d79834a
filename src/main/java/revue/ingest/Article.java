package revue.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One article as read from a source, before any analysis: the value object between a reader and the
 * rest of the pipeline.
 *
 * @param id stable identifier, {@code collection/sourceId}
 * @param collection the input file's name without extensions, or the folder of plain files
 * @param sourceId the record's own id, else its URL, else its line number or file name
 * @param title the headline, may be empty
 * @param body the text, paragraphs separated by {@code \n}, may be empty
 * @param published the publication instant from metadata, or null when the source has none
 * @param url canonical URL or null
 * @param path the file the article came from
 * @param line the 1-based line (or item) of the record in its file, 0 for whole-file articles
 * @param source the outlet (site, agency) or null
 * @param langHint a language declared by the source, or null
 * @param dateline the dateline as the source writes it apart from the body (a record's {@code
 *     dateline} field, the first line of a plain-text article: "RABAT, Jan 15 -", "الرباط، 15 يناير
 *     2023"), or null; enrichment reads place and date from it
 */
public record Article(
    String id,
    String collection,
    String sourceId,
    String title,
    String body,
    Instant published,
    String url,
    String path,
    long line,
    String source,
    String langHint,
    String dateline) {

  /** An article without a dateline of its own. */
  public Article(
      String id,
      String collection,
      String sourceId,
      String title,
      String body,
      Instant published,
      String url,
      String path,
      long line,
      String source,
      String langHint) {
    this(id, collection, sourceId, title, body, published, url, path, line, source, langHint, null);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(sourceId, "sourceId");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }

  /** Builds the stable id of an article from its collection and its own id. */
  public static String idOf(String collection, String sourceId) {
    return collection + "/" + sourceId;
  }
}

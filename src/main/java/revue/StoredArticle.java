package revue;

import java.util.List;

/**
 * One indexed article as the index holds it, with the entities revue tagged it with: what an
 * article view shows.
 *
 * @param id {@code collection/sourceId}
 * @param collection the input file's name without extensions, or the folder of plain files
 * @param sourceId the record's own id, else its URL, else its line or file name
 * @param title the title as read
 * @param date ISO-8601 calendar day, or null when unknown
 * @param dateSource where the date came from: "metadata", "text", or null
 * @param published the publication instant from metadata (ISO-8601), or null
 * @param lang the article's main language
 * @param source the publication it names, or null
 * @param url its canonical URL, or null
 * @param path the input file it came from, as the JSON contract gives a hit's {@code path}
 * @param bodies the body text, one entry per language in the order the article first uses it; the
 *     runs of one language are joined by a line break, as the index stores them
 * @param countries the tagged countries, in the index's order
 * @param ministers the tagged ministers, in the index's order
 */
public record StoredArticle(
    String id,
    String collection,
    String sourceId,
    String title,
    String date,
    String dateSource,
    String published,
    String lang,
    String source,
    String url,
    String path,
    List<Body> bodies,
    List<Entity> countries,
    List<Entity> ministers) {

  /** Copies the lists into unmodifiable ones. */
  public StoredArticle {
    bodies = List.copyOf(bodies);
    countries = List.copyOf(countries);
    ministers = List.copyOf(ministers);
  }

  /**
   * The body text of one language.
   *
   * @param lang fr, ar, en or xx (any other language)
   * @param text the runs of that language, joined by line breaks
   */
  public record Body(String lang, String text) {}

  /**
   * One tagged entity.
   *
   * @param value an ISO 3166 alpha-2 code or a minister's canonical name
   * @param label the value for display (a country's name in the requested language)
   * @param spellings the distinct ways the title and body write it, in order of first appearance
   */
  public record Entity(String value, String label, List<String> spellings) {

    /** Copies the spellings into an unmodifiable list. */
    public Entity {
      spellings = List.copyOf(spellings);
    }
  }
}

package revue.entity;

/**
 * An entity found in a text, with where it was found, so a result can show what matched.
 *
 * @param value the entity: an ISO 3166 alpha-2 code, or a minister's canonical name
 * @param start offset of the first char of the words that name it
 * @param end offset after the last char
 * @param surface the words as written
 * @param former for a minister, whether the text gives the post only as a past one ("l'ancien
 *     ministre X", "former Foreign Minister X"); false for a country
 */
public record Mention(String value, int start, int end, String surface, boolean former) {

  /** A mention of an entity the text presents as it is now. */
  public Mention(String value, int start, int end, String surface) {
    this(value, start, end, surface, false);
  }
}

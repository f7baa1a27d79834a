package revue;

import java.util.List;

/**
 * The articles most like one article, as {@link Revue#related(String, int)} finds them. Instances
 * are immutable; the list is unmodifiable.
 *
 * @param id the article's id
 * @param related the related articles, most related first; the article's copies are not among them
 * @param copies the other articles of the article's story (the same wire story reprinted, with
 *     small edits at most), in id order, with a score of 0 (they are not ranked); empty when it has
 *     none
 */
public record RelatedResults(String id, List<Related> related, List<Hit> copies) {

  /**
   * Copies the lists into unmodifiable ones.
   *
   * @throws NullPointerException when a list is null or holds null
   */
  public RelatedResults {
    related = List.copyOf(related);
    copies = List.copyOf(copies);
  }

  /**
   * Related articles of an article without copies.
   *
   * @param id the article's id
   * @param related the related articles, most related first
   */
  public RelatedResults(String id, List<Related> related) {
    this(id, related, List.of());
  }
}

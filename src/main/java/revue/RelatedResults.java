package revue;

import java.util.List;

/**
 * The articles most like one article, as {@link Revue#related(String, int)} finds them.
 * Instances are immutable; the list is unmodifiable.
 *
 * @param id the article's id
 * @param related the related articles, most related first
 */
public record RelatedResults(String id, List<Related> related) {

  /**
   * Copies the list into an unmodifiable one.
   *
   * @throws NullPointerException when {@code related} is null or holds null
   */
  public RelatedResults {
    related = List.copyOf(related);
  }
}

package revue;

import java.util.List;

/**
 * The articles most like one article.
 *
 * @param id the article's id
 * @param related the related articles, most related first
 */
public record RelatedResults(String id, List<Related> related) {

  public RelatedResults {
    related = List.copyOf(related);
  }
}

package revue;

import java.util.List;

/**
 * An article related to another one, and why. Instances are immutable.
 *
 * @param hit the related article, as a search shows it (its score is the relatedness)
 * @param why what the two articles share
 */
public record Related(Hit hit, Why why) {

  /**
   * What makes two articles related.
   *
   * @param sharedTerms the other article's most telling terms that this one holds, each as that
   *     article first writes it (lower-cased)
   * @param sharedEntities the countries and ministers both are tagged with, as {@code country:NE}
   *     or {@code minister:Nasser Bourita}
   * @param daysApart days between their dates, or null when either is undated
   */
  public record Why(List<String> sharedTerms, List<String> sharedEntities, Integer daysApart) {

    /**
     * Copies the lists into unmodifiable ones.
     *
     * @throws NullPointerException when a list is null or holds null
     */
    public Why {
      sharedTerms = List.copyOf(sharedTerms);
      sharedEntities = List.copyOf(sharedEntities);
    }
  }
}

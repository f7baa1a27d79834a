package revue.search;

import revue.SearchResults;

/**
 * The second reading of a text of four words or more that no article holds three in four of (a
 * pasted title or tweet: a handle, a link, two typos): any of its words, ranked by how many (and
 * how rare) each article holds, said in the results' note. One rule for every backend: each reads
 * the query its own way and says whether it asked for three in four.
 */
public final class SecondReading {

  /** The note of results read the second time. */
  public static final String NOTE =
      "no article holds three in four of its words: ranked by how many of them each holds";

  /** A search that may fail the way its backend does. */
  @FunctionalInterface
  public interface Search<E extends Exception> {
    SearchResults run() throws E;
  }

  private SecondReading() {}

  /**
   * The first reading's results, or, when they are empty though the query asked for three words in
   * four, the second reading's with the note after the query's own (and the first reading's "did
   * you mean"); the first reading's when the second finds nothing either.
   */
  public static <E extends Exception> SearchResults orAnyWord(
      SearchResults first, boolean askedThreeInFour, Search<E> anyWord) throws E {
    if (first.total() > 0 || !askedThreeInFour) {
      return first;
    }
    SearchResults any = anyWord.run();
    if (any.total() == 0) {
      return first;
    }
    String note = any.queryNote() == null ? NOTE : any.queryNote() + "; " + NOTE;
    return new SearchResults(any.total(), any.hits(), any.facets(), note, first.suggestions());
  }
}

package revue.search;

import revue.SearchResults;

/**
 * The second reading of a text of four words or more that no article holds three in four of (a
 * pasted title or tweet: a handle, a link, two typos), or of a long text that no article holds a
 * quarter of: any of its words, ranked by how many (and how rare) each article holds, said in the
 * results' note. One rule for every backend: each reads the query its own way and says what share
 * of its words it asked for.
 */
public final class SecondReading {

  /** The note of results read the second time. */
  public static final String NOTE =
      "no article holds three in four of its words: ranked by how many of them each holds";

  /** The note of a long text's results read the second time. */
  public static final String LONG_NOTE =
      "no article holds a quarter of its words: ranked by how many of them each holds";

  /**
   * The note a second reading would give, or null when the query asked for any of its words (there
   * is no second reading).
   */
  public static String noteFor(boolean askedThreeInFour, boolean askedLongShare) {
    return askedLongShare ? LONG_NOTE : askedThreeInFour ? NOTE : null;
  }

  /** A search that may fail the way its backend does. */
  @FunctionalInterface
  public interface Search<E extends Exception> {
    SearchResults run() throws E;
  }

  private SecondReading() {}

  /**
   * The first reading's results, or, when they are empty though the query asked for more than one
   * of its words ({@code note} not null, see {@link #noteFor}), the second reading's with that note
   * after the query's own (and the first reading's "did you mean"); the first reading's when the
   * second finds nothing either.
   */
  public static <E extends Exception> SearchResults orAnyWord(
      SearchResults first, String note, Search<E> anyWord) throws E {
    if (first.total() > 0 || note == null) {
      return first;
    }
    SearchResults any = anyWord.run();
    if (any.total() == 0) {
      return first;
    }
    String said = any.queryNote() == null ? note : any.queryNote() + "; " + note;
    return new SearchResults(any.total(), any.hits(), any.facets(), said, first.suggestions());
  }
}

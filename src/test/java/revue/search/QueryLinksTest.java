package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links pasted among a query's words: the query without them, and the note that says so. */
class QueryLinksTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "-",
      value = {
        // query typed | query searched | note
        "Macron https://www.lemonde.fr/politique/article/2017/05/14/x.html Merkel | Macron  Merkel"
            + " | link left out of the query: www.lemonde.fr/…",
        "Bourita (https://t.co/AbC) Niger | Bourita  Niger | link left out of the query: t.co/…",
        "Bourita www.hespress.com, Niger | Bourita  Niger | link left out of the query:"
            + " www.hespress.com",
        "\"Bourita https://bit.ly/x\" Niger | \"Bourita \" Niger | link left out of the query:"
            + " bit.ly/…",
        "Bourita pic.twitter.com/46VAWkXGna lemonde.fr/a/b Niger | Bourita   Niger"
            + " | links left out of the query: pic.twitter.com/…, lemonde.fr/…",
        // what is no link, or a query of links alone, is searched as typed
        "Victoire 0/92 | Victoire 0/92 | -",
        "Maroc 1/2 km/h | Maroc 1/2 km/h | -",
        "https://www.lemonde.fr/x.html | https://www.lemonde.fr/x.html | -",
        "https://t.co/x OR www.hespress.com | https://t.co/x OR www.hespress.com | -",
        "-https://t.co/x Bourita | -https://t.co/x Bourita | -",
        "source:https://t.co/x Bourita | source:https://t.co/x Bourita | -",
      })
  void linksAmongWordsAreLeftOutAndSaid(String typed, String searched, String note) {
    QueryLinks.Reading r = QueryLinks.withoutLinks(typed);
    assertEquals(searched, r.query());
    assertEquals(note, r.note());
  }
}

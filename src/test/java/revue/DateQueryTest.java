package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code date:} in the query syntax keeps the articles of a year, month, day or range, as the
 * filter {@code date=} does (user trial: {@code Bourita date:2022} searched the word "date"). The
 * bundled corpus: Bourita is named in one article of 2022-05-10 and three of 2023.
 */
class DateQueryTest {

  @TempDir static Path tmp;
  static Revue revue;

  @BeforeAll
  static void indexBundledCorpus() {
    revue = Revue.open(tmp.resolve("index"));
    revue.index(List.of(Path.of("corpus")));
  }

  @AfterAll
  static void close() {
    revue.close();
  }

  private static List<String> ids(String query) {
    return revue.search(SearchRequest.of(query)).hits().stream().map(Hit::id).sorted().toList();
  }

  private static final String MARRAKECH = "corpus/marrakech-coalition-2022.txt";
  private static final List<String> OF_2023 =
      List.of(
          "samples/sample-ar-maroc-mauritanie-2023.txt",
          "samples/sample-en-albares-rabat-2023.txt",
          "samples/sample-fr-maroc-mauritanie-2023.txt");

  @Test
  void aYearMonthOrRangeKeepsTheArticlesOfThoseDays() {
    assertEquals(4, ids("Bourita").size());
    assertEquals(List.of(MARRAKECH), ids("Bourita date:2022"));
    assertEquals(List.of(MARRAKECH), ids("Bourita date:2022-05-10"));
    assertEquals(List.of(MARRAKECH), ids("Bourita date:2022-05..2022-06"));
    assertEquals(List.of(MARRAKECH), ids("Bourita date:..2022-12"));
    assertEquals(OF_2023, ids("Bourita date:2023"));
    assertEquals(OF_2023, ids("Bourita date:2023-01.."));
    assertEquals(OF_2023, ids("Bourita -date:2022"));
    assertNull(revue.search(SearchRequest.of("Bourita date:2022")).queryNote());
  }

  @Test
  void aDateNoArticleHasIsSaidSoAndABadOneFails() {
    SearchResults none = revue.search(SearchRequest.of("Bourita date:2021"));
    assertEquals(0, none.total());
    assertEquals(
        "no article has date:2021 (articles are dated 2022-05-10 to 2023-04-20)",
        none.filterNote());
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () -> revue.search(SearchRequest.of("Bourita date:2022-13")));
    assertEquals(
        "bad query: bad date 'date:2022-13' (use date:YYYY, date:YYYY-MM, date:YYYY-MM-DD or"
            + " date:FROM..TO)",
        bad.getMessage());
  }

  @Test
  void pastedTextWithADateLabelStaysWords() {
    SearchResults r = revue.search(SearchRequest.of("Date: 10 mai 2022 Bourita"));
    assertEquals(List.of(MARRAKECH), r.hits().stream().map(Hit::id).toList());
    assertEquals(
        "read as words, not query syntax: ':' after \"Date\" (not a field)", r.queryNote());
    // lower case, a word after the colon that is no date: the words, not a filter
    SearchResults words = revue.search(SearchRequest.of("Bourita date:demain"));
    assertEquals(
        "read as plain words (not valid query syntax: '" + "demain' after date: is no date)",
        words.queryNote());
  }
}

package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filter value that no article has is said so in the results, with the closest values that
 * articles have (user trial: `--filter lang=fra` printed 0 articles and nothing else). The bundled
 * corpus: 7 articles, fr/ar/en, collections corpus and samples, dated 2022-05-10 to 2023-04-20.
 */
class FilterNoteTest {

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

  private static SearchResults search(String query, String... filters) {
    SearchRequest request = SearchRequest.of(query);
    for (String f : filters) {
      Filter parsed = Filter.parse(f);
      request = request.withFilter(parsed.dimension(), parsed.value());
    }
    return revue.search(request);
  }

  @Test
  void aValueNoArticleHasIsSaidSoWithTheClosestValuesArticlesHave() {
    SearchResults r = search("Maroc", "lang=fra");
    assertEquals(0, r.total());
    assertEquals("no article has lang=fra (did you mean lang=fr?)", r.filterNote());
    assertEquals(List.of(new Filter("lang", "fr")), r.filterSuggestions());

    r = search("Maroc", "lang=fra", "collection=sampels");
    assertEquals(
        "no article has lang=fra (did you mean lang=fr?);"
            + " no article has collection=sampels (did you mean collection=samples?)",
        r.filterNote());
    assertEquals(
        List.of(new Filter("lang", "fr"), new Filter("collection", "samples")),
        r.filterSuggestions());
    assertEquals(
        "no article has lang=english (did you mean lang=en?)",
        search("", "lang=english").filterNote());
  }

  @Test
  void aLanguageCodeTypedInCapitalsIsTheCodeArticlesHave() {
    SearchResults upper = search("Maroc", "lang=FR");
    assertEquals(search("Maroc", "lang=fr").total(), upper.total());
    assertEquals(2, upper.total());
    assertNull(upper.filterNote());
  }

  @Test
  void aValueNoArticleHasIsSaidSoEvenWhenAnotherValueOfItsDimensionMatches() {
    SearchResults r = search("Maroc", "lang=fr", "lang=fra");
    assertEquals(2, r.total());
    assertEquals("no article has lang=fra (did you mean lang=fr?)", r.filterNote());
  }

  @Test
  void valuesArticlesHaveGetNoNoteEvenWhenTheQueryMatchesNothingUnderThem() {
    SearchResults r = search("Bourita", "lang=fr", "collection=corpus", "minister=Burita");
    assertNull(r.filterNote());
    assertEquals(List.of(), r.filterSuggestions());
    assertNull(search("Kuwait", "collection=corpus").filterNote());
  }

  @Test
  void aCountryOrMinisterRevueKnowsIsNamedRatherThanRespelt() {
    assertEquals("no article has country=FR (France)", search("", "country=FR").filterNote());
    assertEquals("no article has country=France", search("", "country=France").filterNote());
    assertEquals("no article has country=فرنسا (France)", search("", "country=فرنسا").filterNote());
    assertEquals(
        "no article has minister=Lamamra (Ramtane Lamamra)",
        search("", "minister=Lamamra").filterNote());
    SearchResults unknown = search("", "minister=Dupont");
    assertEquals("no article has minister=Dupont", unknown.filterNote());
    assertEquals(List.of(), unknown.filterSuggestions());
  }

  @Test
  void aDateNoArticleHasIsSaidSoWithTheDaysArticlesSpan() {
    assertEquals(
        "no article has date=2019 (articles are dated 2022-05-10 to 2023-04-20)",
        search("Maroc", "date=2019").filterNote());
    assertNull(search("Maroc", "date=2023").filterNote());
  }

  @Test
  void anUnknownCountryIsBadInputThatNamesTheClosestCountriesArticlesHave() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> search("Maroc", "country=Marocco"));
    assertEquals(
        "unknown country 'Marocco' in filter: did you mean country=MA (Morocco)?"
            + " (or use an ISO code such as NE)",
        e.getMessage());
    SearchRequest french =
        new SearchRequest(
            "Maroc", List.of(new Filter("country", "Marocco")), 10, 10, true, Locale.FRENCH);
    assertEquals(
        "unknown country 'Marocco' in filter: did you mean country=MA (Maroc)?"
            + " (or use an ISO code such as NE)",
        assertThrows(InvalidInputException.class, () -> revue.search(french)).getMessage());
    assertEquals(
        "unknown country 'Atlantis' in filter (use an ISO code such as NE)",
        assertThrows(InvalidInputException.class, () -> search("", "country=Atlantis"))
            .getMessage());
  }

  @Test
  void aValueTheQuerysFieldAsksThatNoArticleHasIsSaidSoAsTheQueryWritesIt() {
    // user trial: 'revue search lang:xx' and 'minister:Nobody' printed 0 articles and nothing else
    SearchResults r = search("lang:fra");
    assertEquals(0, r.total());
    assertEquals("no article has lang:fra (did you mean lang:fr?)", r.filterNote());
    assertEquals(List.of(new Filter("lang", "fr")), r.filterSuggestions());
    assertEquals("no article has lang:xx", search("Maroc lang:xx").filterNote());
    assertEquals("no article has minister:Nobody", search("minister:Nobody").filterNote());
    assertEquals(
        "no article has minister:\"Jean Nobody\"", search("minister:\"Jean Nobody\"").filterNote());
    assertEquals("no article has source:reuters", search("source:reuters").filterNote());
    SearchResults collection = search("Bourita collection:sampels");
    assertEquals(
        "no article has collection:sampels (did you mean collection:samples?)",
        collection.filterNote());
    assertEquals(List.of(new Filter("collection", "samples")), collection.filterSuggestions());
    assertEquals("no article has country:FR (France)", search("country:FR").filterNote());
    // beside a filter's note, each as it was written
    assertEquals(
        "no article has collection=sampels (did you mean collection=samples?);"
            + " no article has lang:fra (did you mean lang:fr?)",
        search("Maroc lang:fra", "collection=sampels").filterNote());
  }

  @Test
  void aQueryFieldValueArticlesHaveOrThatTheQueryExcludesGetsNoNote() {
    SearchResults r = search("minister:Bourita lang:fr collection:corpus");
    assertEquals(1, r.total());
    assertNull(r.filterNote());
    SearchResults excluded = search("Maroc -lang:xx NOT (collection:sampels OR source:x)");
    assertEquals(4, excluded.total());
    assertNull(excluded.filterNote());
    assertEquals(List.of(), excluded.filterSuggestions());
  }

  @Test
  void anUnknownCountryInTheQueryIsBadInputThatNamesTheClosestCountriesArticlesHave() {
    assertEquals(
        "bad query: unknown country 'Marocco': did you mean country:MA (Morocco)?"
            + " (or use an ISO code such as NE, or a name)",
        assertThrows(InvalidInputException.class, () -> search("Bourita country:Marocco"))
            .getMessage());
    assertEquals(
        "bad query: unknown country 'Atlantis' (use an ISO code such as NE, or a name)",
        assertThrows(InvalidInputException.class, () -> search("country:Atlantis")).getMessage());
  }

  // date: in the query syntax keeps the articles of a year, month, day or range, as the filter
  // date= does (user trial: "Bourita date:2022" searched the word "date"); Bourita is named in one
  // article of 2022-05-10 and three of 2023

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

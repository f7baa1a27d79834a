package revue.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A query's language: the letter model's, unless its stop words say otherwise. Invented queries.
 */
class QueryLanguageTest {

  @Test
  void aFrenchHeadlineOfLatinRootsIsFrenchByItsFunctionWords() {
    // the letter model reads "Agriculture intensive", "pollutions", "commission", "experts" as
    // English; des, par and la are French stop words and English keeps none of the words
    String headline =
        "Agriculture intensive : des pollutions constatées par la commission des experts";
    assertEquals("en", LanguageIdentifier.identify(headline));
    assertEquals("fr", QueryLanguage.of(headline));
  }

  @Test
  void initialsAreNotFrenchStopWords() {
    // n, y, u, s and m are in French's stop list (elided n', s', m'); as initials they are no
    // evidence of French
    assertEquals("en", QueryLanguage.of("N.Y. BANKS SAY U.S. M-1 RESERVES ROSE 3 BILLION DLRS"));
  }

  @Test
  void aQueryWithItsOwnLanguagesStopWordsKeepsItsLanguage() {
    assertEquals(
        "en", QueryLanguage.of("The minister said the talks in Rabat were useful for both sides"));
    assertEquals("ar", QueryLanguage.of("وزير الخارجية يستقبل نظيره في الرباط"));
  }
}

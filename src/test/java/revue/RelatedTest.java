package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related articles on the bundled corpus plus two sample articles (src/test/resources/related)
 * about the same meeting as the bundled French one, the coalition against Daech in Marrakech in May
 * 2022: one in Arabic, which shares no word with it, and one in English.
 */
class RelatedTest {

  static final String FR = "corpus/marrakech-coalition-2022.txt";
  static final String AR = "related/sample-ar-marrakech-coalition-2022.txt";
  static final String EN = "related/sample-en-marrakech-coalition-2022.txt";

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexCorpus() {
    index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(Path.of("corpus"), Path.of("src/test/resources/related")));
    }
  }

  static List<String> ids(RelatedResults results) {
    return results.related().stream().map(r -> r.hit().id()).toList();
  }

  static Map<String, Related.Why> whys(RelatedResults results) {
    Map<String, Related.Why> whys = new TreeMap<>();
    results.related().forEach(r -> whys.put(r.hit().id(), r.why()));
    return whys;
  }

  @Test
  void theThreeLanguagesCoverageOfOneMeetingRelateToEachOther() {
    try (Revue revue = Revue.open(index)) {
      assertEquals(List.of(AR, EN), ids(revue.related(FR, 2)));
      assertEquals(List.of(FR, EN), ids(revue.related(AR, 2)));
      assertEquals(List.of(AR, FR), ids(revue.related(EN, 2)));
    }
  }

  @Test
  void whyNamesTheSharedEntitiesTermsAndDays() {
    try (Revue revue = Revue.open(index)) {
      Map<String, Related.Why> fromFrench = whys(revue.related(FR, 2));
      // the French article quotes an Arabic tweet: its only words the Arabic article holds
      assertEquals(
          new Related.Why(
              List.of("إفريقيا", "داعش"),
              List.of(
                  "minister:Nasser Bourita",
                  "minister:José Manuel Albares",
                  "minister:Hassoumi Massaoudou",
                  "country:MA",
                  "country:ES",
                  "country:NE"),
              1),
          fromFrench.get(AR));
      // the English article shares no word with the French one: only its ministers and date
      assertEquals(List.of(), fromFrench.get(EN).sharedTerms());
      assertEquals(1, fromFrench.get(EN).daysApart());
    }
  }

  @Test
  void limitAndUnknownId() {
    try (Revue revue = Revue.open(index)) {
      assertEquals(List.of(AR), ids(revue.related(FR, 1)));
      assertEquals(List.of(), ids(revue.related(FR, 0)));
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> revue.related("corpus/nope.txt", 5));
      assertEquals("no article with id 'corpus/nope.txt'", e.getMessage());
    }
  }
}

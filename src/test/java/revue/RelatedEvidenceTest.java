package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.search.RelatedArticles;

/**
 * What counts as related coverage, on a small real index of invented English articles of one day: a
 * match report, another report of the same match, an article about the same two countries' wine,
 * and a third report of the match printed twice (one story, two copies).
 */
class RelatedEvidenceTest {

  static final String MATCH = "day/match";
  static final String SAME_MATCH = "day/same-match";
  static final String WINE = "day/wine";
  static final String FANS = "day/fans";
  static final String FANS_COPY = "day/fans-copy";

  @TempDir static Path tmp;
  static Path index;

  static String line(String id, String title, String body) {
    return "{\"id\": \""
        + id.substring(id.indexOf('/') + 1)
        + "\", \"date\": \"2024-03-10\", \"title\": \""
        + title
        + "\", \"body\": \""
        + body
        + "\"}\n";
  }

  @BeforeAll
  static void indexDay() throws IOException {
    String fans =
        "Thousands of Spain supporters celebrated in the streets of Madrid until late at night"
            + " after the Nations League semi-final win over France in Rotterdam, singing as"
            + " Morata's winning goal was replayed on giant screens in the main squares. Police"
            + " said the celebrations had been peaceful and that only two people were arrested.";
    Path day = tmp.resolve("day.jsonl");
    Files.writeString(
        day,
        line(
                MATCH,
                "Spain beat France to reach the Nations League final",
                "Spain beat France 2-1 in the Nations League semi-final in Rotterdam on Sunday."
                    + " Morata scored the winner after Mbappe had equalised for France. Spain"
                    + " will face Croatia in the final.")
            + line(
                SAME_MATCH,
                "Mbappe says France deserved better",
                "Mbappe said France deserved better after the Nations League semi-final defeat"
                    + " to Spain in Rotterdam. Morata's late goal sent Spain to the final"
                    + " against Croatia.")
            + line(
                WINE,
                "Drought cuts wine exports",
                "French and Spanish wine exports fell sharply last year as drought hit"
                    + " vineyards, growers' associations reported. Prices of table wine rose.")
            + line(FANS, "Spain fans celebrate in Madrid", fans)
            + line(FANS_COPY, "Spain fans celebrate in Madrid", fans));
    index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(day));
    }
  }

  @Test
  void twoCountriesWithoutASharedWordAreNotTheSameStory() {
    try (Revue revue = Revue.open(index)) {
      RelatedResults related = revue.related(MATCH, 10);
      List<String> ids = related.related().stream().map(r -> r.hit().id()).toList();
      // the wine article names France and Spain the same day (French, Spanish), and shares none
      // of the match's telling words: countries say where, not what
      assertTrue(!ids.contains(WINE), ids.toString());
      assertEquals(SAME_MATCH, ids.get(0));
      // and it is in the window with both: what the entity evidence looks at
      Related.Why wine =
          RelatedArticles.why(
              List.of(),
              List.of(),
              List.of("FR", "ES"),
              List.of(),
              List.of("FR", "ES"),
              "2024-03-10",
              "2024-03-10");
      assertTrue(RelatedArticles.sharesEvent(wine));
    }
  }

  @Test
  void aStoryPrintedTwiceIsListedOnce() {
    try (Revue revue = Revue.open(index)) {
      List<String> ids =
          revue.related(MATCH, 10).related().stream().map(r -> r.hit().id()).toList();
      assertEquals(2, ids.size(), ids.toString());
      assertEquals(SAME_MATCH, ids.get(0));
      assertTrue(List.of(FANS, FANS_COPY).contains(ids.get(1)), ids.toString());
      assertEquals(
          List.of(ids.get(1).equals(FANS) ? FANS_COPY : FANS), copiesOf(revue, ids.get(1)));
    }
  }

  static List<String> copiesOf(Revue revue, String id) {
    return revue.related(id, 0).copies().stream().map(Hit::id).toList();
  }

  @Test
  void countriesAddToSharedWordsInProportion() {
    // a shared minister counts in full; countries alone relate nothing, and count in full once the
    // candidate holds a fifth of the article's telling weight
    assertEquals(0.5f, RelatedArticles.score(0f, 0.5f, true));
    assertEquals(0f, RelatedArticles.score(0f, 0.5f, false));
    assertEquals(0.1f + 0.25f, RelatedArticles.score(0.1f, 0.5f, false), 1e-6);
    assertEquals(0.4f + 0.5f, RelatedArticles.score(0.4f, 0.5f, false), 1e-6);
  }
}

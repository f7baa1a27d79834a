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
  static final String TALKS = "week/talks";
  static final String TALKS_FR = "week/talks-fr";
  static final String ACADEMY = "week/academy";
  static final String BRIEF = "week/brief";
  static final String FOLLOW_UP = "week/follow-up";

  @TempDir static Path tmp;
  static Path index;

  static String line(String id, String title, String body) {
    return line(id, "2024-03-10", title, body);
  }

  static String line(String id, String date, String title, String body) {
    return JsonLine.article(id.substring(id.indexOf('/') + 1), date, title, body) + "\n";
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
    // a week later: talks reported in English and in French, the same minister at another event
    // the same day, a follow-up, and a brief whose body is one line and whose subject is in its
    // title
    Path week = tmp.resolve("week.jsonl");
    Files.writeString(
        week,
        line(
                TALKS,
                "2024-03-17",
                "Morocco and Niger agree on Sahel security cooperation",
                "Moroccan Foreign Minister Nasser Bourita received Niger's foreign minister in"
                    + " Rabat on Sunday. The two ministers agreed on security cooperation in the"
                    + " Sahel, a joint border commission and new trade routes through the"
                    + " Atlantic ports.")
            + line(
                TALKS_FR,
                "2024-03-17",
                "Le Maroc et le Niger s'accordent sur la sécurité au Sahel",
                "Le ministre des Affaires étrangères Nasser Bourita a reçu dimanche à Rabat son"
                    + " homologue nigérien. Les deux ministres se sont entendus sur une"
                    + " coopération sécuritaire au Sahel et une commission frontalière.")
            + line(
                ACADEMY,
                "2024-03-17",
                "A diplomatic academy opens its doors",
                "Nasser Bourita opened a diplomatic academy for young graduates on Sunday. The"
                    + " academy will teach negotiation, languages, protocol and international"
                    + " law to two hundred students a year, with teachers from universities"
                    + " and embassies, in a new building near the old medina.")
            + line(
                FOLLOW_UP,
                "2024-03-18",
                "Niger minister ends Rabat visit",
                "Niger's foreign minister left Rabat on Monday after talks on security"
                    + " cooperation in the Sahel and a border commission, the ministry said.")
            + line(
                BRIEF,
                "2024-03-18",
                "Niger border commission meets on Sahel security cooperation",
                "In brief."));
    index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(day, week));
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
      List<String> ids = relatedIds(revue, MATCH);
      assertEquals(2, ids.size(), ids.toString());
      assertEquals(SAME_MATCH, ids.get(0));
      assertTrue(List.of(FANS, FANS_COPY).contains(ids.get(1)), ids.toString());
      assertEquals(
          List.of(ids.get(1).equals(FANS) ? FANS_COPY : FANS), copiesOf(revue, ids.get(1)));
    }
  }

  static List<String> relatedIds(Revue revue, String id) {
    return revue.related(id, 10).related().stream().map(r -> r.hit().id()).toList();
  }

  static List<String> copiesOf(Revue revue, String id) {
    return revue.related(id, 0).copies().stream().map(Hit::id).toList();
  }

  @Test
  void aSharedMinisterRelatesAcrossLanguagesAndWithinOneOnlyWithWords() {
    try (Revue revue = Revue.open(index)) {
      List<String> ids = relatedIds(revue, TALKS);
      // the French report shares no word and the minister: the same event; the academy shares the
      // minister and the day, and no more than his name in words: another event (the brief's
      // line holds none of the talks' words)
      assertEquals(List.of(TALKS_FR, FOLLOW_UP), ids);
    }
  }

  @Test
  void aBriefWhoseBodyIsALineIsRelatedByItsTitle() {
    try (Revue revue = Revue.open(index)) {
      assertEquals(List.of(FOLLOW_UP, TALKS), relatedIds(revue, BRIEF));
    }
  }

  @Test
  void aBriefIsMeasuredAgainstItsTitleAndItsLine() {
    try (Revue revue = Revue.open(index)) {
      List<Related> related = revue.related(BRIEF, 10).related();
      // the follow-up holds six of the seven words of the brief's title, not "meets": less than
      // all of the brief's telling weight, though the brief's indexed body ("In brief.") holds
      // none of it (measured against that body, every candidate scored 1 or more)
      assertEquals(FOLLOW_UP, related.get(0).hit().id());
      assertEquals(
          List.of("border", "commission", "cooperation", "niger", "sahel", "security"),
          related.get(0).why().sharedTerms());
      float followUp = related.get(0).hit().score();
      assertTrue(followUp > RelatedArticles.MIN_SCORE && followUp < 1f, "score " + followUp);
    }
  }

  @Test
  void entitiesAddToSharedWordsAsTheLanguagesAllow() {
    // a minister shared across languages counts in full
    assertEquals(0.5f, RelatedArticles.score(0f, 0.5f, true, true));
    // within one language, from a fifth of the article's telling weight in words on
    assertEquals(0.1f, RelatedArticles.score(0.1f, 0.5f, true, false));
    assertEquals(0.2f + 0.5f, RelatedArticles.score(0.2f, 0.5f, true, false), 1e-6);
    // countries alone relate nothing, and count in proportion to the words up to a fifth
    assertEquals(0f, RelatedArticles.score(0f, 0.5f, false, true));
    assertEquals(0.1f + 0.25f, RelatedArticles.score(0.1f, 0.5f, false, false), 1e-6);
    assertEquals(0.4f + 0.5f, RelatedArticles.score(0.4f, 0.5f, false, false), 1e-6);
  }
}

package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The same kind of news is not the same story: on a real index of invented wire items, a dozen
 * mining companies' exploration pacts share the words of their subject, and only the items about
 * one company share its name.
 */
class RelatedSpecificWordsTest {

  static final String[] COMPANIES = {
    "Borealis",
    "Faraway",
    "Amir",
    "Galveston",
    "Gunnar",
    "Asamera",
    "Northgate",
    "Cominco",
    "Lacana",
    "Placer",
    "Teck",
    "Echo"
  };
  static final String[] PLACES = {
    "Yukon",
    "Nevada",
    "Ontario",
    "Quebec",
    "Manitoba",
    "Alaska",
    "Idaho",
    "Montana",
    "Oregon",
    "Utah",
    "Arizona",
    "Colorado"
  };

  static final String[] CHAIRMEN = {
    "Hollis", "Kerwin", "Dalby", "Mercer", "Pruitt", "Strand", "Vickers", "Whitlow", "Ambler",
    "Crowell", "Fenwick", "Garnett"
  };
  static final String[] CITIES = {
    "Toronto",
    "Vancouver",
    "Denver",
    "Reno",
    "Calgary",
    "Winnipeg",
    "Boise",
    "Helena",
    "Portland",
    "Tucson",
    "Spokane",
    "Halifax"
  };
  static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexWire() throws IOException {
    StringBuilder lines = new StringBuilder();
    // the rest of the wire: words of a subject are those of a dozen articles among 150 and more
    for (int i = 0; i < 150; i++) {
      lines.append(
          RelatedEvidenceTest.line(
              "wire/weather-" + i,
              "1987-02-01",
              "WEATHER REPORT " + i,
              "The weather office said rain fell on district " + i + " for " + i + " hours."));
    }
    for (int i = 0; i < COMPANIES.length; i++) {
      lines.append(
          RelatedEvidenceTest.line(
              "wire/" + COMPANIES[i].toLowerCase(),
              "1987-03-" + (10 + i),
              COMPANIES[i].toUpperCase() + " IN GOLD EXPLORATION PACT",
              COMPANIES[i]
                  + " Mines Ltd said it agreed a gold exploration program on its "
                  + PLACES[i]
                  + " property. "
                  + COMPANIES[i]
                  + " chairman "
                  + CHAIRMEN[i]
                  + " told reporters in "
                  + CITIES[i]
                  + " that drilling would start in "
                  + MONTHS[i]
                  + "."));
    }
    lines.append(
        RelatedEvidenceTest.line(
            "wire/borealis-results",
            "1987-03-20",
            "BOREALIS REPORTS YUKON DRILL RESULTS",
            "Borealis Mines Ltd said drilling on its Yukon property found gold in four of six"
                + " holes, the first results of the exploration program agreed this month."));
    Path wire = tmp.resolve("wire.jsonl");
    Files.writeString(wire, lines.toString());
    index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(wire));
    }
  }

  @Test
  void anArticleSharingOnlyTheWordsOfItsSubjectIsNotListedBelowHalf() {
    try (Revue revue = Revue.open(index)) {
      List<Related> related = revue.related("wire/borealis", 10).related();
      // the other companies' pacts hold about 0.4 of Borealis's telling weight, all of it in words
      // of the subject (gold, exploration, chairman, drilling), in 12 of the 163 articles; the
      // drill results share its name and its property
      assertEquals(
          List.of("wire/borealis-results"), related.stream().map(r -> r.hit().id()).toList());
      assertTrue(related.get(0).why().sharedTerms().containsAll(List.of("borealis", "yukon")));
    }
  }

  @Test
  void aSpecificWordOrAMinisterListsFromTheLowerThreshold() {
    assertFalse(RelatedArticles.listed(0.4f, false, false));
    assertTrue(RelatedArticles.listed(0.4f, false, true));
    assertTrue(RelatedArticles.listed(0.4f, true, false));
    assertTrue(RelatedArticles.listed(0.5f, false, false));
    assertFalse(RelatedArticles.listed(0.3f, true, true));
    // one article in 500 of the language, not below ten
    assertEquals(144, RelatedArticles.rareDocFreq(72_333));
    assertEquals(10, RelatedArticles.rareDocFreq(163));
  }
}

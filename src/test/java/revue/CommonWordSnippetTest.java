package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pasted paragraph's snippets do not mark the words that most articles of its language hold ("a",
 * which French analysis keeps since it is also a letter and a noun): marked, they bold every other
 * line and pick the passage. Invented articles, enough of them for a word's share to say something.
 */
class CommonWordSnippetTest {

  @TempDir Path tmp;

  @Test
  void aLongQuerysSnippetMarksItsRareWordsNotTheLanguagesCommonOnes() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      lines.append(
          "{\"id\": \"c%d\", \"title\": \"Conseil municipal numéro %d\", \"body\": \"Le conseil a voté le budget numéro %d de la commune, et le maire a remercié les élus présents pour leur travail.\"}\n"
              .formatted(i, i, i));
    }
    lines.append(
        "{\"id\": \"stade\", \"title\": \"Le stade rénové\", \"body\": \"La rénovation du stade"
            + " municipal a commencé lundi. Les tribunes, la pelouse synthétique et les vestiaires"
            + " seront refaits avant la rentrée, a indiqué l'architecte chargé du chantier.\"}\n");
    Files.writeString(input.resolve("ville.jsonl"), lines);
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(input));
      SearchResults results =
          revue.search(
              SearchRequest.of(
                      "La rénovation du stade a commencé et les tribunes, la pelouse synthétique et"
                          + " les vestiaires seront refaits par l'architecte du chantier")
                  .withEntityExpansion(false));
      assertEquals("stade", results.hits().get(0).id().substring("ville/".length()));
      assertEquals(
          "La <b>rénovation</b> du <b>stade</b> municipal a <b>commencé</b> lundi. Les"
              + " <b>tribunes</b>, la <b>pelouse</b> <b>synthétique</b> et les <b>vestiaires</b>"
              + " seront <b>refaits</b> avant la rentrée, a indiqué <b>l&#x27;architecte</b>"
              + " chargé du <b>chantier</b>.",
          results.hits().get(0).snippet());
    }
  }
}

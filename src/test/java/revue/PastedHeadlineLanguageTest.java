package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pasted French headline of more than eight words that the letter model takes for English is
 * still searched as French: read as an English long query, its French stop words counted as words
 * and only the English fields searched, it found nothing of its article. Invented articles.
 */
class PastedHeadlineLanguageTest {

  @TempDir Path tmp;

  @Test
  void aLongFrenchHeadlineReadAsEnglishByLettersFindsItsArticle() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        input.resolve("wire.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"agri\", \"title\": \"Agriculture intensive : des pollutions constatées par"
                + " la commission des experts\", \"body\": \"La commission des experts a rendu son"
                + " rapport sur l'agriculture intensive. Elle a constaté des pollutions des nappes"
                + " phréatiques dans plusieurs départements et demande des contrôles.\"}",
            "{\"id\": \"farm\", \"title\": \"Experts report on intensive agriculture\", \"body\":"
                + " \"A commission of experts said intensive agriculture causes pollution of"
                + " rivers, and asked for more controls on farms.\"}",
            "{\"id\": \"bank\", \"title\": \"Central bank commission meets experts\", \"body\":"
                + " \"The commission met experts des banques and discussed la situation par"
                + " country.\"}",
            // a second French title: in a field of one document every term weighs the same (BM25's
            // idf ln(1 + 0.5 / 1.5)), and the ranking would say nothing
            "{\"id\": \"port\", \"title\": \"Le port de Tanger Med bat un record de trafic\","
                + " \"body\": \"Le port a traité plus de conteneurs que l'an dernier, selon son"
                + " directeur.\"}",
            ""));
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(input));
      SearchResults results =
          revue.search(
              SearchRequest.of(
                      "Agriculture intensive : des pollutions constatées par la commission des"
                          + " experts")
                  .withEntityExpansion(false));
      assertEquals("wire/agri", results.hits().get(0).id());
    }
  }
}

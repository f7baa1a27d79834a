package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedCliTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexCorpus() {
    index = tmp.resolve("index");
    CliRunner r =
        CliRunner.run(
            "index",
            "corpus",
            "src/test/resources/related",
            "--index",
            index.toString(),
            "--quiet");
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  void jsonListsHitsOfTheContractEachWithWhy() throws Exception {
    CliRunner r =
        CliRunner.run(
            "related",
            "corpus/marrakech-coalition-2022.txt",
            "--limit",
            "2",
            "--json",
            "--index",
            index.toString());
    assertEquals(0, r.exitCode(), r.err() + r.out());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.get("hits").size());
    JsonNode arabic = json.at("/hits/0");
    assertEquals("related/sample-ar-marrakech-coalition-2022.txt", arabic.get("id").asText());
    assertEquals("ar", arabic.get("lang").asText());
    assertEquals("2022-05-11", arabic.get("date").asText());
    assertEquals(1, arabic.at("/why/daysApart").asInt());
    assertEquals("minister:Nasser Bourita", arabic.at("/why/sharedEntities/0").asText());
    assertEquals("إفريقيا", arabic.at("/why/sharedTerms/0").asText());
    assertTrue(
        arabic.has("snippet") && arabic.has("score") && arabic.has("matchedEntities"), r.out());
  }

  @Test
  void limitZeroIsRefusedInOneLineAsRelatedHasNoCountToGive() {
    for (String limit : List.of("0", "-1")) {
      CliRunner r =
          CliRunner.run(
              "related",
              "corpus/marrakech-coalition-2022.txt",
              "--limit",
              limit,
              "--index",
              index.toString());
      assertEquals(2, r.exitCode(), r.err() + r.out());
      assertEquals("", r.out());
      assertEquals(
          "revue: --limit must be 1 or more, got "
              + limit
              + " (related lists articles and has no count to give; search --limit 0 counts"
              + " matches)"
              + System.lineSeparator(),
          r.err());
    }
  }

  @Test
  void anArticleWithNoRelatedOneSaysWhatWasLookedFor() throws IOException {
    Path lone = index.resolveSibling("lone");
    Path in = index.resolveSibling("lone-in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("notes.jsonl"),
        "{\"id\": \"n1\", \"date\": \"2024-01-02\", \"title\": \"Harbour seals counted\","
            + " \"body\": \"Volunteers counted harbour seals on the estuary sandbanks.\"}\n"
            + "{\"id\": \"n2\", \"date\": \"2024-05-06\", \"title\": \"Bakery reopens\","
            + " \"body\": \"The village bakery reopened after the flood repairs.\"}\n");
    assertEquals(
        0, CliRunner.run("index", in.toString(), "--index", lone.toString(), "--quiet").exitCode());
    CliRunner r = CliRunner.run("related", "notes/n1", "--index", lone.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        List.of(
            "0 articles related to notes/n1",
            "  (no other story shares enough of its telling words, nor names its ministers within"
                + " days of it in another language; see README, related)"),
        r.out().lines().toList());
  }

  @Test
  void textNamesEachHitByIdWithWhy() {
    CliRunner r =
        CliRunner.run(
            "related",
            "related/sample-en-marrakech-coalition-2022.txt",
            "--limit",
            "1",
            "--index",
            index.toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("1 article related to related/sample-en-marrakech-coalition-2022.txt", lines[0]);
    assertTrue(
        lines[3].startsWith(
            "    2022-05-11 · ar · related/sample-ar-marrakech-coalition-2022.txt · score "),
        r.out());
    assertTrue(lines[4].startsWith("    why: same day · minister:Nasser Bourita, "), r.out());
  }

  @Test
  void unknownIdIsOneLineAndExitTwo() {
    CliRunner r = CliRunner.run("related", "corpus/nope.txt", "--index", index.toString());
    assertEquals(2, r.exitCode());
    assertEquals("revue: no article with id 'corpus/nope.txt'\n", r.err());
    assertEquals("", r.out());
  }

  /**
   * The help says what README's related row says: ministers across languages in full, in the same
   * language beside shared words, countries only in proportion to them; not "the same ministers or
   * countries".
   */
  @Test
  void relatedHelpSaysWhatCountsAsRelated() {
    CliRunner r = CliRunner.run("related", "--help");
    assertEquals(0, r.exitCode(), r.err());
    String help = String.join(" ", r.out().lines().map(String::strip).toList());
    for (String sentence :
        List.of(
            "from the articles within "
                + revue.search.RelatedArticles.WINDOW_DAYS
                + " days of it that name the same ministers in another language.",
            "In its own language a shared minister counts beside shared words, and shared countries"
                + " only in proportion to them.",
            "One article per story, each with why (shared terms, shared entities, days apart); the"
                + " article's own copies are listed apart.")) {
      assertTrue(help.contains(sentence), sentence + " missing from:\n" + r.out());
    }
    assertFalse(help.contains("ministers or countries"), r.out());
  }
}

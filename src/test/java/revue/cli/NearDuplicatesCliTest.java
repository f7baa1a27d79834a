package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copies of src/test/resources/wire/wire.jsonl (see revue.NearDuplicatesTest) through the CLI.
 */
class NearDuplicatesCliTest {

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexWire() {
    index = tmp.resolve("index");
    CliRunner r =
        CliRunner.run("index", "src/test/resources/dedup", "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
  }

  static List<String> lines(String out, String prefix) {
    List<String> found = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith(prefix)) {
        found.add(line);
      }
    }
    return found;
  }

  /** The numbered title lines of the text output. */
  static List<String> titles(String out) {
    List<String> found = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.matches(" ?\\d+\\. .*")) {
        found.add(line);
      }
    }
    return found;
  }

  @Test
  void searchShowsOneHitPerStoryWithItsSimilarCount() {
    CliRunner r = CliRunner.run("search", "Tangier terminal", "--index", index.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("4 articles match Tangier terminal", r.out().split("\n")[0]);
    assertEquals(
        List.of(
            " 1. Tangier terminal draws West African lines",
            " 2. Tangier: container traffic grows"),
        titles(r.out()));
    assertEquals(List.of("    2 similar: wire/2, wire/1"), lines(r.out(), "    2 similar"));
    assertEquals(
        List.of("source     weekly (2) · agency (1) · daily (1)"), lines(r.out(), "source"));
  }

  @Test
  void noCollapseShowsEveryArticle() {
    CliRunner r =
        CliRunner.run("search", "Tangier terminal", "--no-collapse", "--index", index.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(4, titles(r.out()).size(), r.out());
    assertEquals(List.of(), lines(r.out(), "    2 similar"));
  }

  @Test
  void jsonGivesEachHitItsSimilarCountAndIds() throws Exception {
    CliRunner r =
        CliRunner.run("search", "Tangier terminal", "--json", "--index", index.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(4, json.get("total").asInt());
    assertEquals(2, json.get("hits").size());
    assertEquals(0, json.at("/hits/0/similar").asInt());
    assertEquals(0, json.at("/hits/0/similarIds").size());
    assertEquals("wire/3", json.at("/hits/1/id").asText());
    assertEquals(2, json.at("/hits/1/similar").asInt());
    assertEquals("[\"wire/2\",\"wire/1\"]", json.at("/hits/1/similarIds").toString());
  }

  @Test
  void relatedListsCopiesApart() throws Exception {
    CliRunner r = CliRunner.run("related", "wire/1", "--json", "--index", index.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> related = new ArrayList<>();
    json.get("hits").forEach(h -> related.add(h.get("id").asText()));
    assertEquals(
        List.of(),
        related.stream().filter(id -> id.equals("wire/2") || id.equals("wire/3")).toList());
    assertEquals(2, json.get("copies").size());
    assertEquals("wire/2", json.at("/copies/0/id").asText());
    assertEquals("wire/3", json.at("/copies/1/id").asText());

    CliRunner text = CliRunner.run("related", "wire/1", "--index", index.toString());
    assertEquals(0, text.exitCode(), text.err());
    assertEquals(
        List.of(
            "2 copies of the same story (not counted as related):",
            "    wire/2 · 2023-07-03 · Container traffic rises in Tangier",
            "    wire/3 · 2023-07-04 · Tangier: container traffic grows"),
        text.out().lines().dropWhile(l -> !l.startsWith("2 copies")).toList());
  }
}

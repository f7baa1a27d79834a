package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerOptionTest {

  @TempDir Path tmp;

  @Test
  void userGazetteerAddsAMinisterToIndexAndSearch() throws Exception {
    Path gazetteer = tmp.resolve("mine.tsv");
    Files.writeString(
        gazetteer, "# my ministers\nLéa Fontaine\tFR\tforeign\t2030\t\tFontaine|ليا فونتين\n");
    Path articles = Files.createDirectories(tmp.resolve("news"));
    Files.writeString(
        articles.resolve("a.txt"),
        "Paris, 2 mai 2030\nVisite à Rabat\n\nMme Fontaine a rencontré ses homologues à Rabat.\n");
    Path index = tmp.resolve("index");
    CliRunner indexed =
        CliRunner.run(
            "index",
            articles.toString(),
            "--index",
            index.toString(),
            "--gazetteer",
            gazetteer.toString(),
            "--quiet");
    assertEquals(0, indexed.exitCode(), indexed.err());
    CliRunner search =
        CliRunner.run(
            "search",
            "فونتين",
            "--index",
            index.toString(),
            "--gazetteer",
            gazetteer.toString(),
            "--json");
    assertEquals(0, search.exitCode(), search.err());
    JsonNode result = new ObjectMapper().readTree(search.out());
    assertEquals(1, result.get("total").asLong());
    assertEquals("Léa Fontaine", result.at("/hits/0/ministers/0").asText());
    assertEquals("Léa Fontaine", result.at("/facets/minister/values/0/value").asText());
  }

  @Test
  void malformedGazetteerNamesFileAndLine() throws Exception {
    Path gazetteer = tmp.resolve("bad.tsv");
    Files.writeString(gazetteer, "# header\nLéa Fontaine\tFrance\tforeign\t2030\t\t\n");
    CliRunner r =
        CliRunner.run(
            "analyze", "corpus/marrakech-coalition-2022.txt", "--gazetteer", gazetteer.toString());
    assertEquals(2, r.exitCode());
    assertTrue(
        r.err().startsWith("revue: " + gazetteer + ":2: country must be an ISO 3166 alpha-2 code"),
        r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }
}

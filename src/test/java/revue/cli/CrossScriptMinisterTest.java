package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.CrossScriptArticles;

/**
 * A minister no gazetteer knows, discovered in an Arabic and in a French article of one index
 * (issue 20, "One identity across scripts"): one facet value with the Latin spelling, and a search
 * by the Latin name finds the Arabic article.
 */
class CrossScriptMinisterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path index() throws IOException {
    Path input = dir.resolve("in");
    CrossScriptArticles.write(input);
    Path index = dir.resolve("index");
    CliRunner r = CliRunner.run("index", input.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    return index;
  }

  private static JsonNode search(Path index, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    all.addAll(List.of(args));
    CliRunner r = CliRunner.run(all.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return JSON.readTree(r.out());
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static List<String> ministerFacet(JsonNode result) {
    List<String> values = new ArrayList<>();
    result
        .get("facets")
        .get("minister")
        .get("values")
        .forEach(v -> values.add(v.get("value").asText() + " " + v.get("count").asInt()));
    return values;
  }

  @Test
  void oneFacetValueWithTheLatinSpellingAndALatinSearchFindsTheArabicArticle() throws IOException {
    Path index = index();

    JsonNode both = search(index, "Giovanni Tria");
    assertEquals(List.of("presse-fr/f1", "wire-ar/a1"), ids(both).stream().sorted().toList());
    assertEquals(List.of("Giovanni Tria 2"), ministerFacet(both));

    JsonNode arabic = search(index, "Giovanni Tria", "--filter", "lang=ar");
    assertEquals(List.of("wire-ar/a1"), ids(arabic));
    assertEquals("Giovanni Tria", arabic.get("hits").get(0).get("ministers").get(0).asText());

    // the facet value drills down to the articles of either spelling
    JsonNode drilled = search(index, "اليورو", "--filter", "minister=Giovanni Tria");
    assertEquals(List.of("wire-ar/a1"), ids(drilled));
    assertEquals(List.of("Giovanni Tria 1"), ministerFacet(drilled));
  }

  @Test
  void anArticleTaggingOnePersonUnderTwoSpellingsCountsOnceInTheFacet() throws IOException {
    // one article, two tags of one identity (see CrossScriptArticles)
    Path input = dir.resolve("in");
    CrossScriptArticles.writeDoublyTagged(input, "wire-ar.jsonl");
    Path index = dir.resolve("index");
    CliRunner r = CliRunner.run("index", input.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());

    JsonNode all = search(index, "");
    assertEquals(2, all.get("total").asInt());
    assertEquals(List.of("Édouard Philippe 2"), ministerFacet(all));
    assertEquals(0, all.get("facets").get("minister").get("otherCount").asInt());
    JsonNode drilled = search(index, "السجون", "--filter", "minister=Édouard Philippe");
    assertEquals(2, drilled.get("total").asInt());
    assertEquals(List.of("Édouard Philippe 2"), ministerFacet(drilled));
  }

  @Test
  void theLatinFamilyNameAloneFindsTheArabicArticles() throws IOException {
    Path index = index();
    Files.writeString(
        dir.resolve("in").resolve("extra-ar.jsonl"),
        """
        {"id": "a2", "date": "2018-07-02", "title": "ألمانيا تشدد قواعد اللجوء", "body": "برلين \
        (رويترز) - قال وزير الداخلية الألماني، هورست زيهوفر، يوم الاثنين إن الحكومة ستقيم مراكز \
        عبور على الحدود مع النمسا لإعادة طالبي اللجوء."}
        """);
    CliRunner r =
        CliRunner.run(
            "index", dir.resolve("in").toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    // as "Bourita" finds بوريطة: the surname of a minister discovered in Arabic text
    JsonNode arabic = search(index, "Seehofer", "--filter", "lang=ar");
    assertEquals(List.of("extra-ar/a2"), ids(arabic));
    assertEquals(List.of("minister:هورست زيهوفر"), matched(arabic.get("hits").get(0)));
    // a rare name is no typo: not respelled as the French word one letter away
    Files.writeString(
        dir.resolve("in").resolve("presse-fr.jsonl"),
        Files.readString(dir.resolve("in").resolve("presse-fr.jsonl"))
            + "{\"id\": \"f9\", \"date\": \"2019-03-01\", \"title\": \"Concours agricole\","
            + " \"body\": \"Le lapin de Seehofen a gagné le concours du village.\"}\n");
    r =
        CliRunner.run(
            "index", dir.resolve("in").toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode none = search(index, "Seehofer lapin");
    assertEquals(List.of(), ids(none));
    assertEquals(0, none.get("suggestions").size(), none.toString());
    assertEquals(
        "Seehofen lapin", search(index, "Seehofem lapin").get("suggestions").get(0).asText());
    // not in lower case (a word), nor a name of two consonants (too many Arabic words share it)
    assertEquals(List.of(), ids(search(index, "seehofer", "--filter", "lang=ar")));
    assertEquals(List.of(), ids(search(index, "Tria", "--filter", "lang=ar")));
  }

  private static List<String> matched(JsonNode hit) {
    List<String> values = new ArrayList<>();
    hit.path("matchedEntities").forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void withoutTheSameGivenNameItIsAnotherPerson() throws IOException {
    Path index = index();
    // "Luigi Tria" is nobody in this index: neither spelling's given name agrees
    JsonNode result = search(index, "Luigi Tria", "--filter", "lang=ar");
    assertEquals(List.of(), ids(result));
  }

  @Test
  void anIndexWithoutItsIdentitiesFileGroupsAsWell() throws IOException {
    Path index = index();
    // an index written before writers kept the identities beside each commit
    List<Path> kept;
    try (var files = Files.walk(index)) {
      kept =
          files.filter(f -> f.getFileName().toString().startsWith("minister-identities-")).toList();
    }
    assertEquals(1, kept.size(), kept.toString());
    Files.delete(kept.get(0));

    JsonNode both = search(index, "Giovanni Tria");
    assertEquals(List.of("presse-fr/f1", "wire-ar/a1"), ids(both).stream().sorted().toList());
    assertEquals(List.of("Giovanni Tria 2"), ministerFacet(both));
  }
}

package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevueCliTest {

  private static final String SEED = "corpus/marrakech-coalition-2022.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexBundledCorpus() {
    index = CliRunner.indexBundledCorpus(tmp);
  }

  private static JsonNode searchJson(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    all.addAll(List.of(args));
    CliRunner r = CliRunner.run(all.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void searchRanksSeedArticleFirstForBouritaNiger() throws Exception {
    JsonNode result = searchJson("Bourita Niger");
    assertEquals(SEED, result.at("/hits/0/id").asText());
    assertEquals("corpus", result.at("/hits/0/collection").asText());
    assertEquals("marrakech-coalition-2022.txt", result.at("/hits/0/sourceId").asText());
    assertEquals("fr", result.at("/hits/0/lang").asText());
    assertTrue(result.at("/hits/0/snippet").asText().contains("Nasser Bourita</b>"), result.at("/hits/0/snippet").asText());
  }

  @Test
  void latinQueryFindsArabicArticleThroughItsEntities() throws Exception {
    JsonNode result = searchJson("Bourita Niger");
    assertEquals(2, result.get("total").asLong());
    assertEquals("samples/sample-ar-maroc-mauritanie-2023.txt", result.at("/hits/1/id").asText());
    assertEquals("ar", result.at("/hits/1/lang").asText());
    assertEquals(
        List.of("minister:Nasser Bourita", "country:NE"),
        JSON.convertValue(result.at("/hits/1/matchedEntities"), List.class));
  }

  @Test
  void longQueryToleratesOneStrayWordButShortQueryRequiresAll() throws Exception {
    // eight words of the seed's title plus one that is nowhere: three in four suffice
    JsonNode title = searchJson("monde affûte armes Maroc contre terrorisme vidéos xylophone", "--no-entities");
    assertEquals(SEED, title.at("/hits/0/id").asText());
    // two words: both required
    assertEquals(0, searchJson("Bourita xylophone").get("total").asLong());
    // an explicit OR is a plain OR
    assertEquals(
        searchJson("Bourita", "--no-entities").get("total").asLong(),
        searchJson("Bourita OR xylophone", "--no-entities").get("total").asLong());
  }

  @Test
  void htmlEntitiesInAQueryAreDecoded() throws Exception {
    JsonNode result = searchJson("&quot;Bourita&quot; Niger");
    assertEquals(SEED, result.at("/hits/0/id").asText());
  }

  @Test
  void noEntitiesMatchesWordsOnlyAsText() throws Exception {
    JsonNode result = searchJson("Bourita Niger", "--no-entities");
    assertEquals(1, result.get("total").asLong());
    assertEquals(SEED, result.at("/hits/0/id").asText());
  }

  @Test
  void countryFilterByCodeOrNameReturnsTheSeed() throws Exception {
    JsonNode byCode = searchJson("Bourita", "--filter", "country=NE");
    JsonNode byName = searchJson("Bourita", "--filter", "country=Niger");
    assertEquals(byCode.get("total"), byName.get("total"));
    List<String> ids = new ArrayList<>();
    byCode.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertTrue(ids.contains(SEED), ids.toString());
  }

  @Test
  void countryAndMinisterFiltersCombineWithExactCounts() throws Exception {
    JsonNode niger = searchJson("*", "--filter", "country=NE");
    JsonNode both = searchJson("*", "--filter", "country=NE", "--filter", "minister=Nasser Bourita");
    JsonNode bourita = searchJson("*", "--filter", "minister=Nasser Bourita");
    // the total of two filters is the minister count under the country filter, and vice versa
    assertEquals(count(niger, "minister", "Nasser Bourita"), both.get("total").asLong());
    assertEquals(count(bourita, "country", "NE"), both.get("total").asLong());
    // each dimension counts as if its own filter were off
    assertEquals(count(bourita, "country", "MA"), count(both, "country", "MA"));
    assertEquals(count(niger, "minister", "José Manuel Albares"), count(both, "minister", "José Manuel Albares"));
  }

  @Test
  void analyzeSeedGivesCountriesMinistersDateAndSegments() throws Exception {
    CliRunner r = CliRunner.run("analyze", SEED, "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode seed = JSON.readTree(r.out()).get(0);
    assertEquals(SEED, seed.get("id").asText());
    assertEquals("2022-05-10", seed.get("date").asText());
    assertEquals("fr", seed.get("lang").asText());
    List<?> countries = JSON.convertValue(seed.get("countries"), List.class);
    assertTrue(countries.containsAll(List.of("MA", "NE", "ES", "GN", "KW", "US")), countries.toString());
    List<?> ministers = JSON.convertValue(seed.get("ministers"), List.class);
    assertTrue(
        ministers.containsAll(
            List.of("Nasser Bourita", "José Manuel Albares", "Hassoumi Massaoudou",
                "Morissanda Kouyaté", "Ahmed Nasser Al-Mohammad Al-Sabah")),
        ministers.toString());
    assertFalse(ministers.stream().anyMatch(m -> m.toString().contains("Lempert")), ministers.toString());
    assertFalse(ministers.stream().anyMatch(m -> m.toString().contains("Massoudou")), ministers.toString());
    List<?> segmentLangs = JSON.convertValue(seed.get("segmentLangs"), List.class);
    assertEquals(List.of("fr", "ar", "en"), segmentLangs);
  }

  @Test
  void textOutputShowsTitleSnippetAndFacets() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "Bourita Niger");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains(" 1. Le monde affûte ses armes au Maroc contre le terrorisme (vidéos)"), r.out());
    assertTrue(r.out().contains("«Nasser Bourita»"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.equals("lang       ar (1) · fr (1)")), r.out());
  }

  @Test
  void jsonHitCarriesTheWholeContract() throws Exception {
    JsonNode hit = searchJson("Bourita Niger").at("/hits/0");
    for (String field :
        List.of("id", "collection", "sourceId", "title", "date", "lang", "countries", "ministers",
            "url", "path", "score", "snippet")) {
      assertTrue(hit.has(field), "hit lacks " + field + ": " + hit);
    }
    assertTrue(hit.get("url").isNull());
    assertEquals(SEED, hit.get("path").asText().replace('\\', '/').replaceAll(".*/(corpus/)", "$1"));
  }

  @Test
  void languageFilterKeepsOtherLanguagesCountsVisible() throws Exception {
    JsonNode all = searchJson("*");
    JsonNode french = searchJson("*", "--filter", "lang=fr");
    long frenchCount = count(all, "lang", "fr");
    assertEquals(frenchCount, french.get("total").asLong());
    // drill-sideways: the lang facet still counts the other languages
    assertEquals(count(all, "lang", "ar"), count(french, "lang", "ar"));
    assertEquals(count(all, "lang", "en"), count(french, "lang", "en"));
  }

  @Test
  void twoFiltersCombineWithExactCounts() throws Exception {
    JsonNode both = searchJson("*", "--filter", "lang=fr", "--filter", "collection=samples");
    JsonNode samples = searchJson("*", "--filter", "collection=samples");
    assertEquals(count(samples, "lang", "fr"), both.get("total").asLong());
    assertEquals(2, both.get("total").asLong());
    // each dimension counts as if its own filter were off
    assertEquals(count(samples, "lang", "en"), count(both, "lang", "en"));
    assertEquals(1, count(both, "collection", "corpus"));
  }

  @Test
  void missingIndexIsBadInput() {
    CliRunner r = CliRunner.run("search", "--index", tmp.resolve("nope").toString(), "Bourita");
    assertBadInput(r, "no index at");
  }

  @Test
  void unbalancedQuoteIsBadInput() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "\"unbalanced");
    assertBadInput(r, "bad query");
  }

  @Test
  void unknownFilterDimensionIsBadInput() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "x", "--filter", "colour=red");
    assertBadInput(r, "unknown filter dimension 'colour'");
  }

  @Test
  void missingCorpusPathIsBadInput() {
    CliRunner r = CliRunner.run("index", "no-such-corpus", "--index", tmp.resolve("other").toString());
    assertBadInput(r, "no such file or folder: no-such-corpus");
  }

  @Test
  void unknownOptionIsBadUsage() {
    CliRunner r = CliRunner.run("search", "--frobnicate", "x");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("revue: Unknown option: '--frobnicate'"), r.err());
  }

  @Test
  void statsCountsDocumentsPerLanguageAndCollection() throws Exception {
    CliRunner r = CliRunner.run("stats", "--index", index.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode stats = JSON.readTree(r.out());
    assertEquals(7, stats.get("documents").asLong());
    assertEquals(1, stats.at("/collections/corpus").asLong());
    assertEquals(6, stats.at("/collections/samples").asLong());
    assertEquals(3, stats.at("/languages/fr").asLong());
    assertEquals(2, stats.at("/languages/ar").asLong());
    assertEquals(2, stats.at("/languages/en").asLong());
  }

  @Test
  void reindexingTheSameCorpusChangesNoCount() throws Exception {
    Path again = tmp.resolve("again");
    assertEquals(0, CliRunner.run("index", "corpus", "--index", again.toString(), "--quiet").exitCode());
    assertEquals(0, CliRunner.run("index", "corpus", "--index", again.toString(), "--quiet").exitCode());
    CliRunner r = CliRunner.run("stats", "--index", again.toString(), "--json");
    assertEquals(7, JSON.readTree(r.out()).get("documents").asLong());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("index", "search", "analyze", "stats")) {
      CliRunner r = CliRunner.run(command, "--help");
      assertEquals(0, r.exitCode(), command);
      assertTrue(r.out().startsWith("Usage: revue " + command), r.out());
    }
  }

  @Test
  void searchHelpListsEveryOptionWithItsDefault() {
    CliRunner r = CliRunner.run("search", "--help");
    assertEquals(0, r.exitCode());
    String help = r.out();
    assertTrue(help.startsWith("Usage: revue search [-hV] [--json] [--no-entities] [--verbose] [--facets=N]"), help);
    for (String line :
        List.of(
            "      [QUERY]              The query (or --topics FILE).",
            "      --facets=N           Values per facet (default: 10).",
            "      --index=DIR          Index folder (default: index).",
            "      --limit=N            Hits to show (default: 10).",
            "      --tag=TAG            With --topics: the run's tag (default: revue).",
            "  -h, --help               Show this help message and exit.",
            "  -V, --version            Print version information and exit.",
            "      --verbose            Print stack traces of errors.")) {
      assertTrue(help.contains(line + System.lineSeparator()), line + " missing from:\n" + help);
    }
    for (String option : List.of("--filter=DIM=VALUE", "--gazetteer=FILE", "--json", "--no-entities", "--run=OUT", "--topics=FILE", "--ui-lang=LANG")) {
      assertTrue(help.contains("      " + option + " "), option + " missing from:\n" + help);
    }
    assertEquals(
        "revue " + System.getProperty("revue.expected.version"),
        CliRunner.run("search", "--version").out().lines().findFirst().orElseThrow());
  }

  private static long count(JsonNode result, String dim, String value) {
    for (JsonNode v : result.at("/facets/" + dim + "/values")) {
      if (v.get("value").asText().equals(value)) {
        return v.get("count").asLong();
      }
    }
    return 0;
  }

  private static void assertBadInput(CliRunner r, String message) {
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("revue: " + message), r.err());
    assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}

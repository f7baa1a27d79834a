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

/** What `revue search` prints: the header, "did you mean", the chart over time, long queries. */
class SearchOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void indexBundledCorpus() {
    index = CliRunner.indexBundledCorpus(tmp);
  }

  private static CliRunner search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString()));
    all.addAll(List.of(args));
    CliRunner r = CliRunner.run(all.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return r;
  }

  private static List<String> lines(String out) {
    return out.lines().toList();
  }

  @Test
  void anEmptyQueryCountsEveryArticleWithoutATrailingSpace() {
    assertEquals("7 articles match", lines(search("", "--facets", "3").out()).get(0));
  }

  @Test
  void facetCountsAreWrittenAsTheTotalIs() throws Exception {
    // 1,001 notes of one outlet: "1,001 articles match" and "wire (1,001)", not "wire (1001)"
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 1001; i++) {
      lines.append(
          String.format(
              "{\"id\": \"%d\", \"date\": \"2020-01-02\", \"source\": \"wire\","
                  + " \"title\": \"Market note %d\", \"body\": \"Shares closed higher on"
                  + " Thursday in a quiet session, note %d.\"}%n",
              i, i, i));
    }
    Path input = java.nio.file.Files.createDirectories(tmp.resolve("many"));
    java.nio.file.Files.writeString(input.resolve("notes-en.jsonl"), lines);
    Path many = tmp.resolve("many-index");
    CliRunner indexed =
        CliRunner.run("index", input.toString(), "--index", many.toString(), "--quiet");
    assertEquals(0, indexed.exitCode(), indexed.err());
    CliRunner r = CliRunner.run("search", "", "--index", many.toString(), "--facets", "1");
    assertEquals(0, r.exitCode(), r.err());
    List<String> out = lines(r.out());
    assertEquals("1,001 articles match", out.get(0));
    assertEquals(
        List.of("source     wire (1,001)"),
        out.stream().filter(l -> l.startsWith("source")).toList());
  }

  @Test
  void oneMatchIsCountedInTheSingular() {
    assertEquals(
        "1 article matches Marrakech coalition",
        lines(search("Marrakech coalition", "--facets", "0").out()).get(0));
  }

  @Test
  void theMatchesOverTimeAreOneLineFromTheirFirstMonthToTheirLast() {
    // the seven articles, dated from their datelines and text: May 2022, two in June 2022,
    // one a month from January to April 2023
    List<String> out = lines(search("", "--facets", "3").out());
    assertEquals(
        List.of("over time  2022-05 ▄█      ▄▄▄▄ 2023-04 (at most 2 a month)"),
        out.stream().filter(l -> l.startsWith("over time")).toList());
    // two matches (the French and the Arabic report of one meeting), January and March 2023
    assertEquals(
        List.of("over time  2023-01 █ █ 2023-03 (at most 1 a month)"),
        lines(search("Morocco Mauritanie").out()).stream()
            .filter(l -> l.startsWith("over time"))
            .toList());
    // no chart without facets, nor in JSON
    assertEquals(
        0,
        lines(search("", "--facets", "0").out()).stream()
            .filter(l -> l.startsWith("over time"))
            .count());
  }

  @Test
  void aTypoThatFindsNothingGetsTheIndexsOwnWord() throws Exception {
    List<String> out = lines(search("Bourtia Niger", "--no-entities").out());
    assertEquals(
        List.of("0 articles match Bourtia Niger", "did you mean: Bourita Niger"),
        out.subList(0, 2));
    JsonNode json = JSON.readTree(search("Bourtia Niger", "--no-entities", "--json").out());
    assertEquals(0, json.get("total").asLong());
    assertEquals(List.of("Bourita Niger"), JSON.convertValue(json.get("suggestions"), List.class));
    // a query that matches gets none
    JsonNode found = JSON.readTree(search("Bourita Niger", "--json").out());
    assertEquals(List.of(), JSON.convertValue(found.get("suggestions"), List.class));
  }

  /** The "did you mean" suggestions of a search matching words only, from its JSON. */
  private List<?> suggestions(String query) throws Exception {
    JsonNode json = JSON.readTree(search(query, "--no-entities", "--json").out());
    return JSON.convertValue(json.get("suggestions"), List.class);
  }

  @Test
  void aSuggestionIsAWordAsArticlesWriteItNotItsStem() throws Exception {
    // French light stemming indexes "Mauritanie" as "mauritan"; the suggestion is the word
    assertEquals(List.of("Mauritanie", "Mauritanien"), suggestions("Mauritanei"));
  }

  @Test
  void aPastedParagraphThatFindsNothingGetsNoRespelling() throws Exception {
    // ten misspelt words: read as a paragraph (ranked by every word), not as a title with typos;
    // the same words two at a time are respelt
    String typos =
        "Bourtia Niamay coalitoin Mauritanei Bamakko Nouakchot Ouagadougo Albaress Kouyatt Tebounne";
    JsonNode json = JSON.readTree(search(typos, "--no-entities", "--json").out());
    assertEquals(0, json.get("total").asLong());
    assertEquals(List.of(), JSON.convertValue(json.get("suggestions"), List.class));
    assertEquals(
        List.of("Bourita Mauritanie", "Bourita Mauritanien"), suggestions("Bourtia Mauritanei"));
  }

  @Test
  void aMinistersNameOneEditAwayFindsTheMinister() throws Exception {
    // Massaoudou misspelt: the two articles tagged with him, none of which writes "Massaoudu"
    JsonNode json = JSON.readTree(search("Massaoudu", "--json").out());
    assertEquals(2, json.get("total").asLong());
    assertEquals("minister:Hassoumi Massaoudou", json.at("/hits/0/matchedEntities/0").asText());
    assertEquals("minister:Hassoumi Massaoudou", json.at("/hits/1/matchedEntities/0").asText());
  }

  @Test
  void aPastedSummaryFindsItsArticleThoughMostOfItsWordsAreNotInIt() throws Exception {
    // a paraphrase of the seed article, written apart from it: 18 words French analysis keeps
    JsonNode json =
        JSON.readTree(
            search(
                    "Réunie à Marrakech, la coalition internationale contre Daech a salué le rôle du"
                        + " royaume chérifien, tandis que l'Espagne plaidait pour un fonds"
                        + " d'indemnisation destiné aux victimes des attentats djihadistes",
                    "--no-entities",
                    "--json")
                .out());
    assertEquals("corpus/marrakech-coalition-2022.txt", json.at("/hits/0/id").asText());
  }

  @Test
  void aPastedParagraphIsShownInTheHeaderByItsFirstWordsOnOneLine() {
    String header =
        lines(
                search(
                        "Réunie à Marrakech, la coalition internationale contre Daech\n"
                            + "a salué le rôle du royaume chérifien, tandis que l'Espagne plaidait",
                        "--facets",
                        "0")
                    .out())
            .get(0);
    // more than 8 words French keeps: a long query, ranked by its words, matching the articles
    // that hold a quarter of them: two of the seven bundled articles (one did while it needed
    // three words in four, five while any word matched)
    assertEquals(
        "2 articles match Réunie à Marrakech, la coalition internationale contre Daech a salué le"
            + " rôle du …",
        header);
  }

  /**
   * A filter value no article has: one line on stderr saying so, with the closest values articles
   * have, and the same in JSON (user trial: "0 articles match Maroc" and nothing else).
   */
  @Test
  void aFilterValueNoArticleHasIsSaidOnStderrAndInJson() throws Exception {
    CliRunner plain = search("Maroc", "--filter", "lang=fra", "--facets", "0");
    assertEquals("revue: no article has lang=fra (did you mean lang=fr?)\n", plain.err());
    assertEquals("0 articles match Maroc", lines(plain.out()).get(0));
    JsonNode json =
        JSON.readTree(search("Maroc", "--filter", "collection=sampels", "--json").out());
    assertEquals(
        "no article has collection=sampels (did you mean collection=samples?)",
        json.get("filterNote").asText());
    assertEquals("collection=samples", json.at("/filterSuggestions/0").asText());
    assertEquals(1, json.get("filterSuggestions").size());
    JsonNode held = JSON.readTree(search("Maroc", "--filter", "lang=fr", "--json").out());
    assertEquals(true, held.get("filterNote").isNull());
    assertEquals(0, held.get("filterSuggestions").size());

    CliRunner country =
        CliRunner.run(
            "search", "Maroc", "--index", index.toString(), "--filter", "country=Marocco");
    assertEquals(2, country.exitCode());
    assertEquals(
        "revue: unknown country 'Marocco' in filter: did you mean country=MA (Morocco)?"
            + " (or use an ISO code such as NE)\n",
        country.err());
  }
}

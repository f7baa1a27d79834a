package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    assertTrue(
        result.at("/hits/0/snippet").asText().contains("Nasser Bourita</b>"),
        result.at("/hits/0/snippet").asText());
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
    JsonNode title =
        searchJson("monde affûte armes Maroc contre terrorisme vidéos xylophone", "--no-entities");
    assertEquals(SEED, title.at("/hits/0/id").asText());
    // two words: both required
    assertEquals(0, searchJson("Bourita xylophone").get("total").asLong());
    // an explicit OR is a plain OR: the three articles that write "Bourita" in Latin letters
    assertEquals(3, searchJson("Bourita", "--no-entities").get("total").asLong());
    assertEquals(
        Set.of(
            SEED,
            "samples/sample-fr-maroc-mauritanie-2023.txt",
            "samples/sample-en-albares-rabat-2023.txt"),
        ids(searchJson("Bourita OR xylophone", "--no-entities")));
  }

  @Test
  void sortDateListsTheNewestDayFirstAsServeDoes() throws Exception {
    List<String> byDate = new ArrayList<>();
    for (JsonNode hit : searchJson("Maroc", "--sort", "date").get("hits")) {
      byDate.add(hit.get("date").asText() + " " + hit.get("id").asText());
    }
    assertEquals(
        List.of(
            "2023-03-14 samples/sample-fr-maroc-mauritanie-2023.txt",
            "2023-02-02 samples/sample-en-albares-rabat-2023.txt",
            "2023-01-15 samples/sample-ar-maroc-mauritanie-2023.txt",
            "2022-05-10 " + SEED),
        byDate);
    // as --filter values, the choice is read whatever its case
    List<String> upper = new ArrayList<>();
    for (JsonNode hit : searchJson("Maroc", "--sort", "DATE", "--ui-lang", "FR").get("hits")) {
      upper.add(hit.get("date").asText() + " " + hit.get("id").asText());
    }
    assertEquals(byDate, upper);
    // by relevance (the default, or said) the seed comes first
    assertEquals(SEED, searchJson("Maroc").at("/hits/0/id").asText());
    assertEquals(SEED, searchJson("Maroc", "--sort", "relevance").at("/hits/0/id").asText());
    CliRunner bad =
        CliRunner.run("search", "Maroc", "--sort", "newest", "--index", index.toString());
    assertEquals(2, bad.exitCode());
    assertEquals("revue: --sort must be relevance or date, got 'newest'\n", bad.err());
  }

  @Test
  void runAndTagWithoutTopicsAreRefusedRatherThanIgnored() {
    CliRunner r = CliRunner.run("search", "Maroc", "--run", "out.run", "--index", index.toString());
    assertEquals(2, r.exitCode());
    assertEquals("revue: --run goes with --topics FILE, not with a QUERY\n", r.err());
    assertEquals("", r.out());
    CliRunner tag = CliRunner.run("search", "Maroc", "--tag", "x", "--index", index.toString());
    assertEquals(2, tag.exitCode());
    assertEquals("revue: --tag goes with --topics FILE, not with a QUERY\n", tag.err());
  }

  @Test
  void anIndexFolderThatIsAFileIsNamedAsSuch() throws Exception {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "not an index\n");
    CliRunner index = CliRunner.run("index", "corpus", "--index", file.toString(), "--quiet");
    assertEquals(1, index.exitCode());
    assertEquals(
        "revue: indexing into " + file + " failed: not a folder: " + file + "\n", index.err());
    CliRunner rebuild = CliRunner.run("rebuild", "corpus", "--index", file.toString(), "--quiet");
    assertEquals(1, rebuild.exitCode());
    assertEquals(
        "revue: rebuild of " + file + " failed: not a folder: " + file + "\n", rebuild.err());
    Path under = file.resolve("index");
    CliRunner below = CliRunner.run("index", "corpus", "--index", under.toString(), "--quiet");
    assertEquals(1, below.exitCode());
    assertEquals(
        "revue: indexing into " + under + " failed: " + under + ": Not a directory\n", below.err());
    assertEquals("not an index\n", Files.readString(file));
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

  /*
   * The facet tests below count by hand over the seven articles of corpus/ (their countries and
   * ministers read from the articles; see analyzeSeedGivesCountriesMinistersDateAndSegments):
   *
   *   article                          lang coll.   countries         ministers
   *   marrakech-coalition-2022          fr  corpus  MA US ES NE GN KW Bourita Albares Massaoudou Kouyaté Al-Sabah
   *   sample-ar-kuwait-saudi-2022       ar  samples KW SA YE          Al-Sabah, Faisal bin Farhan
   *   sample-ar-maroc-mauritanie-2023   ar  samples MA MR ML NE       Bourita, Ould Merzoug
   *   sample-en-albares-rabat-2023      en  samples MA ES             Albares, Bourita
   *   sample-en-guinea-bissau-2022      en  samples GN GW SN          Kouyaté
   *   sample-fr-maroc-mauritanie-2023   fr  samples MA MR ML          Bourita, Ould Merzoug
   *   sample-fr-niamey-sahel-2023       fr  samples NE DZ ML TD BF    Massaoudou, Attaf
   */
  private static final String AR_MAROC = "samples/sample-ar-maroc-mauritanie-2023.txt";

  @Test
  void countryFilterByCodeOrNameReturnsTheSeed() throws Exception {
    // "Bourita" (with entities, so بوريطة too) in an article naming Niger: the seed and the Arabic
    // one
    assertEquals(Set.of(SEED, AR_MAROC), ids(searchJson("Bourita", "--filter", "country=NE")));
    assertEquals(Set.of(SEED, AR_MAROC), ids(searchJson("Bourita", "--filter", "country=Niger")));
  }

  @Test
  void countryAndMinisterFiltersCombineWithExactCounts() throws Exception {
    JsonNode both =
        searchJson("*", "--filter", "country=NE", "--filter", "minister=Nasser Bourita");
    assertEquals(Set.of(SEED, AR_MAROC), ids(both));
    // each dimension counts as if its own filter were off: countries over Bourita's four
    // articles, ministers over the three that name Niger
    assertEquals(
        Map.of("MA", 4L, "ES", 2L, "ML", 2L, "MR", 2L, "NE", 2L, "GN", 1L, "KW", 1L, "US", 1L),
        facet(both, "country"));
    assertEquals(
        Map.of(
            "Nasser Bourita",
            2L,
            "Hassoumi Massaoudou",
            2L,
            "José Manuel Albares",
            1L,
            "Morissanda Kouyaté",
            1L,
            "Ahmed Nasser Al-Mohammad Al-Sabah",
            1L,
            "Mohamed Salem Ould Merzoug",
            1L,
            "Ahmed Attaf",
            1L),
        facet(both, "minister"));
    // the other facets count the two hits
    assertEquals(Map.of("fr", 1L, "ar", 1L), facet(both, "lang"));
    assertEquals(Map.of("corpus", 1L, "samples", 1L), facet(both, "collection"));
  }

  @Test
  void analyzeSeedGivesCountriesMinistersDateAndSegments() throws Exception {
    CliRunner r = CliRunner.run("analyze", SEED, "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode seed = JSON.readTree(r.out()).get(0);
    assertEquals(SEED, seed.get("id").asText());
    assertEquals("2022-05-10", seed.get("date").asText());
    assertEquals("fr", seed.get("lang").asText());
    // read by hand from the article, in the order it first names them (see SeedArticleTest)
    assertEquals(
        List.of("MA", "US", "ES", "NE", "GN", "KW"),
        JSON.convertValue(seed.get("countries"), List.class));
    // five ministers, each once; not the assistant secretary Yael Lempert, and Massoudou (a
    // misspelling in a tweet) is Massaoudou
    assertEquals(
        List.of(
            "Nasser Bourita",
            "José Manuel Albares",
            "Hassoumi Massaoudou",
            "Morissanda Kouyaté",
            "Ahmed Nasser Al-Mohammad Al-Sabah"),
        JSON.convertValue(seed.get("ministers"), List.class));
    List<?> segmentLangs = JSON.convertValue(seed.get("segmentLangs"), List.class);
    assertEquals(List.of("fr", "ar", "en"), segmentLangs);
    // the dateline "Marrakech" writes no date: the tweets' date, first in the body's 4th paragraph
    assertEquals("Marrakech", seed.get("dateline").asText());
    assertEquals("text", seed.get("dateSource").asText());
    assertEquals(5, seed.get("dateLine").asInt());
  }

  @Test
  void analyzeDatesTheArabicSampleFromItsDateline() throws Exception {
    CliRunner r = CliRunner.run("analyze", "corpus/" + AR_MAROC, "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode a = JSON.readTree(r.out()).get(0);
    assertEquals("الرباط، 15 يناير 2023", a.get("dateline").asText());
    assertEquals("2023-01-15", a.get("date").asText());
    assertEquals("dateline", a.get("dateSource").asText());
    assertEquals(0, a.get("dateLine").asInt());
    assertEquals(
        List.of("MA", "MR", "ML", "NE"), JSON.convertValue(a.get("countries"), List.class));
  }

  /**
   * A short plain-text file whose first line is only a dateline: the dateline gives the place and
   * the date, the title is the next line, or none when a sentence follows (user trial: the dateline
   * was the title).
   */
  @Test
  void analyzeReadsALineThatIsOnlyADatelineAsTheDatelineNotTheTitle() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("datelines"));
    Files.writeString(
        dir.resolve("ar.txt"),
        "الرباط، 15 يناير 2023\nالمغرب وموريتانيا يبحثان الوضع الأمني\n"
            + "استقبل وزير الخارجية ناصر بوريطة نظيره الموريتاني في الرباط.\n");
    Files.writeString(
        dir.resolve("en.txt"),
        "TOKYO, March 3 (Reuters) -\nJapan's exports rose 5 percent in February, the finance"
            + " ministry said on Friday.\n");
    Files.writeString(
        dir.resolve("fr.txt"),
        "RABAT, 15 janvier 2023 -\nLe Maroc et la Mauritanie renforcent leur coopération\n"
            + "Le ministre Nasser Bourita a reçu mercredi son homologue mauritanien.\n");
    CliRunner r = CliRunner.run("analyze", dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines =
        r.out()
            .lines()
            .filter(l -> l.matches("  (title|dateline|date|countries|ministers) .*"))
            .toList();
    assertEquals(
        List.of(
            "  title      المغرب وموريتانيا يبحثان الوضع الأمني",
            "  dateline   الرباط، 15 يناير 2023",
            "  date       2023-01-15 (from the dateline)",
            "  countries  MA, MR",
            "  ministers  Nasser Bourita",
            "  title      (no title)",
            "  dateline   TOKYO, March 3 (Reuters) -",
            "  date       unknown",
            "  countries  JP",
            "  ministers  none",
            "  title      Le Maroc et la Mauritanie renforcent leur coopération",
            "  dateline   RABAT, 15 janvier 2023 -",
            "  date       2023-01-15 (from the dateline)",
            "  countries  MA, MR",
            "  ministers  Nasser Bourita"),
        lines);
  }

  /**
   * A short French feed item, a title and a one-sentence description that is mostly names, is
   * French (user trial: Spanish).
   */
  @Test
  void analyzeGivesAShortFrenchFeedItemFrench() throws Exception {
    Path feed = tmp.resolve("items").resolve("fil.xml");
    Files.createDirectories(feed.getParent());
    Files.writeString(
        feed,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Fil</title>
        <item><title>Tennis : Nadal file en finale</title><link>https://example.fr/a</link>
        <description>Rafael Nadal a battu Carlos Alcaraz.</description></item>
        <item><title>Pablo Casado et Nicolas Dupont à Madrid</title><link>https://example.fr/b</link>
        <description>Un entretien entre Pablo Casado et Nicolas Dupont.</description></item>
        </channel></rss>
        """);
    CliRunner r = CliRunner.run("analyze", feed.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode items = JSON.readTree(r.out());
    assertEquals("fr", items.get(0).get("lang").asText());
    assertEquals("fr", items.get(1).get("lang").asText());
  }

  @Test
  void analyzeSaysWhereEachDateCameFrom() {
    CliRunner r = CliRunner.run("analyze", "corpus");
    assertEquals(0, r.exitCode(), r.err());
    List<String> dates = r.out().lines().filter(l -> l.startsWith("  date ")).toList();
    assertEquals(
        List.of(
            "  date       2022-05-10 (from paragraph 4 of the body)",
            "  date       2022-06-03 (from the dateline)",
            "  date       2023-01-15 (from the dateline)",
            "  date       2023-02-02 (from the dateline)",
            "  date       2022-06-21 (from the dateline)",
            "  date       2023-03-14 (from the dateline)",
            "  date       2023-04-20 (from the dateline)"),
        dates);
    assertTrue(r.out().contains("\n  dateline   Niamey, 20 avril 2023\n"), r.out());
  }

  /** analyze takes index's input options: a layout read with --map, a charset named. */
  @Test
  void analyzeReadsAnotherLayoutWithMapAndCharset() throws Exception {
    Path feed = tmp.resolve("layout").resolve("wire.jsonl");
    java.nio.file.Files.createDirectories(feed.getParent());
    java.nio.file.Files.write(
        feed,
        ("{\"id\": \"w1\", \"headline\": \"Bourita à Niamey : 5 € par habitant\", "
                + "\"story\": \"Le ministre des Affaires étrangères Nasser Bourita est arrivé "
                + "mardi à Niamey, au Niger.\"}\n")
            .getBytes(java.nio.charset.Charset.forName("ISO-8859-15")));
    CliRunner r =
        CliRunner.run(
            "analyze",
            feed.toString(),
            "--map",
            "body=story",
            "--charset",
            "ISO-8859-15",
            "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    JsonNode a = JSON.readTree(r.out()).get(0);
    assertEquals("wire/w1", a.get("id").asText());
    assertEquals("Bourita à Niamey : 5 € par habitant", a.get("title").asText());
    assertEquals(List.of("NE"), JSON.convertValue(a.get("countries"), List.class));
    assertEquals(List.of("Nasser Bourita"), JSON.convertValue(a.get("ministers"), List.class));
  }

  /**
   * analyze indexes nothing: its warnings say what becomes of the record (its date left out, its id
   * renamed), not that it was indexed.
   */
  @Test
  void analyzeWarningsSayWhatBecomesOfTheRecordNotThatItWasIndexed() throws Exception {
    Path feed = tmp.resolve("warned").resolve("wire.jsonl");
    java.nio.file.Files.createDirectories(feed.getParent());
    java.nio.file.Files.writeString(
        feed,
        "{\"id\": \"1\", \"title\": \"Bourita à Niamey\", \"date\": \"yesterday\"}\n"
            + "{\"id\": \"1\", \"title\": \"Bourita à Rabat\"}\n");
    CliRunner r = CliRunner.run("analyze", feed.toString(), "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        List.of(
            feed + ":1: unparseable date 'yesterday', left out",
            feed + ":2: duplicate id wire/1, renamed wire/1~2"),
        r.err().lines().toList());
    JsonNode articles = JSON.readTree(r.out());
    assertEquals("wire/1~2", articles.get(1).get("id").asText());
    assertTrue(articles.get(0).get("date").isNull(), r.out());
  }

  @Test
  void textOutputShowsTitleSnippetAndFacets() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "Bourita Niger");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out().contains(" 1. Le monde affûte ses armes au Maroc contre le terrorisme (vidéos)"),
        r.out());
    assertTrue(r.out().contains("**Nasser Bourita**"), r.out());
    assertFalse(r.out().contains("«Nasser"), r.out());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "    2022-05-10 · fr · corpus/marrakech-coalition-2022.txt · score \\d+\\.\\d\\d")),
        r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.equals("lang       ar (1) · fr (1)")), r.out());
  }

  @Test
  void jsonHitCarriesTheWholeContract() throws Exception {
    JsonNode hit = searchJson("Bourita Niger").at("/hits/0");
    for (String field :
        List.of(
            "id",
            "collection",
            "sourceId",
            "title",
            "date",
            "lang",
            "countries",
            "ministers",
            "url",
            "path",
            "score",
            "snippet")) {
      assertTrue(hit.has(field), "hit lacks " + field + ": " + hit);
    }
    assertTrue(hit.get("url").isNull());
    assertEquals(Path.of(SEED).toAbsolutePath().toString(), hit.get("path").asText());
  }

  /**
   * A hit's path names its file from any folder: absolute and normalized, not as given to {@code
   * index} (relative to the folder it ran in).
   */
  @Test
  void hitPathIsTheInputFileAbsoluteAndNormalized() throws Exception {
    String other = tmp.resolve("relative").toString();
    CliRunner indexed =
        CliRunner.run("index", "src/../corpus/samples", "--index", other, "--quiet");
    assertEquals(0, indexed.exitCode(), indexed.err());
    CliRunner r =
        CliRunner.run("search", "--index", other, "--json", "--filter", "lang=fr", "Bourita");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode hits = JSON.readTree(r.out()).get("hits");
    assertEquals(1, hits.size(), r.out());
    assertEquals(
        Path.of("corpus/samples/sample-fr-maroc-mauritanie-2023.txt").toAbsolutePath().toString(),
        hits.get(0).get("path").asText());
  }

  @Test
  void languageFilterKeepsOtherLanguagesCountsVisible() throws Exception {
    assertEquals(Map.of("fr", 3L, "ar", 2L, "en", 2L), facet(searchJson("*"), "lang"));
    JsonNode french = searchJson("*", "--filter", "lang=fr");
    assertEquals(3, french.get("total").asLong());
    // drill-sideways: the lang facet still counts the other languages
    assertEquals(Map.of("fr", 3L, "ar", 2L, "en", 2L), facet(french, "lang"));
    assertEquals(Map.of("corpus", 1L, "samples", 2L), facet(french, "collection"));
  }

  @Test
  void twoFiltersCombineWithExactCounts() throws Exception {
    JsonNode both = searchJson("*", "--filter", "lang=fr", "--filter", "collection=samples");
    assertEquals(
        Set.of(
            "samples/sample-fr-maroc-mauritanie-2023.txt",
            "samples/sample-fr-niamey-sahel-2023.txt"),
        ids(both));
    // each dimension counts as if its own filter were off: languages of the six samples,
    // collections of the three French articles
    assertEquals(Map.of("fr", 2L, "ar", 2L, "en", 2L), facet(both, "lang"));
    assertEquals(Map.of("samples", 2L, "corpus", 1L), facet(both, "collection"));
    assertEquals(
        Map.of("ML", 2L, "MA", 1L, "MR", 1L, "NE", 1L, "DZ", 1L, "TD", 1L, "BF", 1L),
        facet(both, "country"));
  }

  @Test
  void missingIndexIsBadInput() {
    CliRunner r = CliRunner.run("search", "--index", tmp.resolve("nope").toString(), "Bourita");
    assertBadInput(r, "no index at");
  }

  @Test
  void pastedTitleWithAFrenchColonIsSearchedAsWordsWithOneLineSayingSo() throws Exception {
    CliRunner r =
        CliRunner.run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "Le monde affûte ses armes au Maroc : contre le terrorisme (vidéos");
    assertEquals(0, r.exitCode(), r.err());
    String note =
        "read as words, not query syntax: unpaired '(', ':' after \"Maroc\" (not a field)";
    assertEquals("revue: " + note + System.lineSeparator(), r.err());
    JsonNode result = JSON.readTree(r.out());
    assertEquals(note, result.get("queryNote").asText());
    assertEquals(SEED, result.at("/hits/0/id").asText());
  }

  @Test
  void aLinkPastedAmongWordsIsLeftOutWithOneLineSayingSo() throws Exception {
    String query = "Bourita https://www.lemonde.fr/politique/article/2017/05/14/x.html Niger";
    searchSays(query, "link left out of the query: www.lemonde.fr/…", "2 articles match " + query);
  }

  /** Searches the query; checks the one line on stderr and the first line of the results. */
  private static void searchSays(String query, String line, String results) {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), query);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("revue: " + line + System.lineSeparator(), r.err());
    assertTrue(r.out().startsWith(results + System.lineSeparator()), r.out());
  }

  @Test
  void aQueryFieldValueNoArticleHasIsSaidInOneLineAndInTheJson() throws Exception {
    searchSays(
        "lang:fra", "no article has lang:fra (did you mean lang:fr?)", "0 articles match lang:fra");
    CliRunner json =
        CliRunner.run("search", "--index", index.toString(), "--json", "minister:Nobody");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode result = JSON.readTree(json.out());
    assertEquals("no article has minister:Nobody", result.get("filterNote").asText());
    assertEquals(0, result.get("filterSuggestions").size());
    assertEquals("revue: no article has minister:Nobody" + System.lineSeparator(), json.err());
  }

  @Test
  void queryReadAsTypedHasANullNoteAndNothingOnStderr() throws Exception {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "--json", "title:Maroc");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(JSON.readTree(r.out()).get("queryNote").isNull());
  }

  @Test
  void unbalancedQuoteIsReadAsWords() throws Exception {
    searchSays(
        "\"Bourita",
        "read as words, not query syntax: unpaired '\"'",
        "4 articles match \"Bourita");
  }

  @Test
  void queryOfPunctuationOnlyIsBadInput() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "« » !");
    assertBadInput(r, "nothing to search for: '« » !' holds no words");
  }

  @Test
  void deliberateFieldWithAValueItCannotTakeIsBadInput() {
    CliRunner r = CliRunner.run("search", "--index", index.toString(), "country:Narnia");
    assertBadInput(
        r, "bad query: unknown country 'Narnia' (use an ISO code such as NE, or a name)");
  }

  @Test
  void unknownFilterDimensionIsBadInput() {
    CliRunner r =
        CliRunner.run("search", "--index", index.toString(), "x", "--filter", "colour=red");
    assertBadInput(r, "unknown filter dimension 'colour'");
  }

  @Test
  void negativeLimitOrFacetsIsBadInput() {
    assertBadInput(
        CliRunner.run("search", "--index", index.toString(), "Bourita", "--limit", "-1"),
        "--limit must be 0 or more, got -1");
    CliRunner facets =
        CliRunner.run("search", "--index", index.toString(), "Bourita", "--facets", "-1");
    assertBadInput(facets, "--facets must be 0 or more, got -1");
    assertEquals("revue: --facets must be 0 or more, got -1\n", facets.err());
    assertEquals("", facets.out());
  }

  @Test
  void missingCorpusPathIsBadInput() {
    CliRunner r =
        CliRunner.run("index", "no-such-corpus", "--index", tmp.resolve("other").toString());
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
    assertEquals(
        0, CliRunner.run("index", "corpus", "--index", again.toString(), "--quiet").exitCode());
    assertEquals(
        0, CliRunner.run("index", "corpus", "--index", again.toString(), "--quiet").exitCode());
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
    assertTrue(
        help.startsWith(
            "Usage: revue search [-hV] [--json] [--no-collapse] [--no-entities] [--verbose]"),
        help);
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
    for (String option :
        List.of(
            "--backend=URI",
            "--filter=DIM=VALUE",
            "--gazetteer=FILE",
            "--json",
            "--no-collapse",
            "--no-entities",
            "--run=OUT",
            "--topics=FILE",
            "--ui-lang=LANG")) {
      assertTrue(help.contains("      " + option + " "), option + " missing from:\n" + help);
    }
    assertEquals(
        "revue " + System.getProperty("revue.expected.version"),
        CliRunner.run("search", "--version").out().lines().findFirst().orElseThrow());
  }

  /** A facet's values and counts; fails when the facet is missing or has values left out. */
  private static Map<String, Long> facet(JsonNode result, String dim) {
    JsonNode facet = result.at("/facets/" + dim);
    assertTrue(facet.isObject(), "no facet " + dim + " in " + result);
    assertEquals(
        0, facet.get("otherValues").asLong(), dim + " has values beyond the ones listed: " + facet);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonNode v : facet.get("values")) {
      assertNull(counts.put(v.get("value").asText(), v.get("count").asLong()), "twice: " + v);
    }
    return counts;
  }

  /** The ids of all the hits; fails when the total says there are more than were listed. */
  private static Set<String> ids(JsonNode result) {
    Set<String> ids = new TreeSet<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    assertEquals(result.get("total").asLong(), ids.size(), "total against hits listed: " + result);
    return ids;
  }

  private static void assertBadInput(CliRunner r, String message) {
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("revue: " + message), r.err());
    assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}

package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example of the README, run as written. */
class RevueLibraryTest {

  @TempDir Path tmp;

  /**
   * The README's example and the consumer project that .ci/run builds against the installed library
   * jar run the same statements with the same imports.
   */
  @Test
  void readmeExampleIsTheOneTheConsumerProjectRuns() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int fence = readme.indexOf("```java");
    assertTrue(fence >= 0, "the README has a java example");
    List<String> block =
        readme.subList(fence + 1, readme.subList(fence, readme.size()).indexOf("```") + fence);
    List<String> consumer =
        Files.readAllLines(
            Path.of("src/it/library-example/src/main/java/example/LibraryExample.java"));
    List<String> readmeStatements = statements(block, "try (Revue", "    }");
    assertEquals(
        readmeStatements,
        statements(consumer, "--- the README's example ---", "--- end of the example ---"));
    for (String line : block) {
      if (line.startsWith("import ")) {
        assertTrue(consumer.contains(line), "the consumer project imports as the README: " + line);
      }
    }
  }

  /** The stripped, non-comment lines from the one starting with {@code from} to {@code to}. */
  private static List<String> statements(List<String> lines, String from, String to) {
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(from)) {
        start = i;
        break;
      }
    }
    assertTrue(start >= 0, "no line with " + from);
    List<String> out = new java.util.ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      if (out.size() > 0 && (to.startsWith("---") ? line.contains(to) : line.equals(to))) {
        if (!line.strip().startsWith("//")) {
          out.add(line.strip());
        }
        break;
      }
      if (!line.strip().startsWith("//") && !line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  @Test
  void readmeExampleIndexesAndSearchesTheBundledCorpus() {
    // --- README example begins
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      IndexReport report = revue.index(List.of(Path.of("corpus")));
      SearchResults results =
          revue.search(SearchRequest.of("Bourita Niger").withFilter("lang", "fr").withLimit(5));
      for (Hit hit : results.hits()) {
        System.out.println(hit.date() + "  " + hit.title() + "\n  " + hit.snippetText());
      }
      // --- README example ends
      assertEquals(7, report.indexed());
      assertEquals(0, report.failed());
      assertEquals("corpus/marrakech-coalition-2022.txt", results.hits().get(0).id());
      assertEquals(1, results.total());
      FacetCounts lang =
          results.facets().stream()
              .filter(f -> f.dimension().equals("lang"))
              .findFirst()
              .orElseThrow();
      // drill-sideways: the Arabic sample that names بوريطة and النيجر stays counted beside French
      assertEquals(
          List.of(new FacetCounts.Value("ar", "ar", 1), new FacetCounts.Value("fr", "fr", 1)),
          lang.values());
    }
  }

  @Test
  void seedFacetsThroughTheApi() {
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(Path.of("corpus")));
      SearchResults results =
          revue.search(
              SearchRequest.of("Bourita")
                  .withFilter("country", "NE")
                  .withFilter("date", "2022-05"));
      assertEquals(
          List.of("corpus/marrakech-coalition-2022.txt"),
          results.hits().stream().map(Hit::id).toList());
      Hit seed = results.hits().get(0);
      assertEquals("2022-05-10", seed.date());
      assertTrue(
          seed.countries().containsAll(List.of("MA", "NE", "ES", "GN", "KW", "US")),
          seed.countries().toString());
      assertEquals(
          java.util.Set.of(
              "Nasser Bourita",
              "José Manuel Albares",
              "Hassoumi Massaoudou",
              "Morissanda Kouyaté",
              "Ahmed Nasser Al-Mohammad Al-Sabah"),
          java.util.Set.copyOf(seed.ministers()));
      // a date filter of one month counts by day, as if it were off: the Arabic sample that names
      // Bourita and Niger is dated by its dateline (الرباط، 15 يناير 2023)
      FacetCounts date =
          results.facets().stream()
              .filter(f -> f.dimension().equals("date"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          List.of(
              new FacetCounts.Value("2022-05-10", "2022-05-10", 1),
              new FacetCounts.Value("2023-01-15", "2023-01-15", 1)),
          date.values());
    }
  }

  @Test
  void phrasesBooleansAndFieldsInTheQuery() {
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(Path.of("corpus")));
      assertEquals(2, revue.search(SearchRequest.of("lang:ar")).total());
      // a phrase keeps word order: both articles name him, none as "Massaoudou Hassoumi"
      assertEquals(
          2,
          revue
              .search(SearchRequest.of("\"Hassoumi Massaoudou\"").withEntityExpansion(false))
              .total());
      assertEquals(
          2,
          revue.search(SearchRequest.of("Massaoudou Hassoumi").withEntityExpansion(false)).total());
      assertEquals(
          0,
          revue
              .search(SearchRequest.of("\"Massaoudou Hassoumi\"").withEntityExpansion(false))
              .total());
      // the seed names Niger and Bourita, the Niamey sample Niger only
      assertEquals(2, revue.search(SearchRequest.of("Niger").withEntityExpansion(false)).total());
      assertEquals(
          List.of("samples/sample-fr-niamey-sahel-2023.txt"),
          revue
              .search(SearchRequest.of("Niger NOT Bourita").withEntityExpansion(false))
              .hits()
              .stream()
              .map(Hit::id)
              .toList());
      assertEquals(
          List.of("corpus/marrakech-coalition-2022.txt"),
          revue
              .search(SearchRequest.of("Niger AND Bourita").withEntityExpansion(false))
              .hits()
              .stream()
              .map(Hit::id)
              .toList());
      assertEquals(
          List.of("samples/sample-en-guinea-bissau-2022.txt"),
          revue.search(SearchRequest.of("title:Guinea-Bissau")).hits().stream()
              .map(Hit::id)
              .toList());
    }
  }

  @Test
  void searchesRunConcurrentlyOnOneInstance() throws Exception {
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      revue.index(List.of(Path.of("corpus")));
      long expected = revue.search(SearchRequest.of("Maroc")).total();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Long>> totals =
            pool.invokeAll(
                java.util.Collections.nCopies(
                    40, () -> revue.search(SearchRequest.of("Maroc")).total()));
        for (Future<Long> total : totals) {
          assertEquals(expected, total.get());
        }
      } finally {
        pool.shutdown();
      }
      assertTrue(expected >= 2, "Maroc is in several bundled articles");
    }
  }

  /**
   * A word naming an entity also finds the articles that write it otherwise, when they are tagged
   * with it: "Mali" finds the Arabic article on a visit to مالي, not the one on the state's
   * financial (المالي) deficit, where the same letters analyze alike.
   */
  @Test
  void anotherSpellingOfAnEntityCountsInArticlesTaggedWithIt() throws Exception {
    try (Revue revue =
        indexed(
            Map.of(
                "visit.txt",
                "باماكو\nوزير الخارجية في مالي\n\nوصل وزير الخارجية إلى مالي في زيارة رسمية لبحث الوضع الأمني في منطقة الساحل.\n",
                "deficit.txt",
                "الرباط\nارتفاع العجز المالي للحكومة\n\nأعلنت وزارة الاقتصاد أن العجز المالي للحكومة ارتفع هذا العام بسبب تراجع المداخيل.\n"))) {
      SearchResults results = revue.search(SearchRequest.of("Mali"));
      assertEquals(List.of("corpus/visit.txt"), results.hits().stream().map(Hit::id).toList());
      Hit visit = results.hits().get(0);
      assertEquals(List.of("ML"), visit.countries());
      assertEquals(List.of("country:ML"), visit.matchedEntities());
      assertTrue(visit.snippet().contains("إلى <b>مالي</b>"), visit.snippet());
      // the Arabic word itself still finds both: the user typed it
      assertEquals(2, revue.search(SearchRequest.of("مالي")).total());
    }
  }

  /**
   * The articles a word finds through an entity's tag rank by how much they name the entity, as
   * BM25 ranks a word without length normalization, at half a typed word's weight: a title mention
   * counts twice, a long article is not held against.
   */
  @Test
  void articlesFoundThroughAnEntityRankByHowMuchTheyNameIt() throws Exception {
    String filler = " وتحدث المسؤولون عن التعاون الاقتصادي والتنمية في المنطقة.".repeat(20);
    try (Revue revue =
        indexed(
            Map.of(
                "once.txt",
                "نيامي\nزيارة رسمية\n\nوصل الوفد إلى النيجر في زيارة رسمية." + filler + "\n",
                "thrice.txt",
                "نيامي\nمباحثات أمنية\n\nوصل الوفد إلى النيجر. وبحث مع سلطات النيجر الوضع الأمني، ثم غادر النيجر مساء.\n",
                "titled.txt",
                "نيامي\nوفد مغربي في النيجر\n\nوصل الوفد المغربي إلى العاصمة في زيارة رسمية.\n",
                "rabat.txt",
                "الرباط\nاجتماع الحكومة\n\nعقدت الحكومة اجتماعها الأسبوعي في الرباط.\n"))) {
      SearchResults results = revue.search(SearchRequest.of("Niger"));
      assertEquals(
          List.of("corpus/thrice.txt", "corpus/titled.txt", "corpus/once.txt"),
          results.hits().stream().map(Hit::id).toList());
      // 0.5 x idf x (k1 + 1) x mentions / (mentions + k1); idf of a tag on 3 of 4 articles; the
      // dateline نيامي (Niamey) counts one body mention of Niger besides the text's
      double idf = Math.log(1 + (4 - 3 + 0.5) / (3 + 0.5));
      double[] mentions = {4, 3, 2};
      for (int i = 0; i < 3; i++) {
        double expected = 0.5 * idf * 2.2 * mentions[i] / (mentions[i] + 1.2);
        assertEquals(expected, results.hits().get(i).score(), 1e-5, results.hits().get(i).id());
      }
      // the snippet still shows the Arabic name the query did not type
      assertTrue(
          results.hits().get(0).snippet().contains("<b>النيجر</b>"),
          results.hits().get(0).snippet());
    }
  }

  /**
   * A word that a language drops as a stopword ranks the matches of the other words but does not
   * stand in for them: "le Maroc" needs Maroc, though "le" is a word of English analysis.
   */
  @Test
  void optionalWordsDoNotCountAmongTheWordsAQueryNeeds() throws Exception {
    try (Revue revue =
        indexed(
            Map.of(
                "lepen.txt",
                "Le Pen visits the port\n\nMarine Le Pen visited the port on Monday and met the dockers, who asked for higher wages.\n",
                "rabat.txt",
                "Rabat\nLe Maroc et la France\n\nLe Maroc et la France ont signé un accord sur l'eau à Rabat lundi.\n"))) {
      assertEquals(
          List.of("corpus/rabat.txt"),
          revue.search(SearchRequest.of("le Maroc").withEntityExpansion(false)).hits().stream()
              .map(Hit::id)
              .toList());
      // alone, the optional word is searched where it is a word: in English, not in French
      assertEquals(
          List.of("corpus/lepen.txt"),
          revue.search(SearchRequest.of("le").withEntityExpansion(false)).hits().stream()
              .map(Hit::id)
              .toList());
    }
  }

  /**
   * A word that the gazetteer takes for a minister's name only with one letter changed stands for
   * the minister when it is rare in the index (a typo), not when it is a word of its own: "falls"
   * is one letter from Valls.
   */
  @Test
  void aWordOneLetterFromANameNamesTheMinisterOnlyWhenItIsRare() throws Exception {
    Map<String, String> articles = new HashMap<>();
    for (int i = 1; i <= 2; i++) {
      articles.put(
          "valls" + i + ".txt",
          "Paris\nManuel Valls en visite "
              + i
              + "\n\nLe Premier ministre Manuel Valls a présenté son plan "
              + i
              + " devant les députés.\n");
    }
    for (int i = 1; i <= 3; i++) {
      articles.put(
          "falls" + i + ".txt",
          "Water levels\n\nThe water level falls again in the river, report number "
              + i
              + " says, as the dry season goes on.\n");
    }
    try (Revue revue = indexed(articles)) {
      SearchResults falls = revue.search(SearchRequest.of("falls"));
      assertEquals(3, falls.total());
      assertTrue(
          falls.hits().stream().allMatch(h -> h.matchedEntities().isEmpty()),
          falls.hits().toString());
      SearchResults typo = revue.search(SearchRequest.of("Vallz"));
      assertEquals(
          List.of("corpus/valls1.txt", "corpus/valls2.txt"),
          typo.hits().stream().map(Hit::id).sorted().toList());
      assertEquals(List.of("minister:Manuel Valls"), typo.hits().get(0).matchedEntities());
      assertEquals(2, revue.search(SearchRequest.of("Valls")).total());
    }
  }

  /**
   * A minister's surname that the index holds in many more articles than it tags with the minister
   * is mostly another word, here a first name: "Philippe" is searched as text.
   */
  @Test
  void aNameMostlyUsedForOthersIsSearchedAsText() throws Exception {
    Map<String, String> articles = new HashMap<>();
    articles.put(
        "matignon.txt",
        "Paris\nLe Premier ministre Édouard Philippe à Matignon\n\nLe Premier ministre Édouard Philippe a reçu les syndicats à Matignon.\n");
    String[] others = {
      "Philippe Martin",
      "Philippe Etchebest",
      "Philippe Katerine",
      "Philippe Lucas",
      "Philippe Caubère",
      "Philippe Torreton"
    };
    for (int i = 0; i < others.length; i++) {
      articles.put(
          "other" + i + ".txt",
          "Lyon\nUn portrait de "
              + others[i]
              + "\n\n"
              + others[i]
              + " présente son nouveau spectacle à Lyon cette semaine.\n");
    }
    try (Revue revue = indexed(articles)) {
      SearchResults results = revue.search(SearchRequest.of("Philippe"));
      assertEquals(7, results.total());
      Hit matignon =
          results.hits().stream()
              .filter(h -> h.id().equals("corpus/matignon.txt"))
              .findFirst()
              .orElseThrow();
      assertEquals(List.of("Édouard Philippe"), matignon.ministers());
      assertTrue(
          results.hits().stream().allMatch(h -> h.matchedEntities().isEmpty()),
          results.hits().toString());
      // named in full, he is found as the minister
      assertEquals(
          List.of("minister:Édouard Philippe"),
          revue.search(SearchRequest.of("\"Édouard Philippe\"")).hits().get(0).matchedEntities());
    }
  }

  @Test
  void queryWithoutWordsThrowsInvalidInput() {
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> revue.search(SearchRequest.of("« - »")));
      assertEquals("nothing to search for: '« - »' holds no words", e.getMessage());
    }
  }

  /** A revue whose index holds the articles, written as files (name -> text) in tmp/corpus. */
  private Revue indexed(Map<String, String> articles) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (var article : articles.entrySet()) {
      Files.writeString(corpus.resolve(article.getKey()), article.getValue());
    }
    Revue revue = Revue.open(tmp.resolve("index"));
    revue.index(List.of(corpus));
    return revue;
  }

  @Test
  void emptyIndexAnswersWithNoHits() {
    try (Revue revue = Revue.open(tmp.resolve("empty"))) {
      SearchResults results = revue.search(SearchRequest.of("Bourita"));
      assertEquals(0, results.total());
      assertEquals(List.of(), results.hits());
    }
  }
}

package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pasted text never fails: titles and punctuation as users paste them, on the bundled corpus. */
class PastedTextSearchTest {

  private static final String SEED_ARTICLE = "corpus/marrakech-coalition-2022.txt";
  private static final long SEED = 20261206L;

  @TempDir static Path tmp;
  static Revue revue;

  @BeforeAll
  static void indexBundledCorpus() {
    revue = Revue.open(tmp.resolve("index"));
    revue.index(List.of(Path.of("corpus")));
  }

  @AfterAll
  static void close() {
    revue.close();
  }

  /** (article id, title) of every article of the bundled corpus: its second line. */
  private static List<String[]> bundledTitles() throws IOException {
    List<String[]> titles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String parent = file.getParent().getFileName().toString();
        titles.add(
            new String[] {parent + "/" + file.getFileName(), Files.readAllLines(file).get(1)});
      }
    }
    assertEquals(7, titles.size());
    return titles;
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  @Test
  void everyBundledTitlePastedFindsItsArticleFirst() throws IOException {
    for (String[] title : bundledTitles()) {
      SearchResults results = revue.search(SearchRequest.of(title[1]));
      assertEquals(title[0], ids(results).get(0), title[1]);
      // "(vidéos)" is a group of one word, deliberate syntax: nothing was read otherwise
      assertNull(results.queryNote(), title[1]);
    }
  }

  @Test
  void pastedTitlesWithWhatLooksLikeSyntaxAreSearchedAsTheirWords() {
    String[][] cases = {
      // query pasted, the note it gets
      {
        "Le monde affûte ses armes au Maroc : contre le terrorisme (vidéos)",
        "read as words, not query syntax: ':' after \"Maroc\" (not a field)"
      },
      {
        "Le monde affûte ses armes au Maroc: contre le terrorisme",
        "read as words, not query syntax: ':' after \"Maroc\" (not a field)"
      },
      {
        "Le monde affûte ses armes au Maroc contre le terrorisme (vidéos",
        "read as words, not query syntax: unpaired '('"
      },
      {
        "Le monde \"affûte ses armes au Maroc contre le terrorisme",
        "read as words, not query syntax: unpaired '\"'"
      },
      {"Le monde affûte ses armes au « Maroc contre le terrorisme", null},
      {
        "Le monde affûte ses armes au Maroc contre le terrorisme AND",
        "read as words, not query syntax: 'AND' joining nothing"
      },
      {
        "Le monde affûte ses armes - au Maroc contre le terrorisme 1/2 *",
        "read as words, not query syntax: '-' before no word, '/', '*' not after a word"
      },
      {
        "Le monde affûte-t-il ses armes au Maroc contre le terrorisme ?",
        "read as words, not query syntax: '?' not inside a word"
      },
    };
    for (String[] c : cases) {
      SearchResults results = revue.search(SearchRequest.of(c[0]));
      assertEquals(SEED_ARTICLE, ids(results).get(0), c[0]);
      assertEquals(c[1], results.queryNote(), c[0]);
    }
    SearchResults arabic =
        revue.search(SearchRequest.of("المغرب: وموريتانيا يبحثان الوضع الأمني (في منطقة الساحل"));
    assertEquals("samples/sample-ar-maroc-mauritanie-2023.txt", ids(arabic).get(0));
    assertEquals(
        "read as words, not query syntax: unpaired '(', ':' after \"المغرب\" (not a field)",
        arabic.queryNote());
  }

  @Test
  void anEmojiOrSymbolPastedAmongWordsRanksButIsNotRequired() {
    // user trial: "Macron 🇫🇷 Merkel" found nothing, the flag a word that no article holds
    List<String> bouritaNiger =
        List.of(SEED_ARTICLE, "samples/sample-ar-maroc-mauritanie-2023.txt");
    for (String q : List.of("Bourita 🇲🇦 Niger", "Bourita ❤️ Niger 🔥", "Bourita → Niger")) {
      SearchResults r = revue.search(SearchRequest.of(q));
      assertEquals(2, r.total(), q);
      assertEquals(bouritaNiger, ids(r), q);
    }
    assertEquals(0, revue.search(SearchRequest.of("🔥🔥")).total());
  }

  @Test
  void aLinkPastedAmongWordsIsLeftOutAndTheOtherWordsAreSearched() {
    List<String> bouritaNiger =
        List.of(SEED_ARTICLE, "samples/sample-ar-maroc-mauritanie-2023.txt");
    assertEquals(bouritaNiger, ids(revue.search(SearchRequest.of("Bourita Niger"))));
    // three words, all required: the link was one that no article holds, and nothing matched
    SearchResults pasted =
        revue.search(
            SearchRequest.of(
                "Bourita https://www.lemonde.fr/politique/article/2017/05/14/x.html Niger"));
    assertEquals(2, pasted.total());
    assertEquals(bouritaNiger, ids(pasted));
    assertEquals("link left out of the query: www.lemonde.fr/…", pasted.queryNote());
    // with what else the text reads as words, said after it
    SearchResults both = revue.search(SearchRequest.of("Bourita: https://t.co/AbC Niger"));
    assertEquals(bouritaNiger, ids(both));
    assertEquals(
        "link left out of the query: t.co/…; read as words, not query syntax: ':' after"
            + " \"Bourita\" (not a field)",
        both.queryNote());
  }

  @Test
  void aPastedParagraphMatchesTheArticlesHoldingAQuarterOfItsWords() {
    // 13 words French keeps (ministre, Bourita, était, Marrakech, coalition and 8 no article
    // holds): an article must hold 4; any of them used to match, 5 of the 7 articles
    String words = "boulangerie piscine tracteur violoncelle moutarde parapluie girafe trottinette";
    SearchResults paragraph =
        revue.search(
            SearchRequest.of(
                "Le ministre Bourita était à Marrakech pour la coalition, avec la " + words));
    assertEquals(1, paragraph.total());
    assertEquals(List.of(SEED_ARTICLE), ids(paragraph));
    assertNull(paragraph.queryNote());
    // 9 words, 3 asked for, none holds them: ranked by the words each holds, and said
    SearchResults none = revue.search(SearchRequest.of("Bourita " + words));
    assertEquals(4, none.total());
    assertEquals(
        List.of(
            "samples/sample-en-albares-rabat-2023.txt",
            SEED_ARTICLE,
            "samples/sample-fr-maroc-mauritanie-2023.txt",
            "samples/sample-ar-maroc-mauritanie-2023.txt"),
        ids(none));
    assertEquals(
        "no article holds a quarter of its words: ranked by how many of them each holds",
        none.queryNote());
  }

  @Test
  void pasteThatNoArticleHoldsThreeInFourOfIsRankedByTheWordsItHolds() {
    // a tweet's links are left out, and no article holds Bourita and Niamey both: read as typed,
    // its links are words no article holds, and three in four of five words finds nothing
    SearchResults tweet =
        revue.search(
            SearchRequest.of("Bourita à Niamey https://t.co/x1y2z3 pic.twitter.com/q9w8e7"));
    assertEquals(5, tweet.total());
    assertEquals(
        List.of(
            SEED_ARTICLE,
            "samples/sample-fr-niamey-sahel-2023.txt",
            "samples/sample-en-albares-rabat-2023.txt",
            "samples/sample-fr-maroc-mauritanie-2023.txt",
            "samples/sample-ar-maroc-mauritanie-2023.txt"),
        ids(tweet));
    assertEquals(
        "read as words, not query syntax: ':' after \"https\" (not a field), '/'; no article holds"
            + " three in four of its words: ranked by how many of them each holds",
        tweet.queryNote());
    SearchResults typos = revue.search(SearchRequest.of("Sahel Bourita Niamey xqzv"));
    assertEquals("samples/sample-fr-niamey-sahel-2023.txt", ids(typos).get(0));
    assertEquals(
        "no article holds three in four of its words: ranked by how many of them each holds",
        typos.queryNote());
    // up to three words, all are asked for: what the user typed, and nothing matches it
    SearchResults three = revue.search(SearchRequest.of("Bourita Niamey xqzv"));
    assertEquals(0, three.total());
    assertNull(three.queryNote());
  }

  @Test
  void emptyQueryListsEveryArticleAndSaysSo() {
    SearchResults all = revue.search(SearchRequest.of(" "));
    assertEquals(7, all.total());
    assertEquals("no query: every article under the filters", all.queryNote());
    SearchResults star = revue.search(SearchRequest.of("*"));
    assertEquals(7, star.total());
    assertNull(star.queryNote());
  }

  @Test
  void wordsThatOneLanguageDropsAllOfFindNothingAndSaySo() {
    for (String query : List.of("le la les", "of the", "في من")) {
      SearchResults results = revue.search(SearchRequest.of(query));
      assertEquals(0, results.total(), query);
      assertEquals(
          "only stop words, nothing searched: add a word that names what you look for",
          results.queryNote(),
          query);
    }
    // each word is a stop word of one language only: searched
    SearchResults mixed = revue.search(SearchRequest.of("the son"));
    assertNull(mixed.queryNote());
    // one word is searched as typed, whatever it is in another language
    assertNull(revue.search(SearchRequest.of("son")).queryNote());
  }

  @Test
  void queryOfThousandsOfWordsIsTooLong() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      words.append("mot").append(i).append(' ');
    }
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> revue.search(SearchRequest.of(words.toString())));
    assertEquals(
        "query too long: more than 1024 clauses (each word counts once per language's field); shorten it",
        e.getMessage());
  }

  /** Hits measured before pasted text was read as words: deliberate syntax reads as it did. */
  @Test
  void deliberateSyntaxFindsWhatItFoundBefore() {
    String[][] cases = {
      {
        "title:Maroc",
        "samples/sample-fr-maroc-mauritanie-2023.txt corpus/marrakech-coalition-2022.txt"
      },
      {
        "\"Nasser Bourita\"",
        "samples/sample-en-albares-rabat-2023.txt samples/sample-fr-maroc-mauritanie-2023.txt corpus/marrakech-coalition-2022.txt samples/sample-ar-maroc-mauritanie-2023.txt"
      },
      {
        "Maroc -Mauritanie",
        "corpus/marrakech-coalition-2022.txt samples/sample-en-albares-rabat-2023.txt"
      },
      {
        "Maroc OR Niger",
        "corpus/marrakech-coalition-2022.txt samples/sample-fr-niamey-sahel-2023.txt samples/sample-ar-maroc-mauritanie-2023.txt samples/sample-fr-maroc-mauritanie-2023.txt samples/sample-en-albares-rabat-2023.txt"
      },
      {
        "country:NE",
        "samples/sample-ar-maroc-mauritanie-2023.txt samples/sample-fr-niamey-sahel-2023.txt corpus/marrakech-coalition-2022.txt"
      },
      {"Niger NOT Bourita", "samples/sample-fr-niamey-sahel-2023.txt"},
      {
        "(Niger OR Mali) AND Bourita",
        "samples/sample-ar-maroc-mauritanie-2023.txt corpus/marrakech-coalition-2022.txt samples/sample-fr-maroc-mauritanie-2023.txt"
      },
      {
        "Bour*",
        "samples/sample-en-albares-rabat-2023.txt samples/sample-fr-maroc-mauritanie-2023.txt corpus/marrakech-coalition-2022.txt"
      },
      {
        // the word itself (and the minister it names, in Arabic too) or the words near it
        "Bourita~",
        "samples/sample-ar-maroc-mauritanie-2023.txt samples/sample-en-albares-rabat-2023.txt samples/sample-fr-maroc-mauritanie-2023.txt corpus/marrakech-coalition-2022.txt"
      },
      {"lang:en Guinea", "samples/sample-en-guinea-bissau-2022.txt"},
      {
        "+Maroc Sahel",
        "samples/sample-fr-maroc-mauritanie-2023.txt samples/sample-en-albares-rabat-2023.txt"
      },
      {"title:\"Guinea-Bissau\"", "samples/sample-en-guinea-bissau-2022.txt"},
      {
        "Niger AND NOT Mauritanie",
        "samples/sample-fr-niamey-sahel-2023.txt corpus/marrakech-coalition-2022.txt"
      },
      {
        "minister:Bourita",
        "samples/sample-ar-maroc-mauritanie-2023.txt samples/sample-en-albares-rabat-2023.txt samples/sample-fr-maroc-mauritanie-2023.txt corpus/marrakech-coalition-2022.txt"
      },
    };
    for (String[] c : cases) {
      SearchResults results = revue.search(SearchRequest.of(c[0]));
      List<String> expected = List.of(c[1].split(" "));
      List<String> found = ids(results);
      if (c[0].startsWith("country:")
          || c[0].startsWith("minister:")
          || c[0].endsWith("*")
          || c[0].endsWith("~")) {
        // a tag or a prefix alone scores every article alike: their order is the index's
        expected = expected.stream().sorted().toList();
        found = found.stream().sorted().toList();
      }
      assertEquals(expected, found, c[0]);
      assertNull(results.queryNote(), c[0]);
    }
  }

  /** Everything the syntax gives a meaning to, and the punctuation of pasted text. */
  private static final String[] ANY_PUNCTUATION = {
    ":", "/", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "«", "»", "^", "~", "*", "\\", "-", "+",
    "&&", "||", "AND", "OR", "NOT", "'", ",", ".", "…", "—", "“", "”", "title:", "lang:", "&amp;",
  };

  /**
   * Punctuation that cannot take a word out of the query when put beside it with a space, or after
   * it: the article still matches.
   */
  private static final String[] HARMLESS_PUNCTUATION = {
    ":", "/", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "«", "»", "\\", "-", "+", "'", ",", ".",
    "…", "—",
  };

  @Test
  void randomPunctuationAroundWordsNeverFails() throws IOException {
    Random random = new Random(SEED);
    List<String[]> titles = bundledTitles();
    for (int round = 0; round < 400; round++) {
      String[] title = titles.get(random.nextInt(titles.size()));
      String query = sprinkle(title[1], ANY_PUNCTUATION, true, random);
      try {
        revue.search(SearchRequest.of(query));
      } catch (RuntimeException e) {
        fail("seed " + SEED + ", round " + round + ": " + query + " -> " + e, e);
      }
    }
  }

  @Test
  void randomHarmlessPunctuationAroundWordsStillFindsTheArticle() throws IOException {
    Random random = new Random(SEED);
    List<String[]> titles = bundledTitles();
    for (int round = 0; round < 400; round++) {
      String[] title = titles.get(random.nextInt(titles.size()));
      String query = sprinkle(title[1], HARMLESS_PUNCTUATION, false, random);
      List<String> found;
      try {
        found = ids(revue.search(SearchRequest.of(query)));
      } catch (RuntimeException e) {
        throw new AssertionError(
            "seed " + SEED + ", round " + round + ": " + query + " -> " + e, e);
      }
      assertTrue(
          found.contains(title[0]),
          "seed " + SEED + ", round " + round + ": " + query + " -> " + found);
    }
  }

  /**
   * The title's words, each with punctuation before or after it, attached or apart, and punctuation
   * between them. Unless {@code attachBefore}, nothing is attached before a word ({@code -word}
   * would exclude it).
   */
  private static String sprinkle(
      String title, String[] punctuation, boolean attachBefore, Random random) {
    StringBuilder query = new StringBuilder();
    for (String word : title.split(" ")) {
      if (random.nextInt(3) == 0) {
        query
            .append(pick(punctuation, random))
            .append(attachBefore && random.nextBoolean() ? "" : " ");
      }
      query.append(word);
      if (random.nextInt(3) == 0) {
        query.append(random.nextBoolean() ? "" : " ").append(pick(punctuation, random));
      }
      query.append(random.nextInt(4) == 0 ? "  " : " ");
    }
    return query.toString().strip();
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  @Test
  void aFuzzyWordMarksTheEntityItNamesInTheOtherScript() {
    revue.Hit arabic =
        revue.search(SearchRequest.of("Bourita~")).hits().stream()
            .filter(h -> h.id().equals("samples/sample-ar-maroc-mauritanie-2023.txt"))
            .findFirst()
            .orElseThrow();
    List<String> marked =
        arabic.snippetMatches().stream()
            .map(m -> arabic.snippetText().substring(m.start(), m.end()))
            .toList();
    // as for "Bourita": the Arabic spelling of the minister the word names
    assertEquals(
        revue.search(SearchRequest.of("Bourita")).hits().stream()
            .filter(h -> h.id().equals(arabic.id()))
            .findFirst()
            .map(
                h ->
                    h.snippetMatches().stream()
                        .map(m -> h.snippetText().substring(m.start(), m.end()))
                        .toList())
            .orElseThrow(),
        marked);
    assertEquals(true, marked.stream().anyMatch(w -> w.contains("بوريطة")), marked.toString());
  }
}

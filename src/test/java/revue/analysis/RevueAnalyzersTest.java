package revue.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static revue.analysis.AnalyzerTables.analyzer;
import static revue.analysis.AnalyzerTables.expected;
import static revue.analysis.AnalyzerTables.tokens;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RevueAnalyzersTest {

  @ParameterizedTest(name = "{0}: {1} -> [{2}]")
  @MethodSource("revue.analysis.AnalyzerTables#all")
  void analyzerGivesTableTokens(String analyzer, String input, String expectedTokens) {
    assertEquals(expected(expectedTokens), tokens(analyzer(analyzer), input));
  }

  @ParameterizedTest(name = "{0}: {1} -> [{2}]")
  @MethodSource("revue.analysis.AnalyzerTables#all")
  void tokensDoNotDependOnDefaultLocale(String analyzer, String input, String expectedTokens) {
    Locale saved = Locale.getDefault();
    try {
      for (String tag : List.of("ar", "tr", "fr")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals(expected(expectedTokens), tokens(analyzer(analyzer), input), tag);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void upperCaseDottedIUnderTurkishLocaleLowerCasesToPlainI() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertEquals(List.of("intern"), tokens(RevueAnalyzers.forLanguage("en"), "INTERNATIONAL"));
      assertEquals(
          List.of("ministr", "intern"),
          tokens(RevueAnalyzers.forLanguage("fr"), "MINISTRE INTERNE"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void handlePartsStandAtThePositionOfTheWholeHandle() throws IOException {
    List<String> tokensWithIncrements = new ArrayList<>();
    try (TokenStream stream =
        RevueAnalyzers.forLanguage("en").tokenStream("body", "by @MarocDiplomatie today")) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokensWithIncrements.add(
            term
                + "/"
                + inc.getPositionIncrement()
                + "/"
                + offset.startOffset()
                + "-"
                + offset.endOffset());
      }
      stream.end();
    }
    assertEquals(
        List.of("marocdiplomati/2/3-19", "maroc/0/3-19", "diplomati/1/3-19", "todai/1/20-25"),
        tokensWithIncrements);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @org.junit.jupiter.params.provider.CsvSource({
    "fr, Sécu, secu",
    "fr, L’Élys, elys",
    "fr, AUJOURD’HUI, aujourd'hui",
    "ar, الأميركية, الاميركيه",
    "ar, ١٢, 12",
    "en, Café, cafe",
    "de, Grüße, grusse",
    "names, بُوريطة, بوريطه",
  })
  void normalizeFoldsQueryTermsLikeIndexedText(String analyzer, String term, String expected) {
    assertEquals(expected, analyzer(analyzer).normalize("body", term).utf8ToString());
  }

  /**
   * The analyzers for positions only (snippets of a body indexed without offsets) place every token
   * of the full analyzers at the same position with the same offsets: seeded random text of
   * stopwords, elisions, handles, hashtags, tatweel and marks, in every language.
   */
  @Test
  void positionsAnalyzersPlaceEveryTokenWhereTheFullOnesDo() throws IOException {
    Random random = new Random(20261130L);
    String[] pieces = {
      "le ",
      "de ",
      "l'",
      "qu’",
      "Arabie ",
      "saoudite ",
      "the ",
      "of ",
      "Morocco's ",
      "على ",
      "في ",
      "والمملكة ",
      "\u0640 ",
      "\u064E ",
      "#MarocDiplomatie ",
      "@SkyNewsArabia_B ",
      "#يوم_الأرض ",
      "http://t.co/x ",
      "١٢ ",
      "Bourita ",
      "été ",
      "à ",
      "\n",
      ", ",
      ". "
    };
    for (String lang : List.of("fr", "ar", "en", "xx")) {
      for (int round = 0; round < 300; round++) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(30);
        for (int i = 0; i < parts; i++) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        String input = text.toString();
        List<String> full = places(RevueAnalyzers.forLanguage(lang), input);
        List<String> positions = places(RevueAnalyzers.positions(), input);
        assertTrue(
            positions.containsAll(full), lang + ": " + input + "\n" + full + "\n" + positions);
      }
    }
  }

  /** Each token's position and offsets, "position:start-end". */
  private static List<String> places(Analyzer analyzer, String input) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", input)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(position + ":" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void randomTextNeverThrowsAndKeepsOffsetsInsideTheText() throws IOException {
    Random random = new Random(20220510L);
    String[] pieces = {
      "@",
      "#",
      "http://",
      "https://",
      "www.",
      "pic.twitter.com/",
      ".com/",
      "’",
      "'",
      "_",
      "-",
      " ",
      "\n",
      "\u0640",
      "\u064E",
      "\u200F",
      "\uFEFF",
      "l'",
      "qu’",
      "ال",
      "و",
      "ة",
      "أ",
      "ى",
      "١",
      "۴",
      "É",
      "ß",
      "İ",
      "\uD83D\uDE00",
      "\uD800",
      "\uDC00",
      "&#39;",
      "x@y.fr",
      "/"
    };
    List<Analyzer> analyzers =
        List.of(
            RevueAnalyzers.forLanguage("fr"),
            RevueAnalyzers.forLanguage("ar"),
            RevueAnalyzers.forLanguage("en"),
            RevueAnalyzers.neutral(),
            RevueAnalyzers.arabicNames());
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(40);
      for (int i = 0; i < parts; i++) {
        if (random.nextBoolean()) {
          text.append(pieces[random.nextInt(pieces.length)]);
        } else {
          int cp = random.nextInt(random.nextBoolean() ? 0x700 : 0x110000);
          if (Character.isValidCodePoint(cp)) {
            text.appendCodePoint(cp);
          }
        }
      }
      String input = text.toString();
      for (Analyzer analyzer : analyzers) {
        int lastStart = 0;
        try (TokenStream stream = analyzer.tokenStream("body", input)) {
          OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            assertTrue(term.length() > 0, input);
            assertTrue(offset.startOffset() >= lastStart, input);
            assertTrue(offset.startOffset() <= offset.endOffset(), input);
            assertTrue(offset.endOffset() <= input.length(), input);
            lastStart = offset.startOffset();
          }
          stream.end();
          assertEquals(input.length(), offset.endOffset(), input);
        }
      }
      // normalize() folds a query term as the non-stemming steps do, which Lucene's own filters
      // give here: lower case, accents (ASCIIFoldingFilter), digits (DecimalDigitFilter), French
      // elision; Arabic spelling by ArabicSpelling
      String term = input.substring(0, Math.min(8, input.length()));
      for (String lang : term.isEmpty() ? List.<String>of() : List.of("fr", "en", "ar", "xx")) {
        Analyzer analyzer =
            lang.equals("xx") ? RevueAnalyzers.neutral() : RevueAnalyzers.forLanguage(lang);
        assertEquals(
            LUCENE_NORMALIZERS.get(lang).normalize("body", term),
            analyzer.normalize("body", term),
            lang + " normalize(" + term + "), round " + round);
      }
    }
  }

  /** normalize() per language made of Lucene's filters (and ArabicSpelling, which Lucene lacks). */
  private static final java.util.Map<String, Analyzer> LUCENE_NORMALIZERS =
      java.util.Map.of(
          "fr",
              luceneNormalizer(
                  in ->
                      new ASCIIFoldingFilter(
                          new LowerCaseFilter(
                              new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)))),
          "en", luceneNormalizer(in -> new ASCIIFoldingFilter(new LowerCaseFilter(in))),
          "ar", luceneNormalizer(RevueAnalyzersTest::arabicNormalizer),
          "xx", luceneNormalizer(RevueAnalyzersTest::arabicNormalizer));

  private static TokenStream arabicNormalizer(TokenStream in) {
    TokenStream result = new LowerCaseFilter(in);
    result =
        new org.apache.lucene.analysis.TokenFilter(result) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
              return false;
            }
            String folded = ArabicSpelling.normalize(term);
            term.setEmpty().append(folded);
            return true;
          }
        };
    return new ASCIIFoldingFilter(new DecimalDigitFilter(result));
  }

  private static Analyzer luceneNormalizer(java.util.function.UnaryOperator<TokenStream> chain) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        throw new UnsupportedOperationException("normalize only");
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return chain.apply(in);
      }
    };
  }

  @Test
  void searchFindsAccentedFrenchWordFromBareQueryAndPrefix() throws Exception {
    assertEquals(1, hits("fr", "La sécurité de l’Élysée", "securite"));
    assertEquals(1, hits("fr", "La sécurité de l’Élysée", "elysee"));
    assertEquals(1, hits("fr", "La sécurité de l’Élysée", "sécu*"));
    assertEquals(0, hits("fr", "La sécurité de l’Élysée", "santé"));
  }

  @Test
  void searchFindsArabicNameWhateverItsSpelling() throws Exception {
    String body = "استقبل وزير الخارجية ناصر بوريطة نظيره";
    assertEquals(1, hits("ar", body, "بوريطه"));
    assertEquals(1, hits("ar", body, "وبوريطة"));
    assertEquals(1, hits("names", body, "بوريطه"));
    assertEquals(1, hits("names", body, "بُوريطة"));
    assertEquals(1, hits("ar", body, "الخارجيه"));
  }

  @Test
  void searchFindsTweetByHandlePartAndHashtag() throws Exception {
    String body =
        "La réunion de Marrakech.#CommonMissionAcrossRegionspic.twitter.com/PEV9h5qwbS\n"
            + "— Maroc Diplomatie (@MarocDiplomatie) May 9, 2022";
    assertEquals(1, hits("fr", body, "MarocDiplomatie"));
    assertEquals(1, hits("fr", body, "\"common mission\""));
    assertEquals(1, hits("fr", body, "CommonMissionAcrossRegions"));
    assertEquals(0, hits("fr", body, "PEV9h5qwbS"));
  }

  private static long hits(String analyzerName, String body, String query) throws Exception {
    Analyzer analyzer = analyzer(analyzerName);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        Document doc = new Document();
        doc.add(new TextField("body", body, Field.Store.NO));
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return new IndexSearcher(reader).count(new QueryParser("body", analyzer).parse(query));
      }
    }
  }
}

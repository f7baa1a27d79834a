package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import revue.index.FieldAnalyzers;

class SnippetHighlighterTest {

  @Test
  void fieldPartOfWordsKeepsTheFieldsLeavesAndRepeats() {
    Query bourita =
        new DisjunctionMaxQuery(
            List.of(
                new BoostQuery(term("title_fr", "bourita"), 2f),
                term("body_fr", "bourita"),
                term("body_ar", "بوريط"),
                new BoostQuery(new ConstantScoreQuery(term("minister", "Nasser Bourita")), 0.1f),
                new BoostQuery(new PhraseQuery("body_fr", "nasser", "bourita"), 0.5f)),
            0.1f);
    Query niger =
        new DisjunctionMaxQuery(
            List.of(term("body_fr", "niger"), term("body_en", "niger"), term("body_fr", "niger")),
            0.1f);
    Query query =
        new BooleanQuery.Builder()
            .add(bourita, Occur.SHOULD)
            .add(niger, Occur.SHOULD)
            .add(term("body_fr", "mali"), Occur.MUST_NOT)
            .setMinimumNumberShouldMatch(2)
            .build();

    assertEquals(
        new DisjunctionMaxQuery(
            List.of(
                term("body_fr", "bourita"),
                new PhraseQuery("body_fr", "nasser", "bourita"),
                term("body_fr", "niger"),
                term("body_fr", "niger")),
            0f),
        SnippetHighlighter.fieldPart(query, "body_fr"));
    assertEquals(term("body_ar", "بوريط"), SnippetHighlighter.fieldPart(query, "body_ar"));
    assertEquals(
        new MatchNoDocsQuery().getClass(),
        SnippetHighlighter.fieldPart(query, "body_xx").getClass());
  }

  @Test
  void fieldPartIsNullUnderANestedConjunctionOrAnUnknownLeaf() {
    Query conjunction =
        new BooleanQuery.Builder()
            .add(term("body_fr", "macron"), Occur.MUST)
            .add(term("title_fr", "merkel"), Occur.MUST)
            .build();
    Query nested =
        new BooleanQuery.Builder()
            .add(conjunction, Occur.SHOULD)
            .add(term("body_fr", "algerie"), Occur.SHOULD)
            .build();
    assertNull(SnippetHighlighter.fieldPart(nested, "body_fr"));
    assertNull(
        SnippetHighlighter.fieldPart(
            org.apache.lucene.document.LongPoint.newRangeQuery("date_day", 0, 10), "body_fr"));
  }

  @Test
  void aWildcardOrFuzzyWordIsALeafOfItsField() {
    Query wildcard = new WildcardQuery(new Term("body_fr", "bouri*"));
    assertEquals(wildcard, SnippetHighlighter.fieldPart(wildcard, "body_fr"));
    assertEquals(
        MatchNoDocsQuery.class, SnippetHighlighter.fieldPart(wildcard, "body_ar").getClass());
  }

  @Test
  void fieldPartOfATopLevelConjunctionIsItsFieldsLeaves() {
    Query required =
        new BooleanQuery.Builder()
            .add(term("body_fr", "macron"), Occur.MUST)
            .add(term("title_fr", "merkel"), Occur.MUST)
            .add(term("body_fr", "algerie"), Occur.FILTER)
            .build();
    assertEquals(
        new DisjunctionMaxQuery(List.of(term("body_fr", "macron"), term("body_fr", "algerie")), 0f),
        SnippetHighlighter.fieldPart(required, "body_fr"));
  }

  @Test
  void fieldPartOfRequiredWordsBesideOptionalOnesIsAllTheirLeaves() {
    Query words =
        new BooleanQuery.Builder()
            .add(term("body_fr", "macron"), Occur.SHOULD)
            .add(term("body_fr", "merkel"), Occur.SHOULD)
            .add(term("body_fr", "alger"), Occur.SHOULD)
            .add(term("body_fr", "paris"), Occur.SHOULD)
            .setMinimumNumberShouldMatch(3)
            .build();
    Query query =
        new BooleanQuery.Builder()
            .add(words, Occur.MUST)
            .add(
                new DisjunctionMaxQuery(
                    List.of(term("body_en", "le"), term("body_fr", "ete")), 0.1f),
                Occur.SHOULD)
            .build();
    assertEquals(
        new DisjunctionMaxQuery(
            List.of(
                term("body_fr", "macron"),
                term("body_fr", "merkel"),
                term("body_fr", "alger"),
                term("body_fr", "paris"),
                term("body_fr", "ete")),
            0f),
        SnippetHighlighter.fieldPart(query, "body_fr"));
    // nested under a disjunction, three words in four depend on each other: no field part
    assertNull(
        SnippetHighlighter.fieldPart(
            new BooleanQuery.Builder()
                .add(words, Occur.SHOULD)
                .add(term("body_fr", "x"), Occur.SHOULD)
                .build(),
            "body_fr"));
  }

  /**
   * Hits spread over segments, some without the terms, some with them several times: the snippets
   * are those of Lucene's own highlighter, which finds each hit's matches with the query's weight.
   */
  @Test
  void snippetsAreThoseOfLucenesHighlighterOnTheSameHits() throws Exception {
    String[] bodies = {
      "Le Niger et le Mali. Bourita au Niger.",
      "Rien ici. Rien du tout.",
      "Nasser Bourita reçoit. Puis Bourita repart vers le Niger.",
      "Le Mali seul.",
      "Niger, Niger, Niger: trois fois Niger.",
      "Il pleut. Nasser Bourita parle du Mali et du Niger. Fin.",
      "Bourita.",
      "Une autre phrase. Le Niger encore.",
    };
    List<Document> documents = new ArrayList<>();
    for (String body : bodies) {
      documents.add(withBody(body));
    }
    String[][] snippets =
        luceneAndOurs(
            documents,
            3, // several segments
            new BooleanQuery.Builder()
                .add(
                    new DisjunctionMaxQuery(
                        List.of(
                            term("body_fr", "bourita"),
                            new BoostQuery(new PhraseQuery("body_fr", "nasser", "bourita"), 0.5f)),
                        0.1f),
                    Occur.SHOULD)
                .add(
                    new DisjunctionMaxQuery(
                        List.of(term("body_fr", "niger"), term("body_fr", "mali")), 0.1f),
                    Occur.SHOULD)
                .build(),
            1);
    String[] ours = snippets[1];
    assertEquals(List.of(snippets[0]), List.of(ours));
    assertEquals("<b>Bourita</b> au <b>Niger</b>.", ours[0]);
    assertEquals("Rien ici. ", ours[1]); // no match: the opening sentence
  }

  /**
   * Exact phrases, read from postings kept from hit to hit: every occurrence, a repeated term, a
   * phrase over a gap (a dropped stopword), a half phrase that is not one, hits over several
   * segments; the snippets are those of Lucene's highlighter, which finds each hit's phrases with
   * the query's weight.
   */
  @Test
  void phrasesAreThoseOfLucenesHighlighter() throws Exception {
    String[] bodies = {
      "Arabie saoudite et Arabie. La saoudite arabie. Encore Arabie saoudite ici.",
      "Niger Niger Niger. Le Niger.",
      "Rien de tel.",
      "Le royaume d'Arabie saoudite. Royaume uni. Le royaume de Arabie.",
      "Arabie saoudite.",
      "Une Arabie. Une saoudite. Un royaume x arabie saoudite.",
      "Niger et Niger. Niger.",
    };
    List<Document> documents = new ArrayList<>();
    for (String body : bodies) {
      documents.add(withBody(body));
    }
    Query gap =
        new PhraseQuery.Builder()
            .add(new Term("body_fr", "royaume"), 0)
            .add(new Term("body_fr", "arabie"), 2)
            .build();
    String[][] snippets =
        luceneAndOurs(
            documents,
            2,
            new BooleanQuery.Builder()
                .add(
                    new DisjunctionMaxQuery(
                        List.of(
                            new PhraseQuery("body_fr", "arabie", "saoudite"),
                            new PhraseQuery("body_fr", "niger", "niger"),
                            new PhraseQuery("body_fr", "royaume", "x", "arabie"),
                            gap),
                        0.1f),
                    Occur.SHOULD)
                .build(),
            2);
    String[] ours = snippets[1];
    assertEquals(List.of(snippets[0]), List.of(ours));
    assertEquals(
        "<b>Arabie saoudite</b> et Arabie. ... Encore <b>Arabie saoudite</b> ici.", ours[0]);
    assertEquals("<b>Niger Niger Niger</b>. ", ours[1]); // two overlapping occurrences
    assertEquals("Le <b>royaume de Arabie</b>.", ours[3]); // "d'arabie" is one token here
    assertEquals("Un <b>royaume x arabie saoudite</b>.", ours[5]);
    assertEquals("Niger et <b>Niger. Niger</b>", ours[6]); // positions run on over sentences
  }

  /**
   * An entity's spellings under its tag (as the parser expands a word naming it) are highlighted in
   * the tagged hits only, as Lucene's highlighter does: "malien" in an article not tagged with Mali
   * is another word, not the entity.
   */
  @Test
  void spellingsUnderATagAreHighlightedInTaggedHitsOnly() throws Exception {
    String[][] articles = {
      {"Le Niger et le Mali. Un malien parle.", "ML"},
      {"Un budget malien. Puis le Niger.", null},
      {"Le Niger seul. Des maliens.", "ML"},
      {"Rien. Niger.", null},
    };
    List<Document> documents = new ArrayList<>();
    for (String[] article : articles) {
      Document doc = withBody(article[0]);
      if (article[1] != null) {
        doc.add(new StringField("country", article[1], Field.Store.NO));
      }
      documents.add(doc);
    }
    Query mali =
        new BooleanQuery.Builder()
            .add(new BoostQuery(new ConstantScoreQuery(term("country", "ML")), 0.01f), Occur.MUST)
            .add(
                new DisjunctionMaxQuery(
                    List.of(term("body_fr", "malien"), term("body_fr", "maliens")), 0.1f),
                Occur.SHOULD)
            .build();
    String[][] snippets =
        luceneAndOurs(
            documents,
            documents.size(),
            new BooleanQuery.Builder()
                .add(term("body_fr", "niger"), Occur.SHOULD)
                .add(
                    new DisjunctionMaxQuery(List.of(term("body_fr", "mali"), mali), 0.1f),
                    Occur.SHOULD)
                .build(),
            2);
    String[] ours = snippets[1];
    assertEquals(List.of(snippets[0]), List.of(ours));
    assertEquals("Le <b>Niger</b> et le <b>Mali</b>. Un <b>malien</b> parle.", ours[0]);
    assertEquals("Puis le <b>Niger</b>.", ours[1]); // "malien" is not Mali's here
    assertEquals("Le <b>Niger</b> seul. Des <b>maliens</b>.", ours[2]);
  }

  /**
   * Body fields are indexed without offsets; the highlighter finds them from the positions by
   * analysing the hit's text again. Its snippets are those of the same texts indexed with offsets:
   * words after dropped stopwords and elisions, a phrase, a hashtag's part stacked on the whole,
   * several segments.
   */
  @Test
  void aBodyWithoutOffsetsHasTheSnippetsOfOneWithThem() throws Exception {
    String[] bodies = {
      "Le ministre Bourita est arrivé au Niger. L'Arabie saoudite salue la visite.",
      "Rien de tel ici.",
      "Selon #MarocDiplomatie, la réunion de l'Arabie saoudite et du Niger aura lieu à Rabat.",
      "Une diplomatie discrète: le Niger et la diplomatie marocaine.",
    };
    Query query =
        new BooleanQuery.Builder()
            .add(term("body_fr", indexed("Bourita")), Occur.SHOULD)
            .add(term("body_fr", indexed("Niger")), Occur.SHOULD)
            .add(term("body_fr", indexed("diplomatie")), Occur.SHOULD)
            .add(new PhraseQuery("body_fr", indexed("Arabie"), indexed("saoudite")), Occur.SHOULD)
            .build();
    String[] withOffsets =
        revueSnippets(bodies, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, query);
    String[] without = revueSnippets(bodies, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, query);
    assertEquals(List.of(withOffsets), List.of(without));
    assertEquals("Le ministre <b>Bourita</b> est arrivé au <b>Niger</b>. ", without[0]);
    assertEquals(
        // as with offsets: a hashtag's part marks the whole, an elided article goes with its word
        "Selon <b>#MarocDiplomatie</b>, la réunion de <b>l'Arabie saoudite</b> et du <b>Niger</b> aura lieu à Rabat.",
        without[2]);
  }

  /** A word as revue's French analysis indexes it. */
  private static String indexed(String word) throws Exception {
    try (var ts = FieldAnalyzers.perField().tokenStream("body_fr", word)) {
      var term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      ts.incrementToken();
      String out = term.toString();
      ts.end();
      return out;
    }
  }

  /** Revue's snippets of the bodies (body_fr, revue's analysis), two to a segment. */
  private static String[] revueSnippets(String[] bodies, IndexOptions options, Query query)
      throws Exception {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(options);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(FieldAnalyzers.perField()))) {
        for (int i = 0; i < bodies.length; i++) {
          Document doc = new Document();
          doc.add(new Field("body_fr", bodies[i], type));
          writer.addDocument(doc);
          if (i % 2 == 1) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query withStates = TermLookups.withTermStates(query, searcher);
        TopDocs all = searcher.search(new MatchAllDocsQuery(), bodies.length);
        Map<Integer, Document> docs = new HashMap<>();
        for (var hit : all.scoreDocs) {
          docs.put(hit.doc, searcher.storedFields().document(hit.doc));
        }
        UnifiedHighlighter.Builder builder =
            UnifiedHighlighter.builder(searcher, FieldAnalyzers.perField());
        return new SnippetHighlighter(
                builder, new IndexSearcher(reader), FieldInfos.getMergedFieldInfos(reader), docs)
            .highlight("body_fr", withStates, all, 1);
      }
    }
  }

  private static Document withBody(String text) {
    FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    Document doc = new Document();
    doc.add(new Field("body_fr", text, withOffsets));
    return doc;
  }

  /**
   * The body_fr snippets of every document, by Lucene's highlighter (which finds each hit's matches
   * with the query's weight) and by ours, with the query's term states looked up as a search does;
   * the index commits a segment every {@code segmentSize} documents.
   */
  private static String[][] luceneAndOurs(
      List<Document> documents, int segmentSize, Query query, int passages) throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int i = 0; i < documents.size(); i++) {
          writer.addDocument(documents.get(i));
          if (i % segmentSize == segmentSize - 1) {
            writer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query withStates = TermLookups.withTermStates(query, searcher);
        TopDocs all = searcher.search(new MatchAllDocsQuery(), documents.size());
        Map<Integer, Document> docs = new HashMap<>();
        for (var hit : all.scoreDocs) {
          docs.put(hit.doc, searcher.storedFields().document(hit.doc));
        }
        UnifiedHighlighter.Builder builder =
            UnifiedHighlighter.builder(searcher, new StandardAnalyzer());
        String[] lucene = builder.build().highlight("body_fr", withStates, all, passages);
        String[] ours =
            new SnippetHighlighter(
                    builder,
                    new IndexSearcher(reader),
                    FieldInfos.getMergedFieldInfos(reader),
                    docs)
                .highlight("body_fr", withStates, all, passages);
        return new String[][] {lucene, ours};
      }
    }
  }

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }
}

package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class TermLookupsTest {

  private static final String[][] ARTICLES = {
    {"Bourita au Niger", "Nasser Bourita a rencontré son homologue du Niger à Niamey."},
    {"Le Mali et le Niger", "Les ministres du Mali et du Niger se sont réunis."},
    {"Sommet à Rabat", "Bourita reçoit à Rabat les ministres du Sahel, dont ceux du Mali."},
    {"Météo", "Il pleut sur Marrakech."},
    {"Niger", "Le Niger, le Niger, encore le Niger."},
  };

  @Test
  void searchScoresAndHitsAreThoseOfTheTermQueriesAlone() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      indexOneSegmentPerArticle(dir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query =
            new BooleanQuery.Builder()
                .add(concept("bourita"), Occur.SHOULD)
                .add(concept("niger"), Occur.SHOULD)
                .add(concept("absent"), Occur.SHOULD)
                .add(new PhraseQuery("body_fr", "du", "mali"), Occur.SHOULD)
                .add(new TermQuery(new Term("body_fr", "pleut")), Occur.MUST_NOT)
                .setMinimumNumberShouldMatch(1)
                .build();

        Query withStates = TermLookups.withTermStates(query, searcher);

        TopDocs expected = searcher.search(query, 10);
        TopDocs actual = searcher.search(withStates, 10);
        assertTrue(expected.scoreDocs.length >= 4, "the test query should match most articles");
        assertEquals(expected.totalHits, actual.totalHits);
        assertEquals(expected.scoreDocs.length, actual.scoreDocs.length);
        for (int i = 0; i < expected.scoreDocs.length; i++) {
          ScoreDoc e = expected.scoreDocs[i];
          ScoreDoc a = actual.scoreDocs[i];
          assertEquals(e.doc, a.doc);
          assertEquals(e.score, a.score, 0f);
        }
      }
    }
  }

  @Test
  void disjunctsWithATermNoDocumentHoldsAreLeftOut() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      indexOneSegmentPerArticle(dir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query query =
            new BooleanQuery.Builder()
                .add(
                    new DisjunctionMaxQuery(
                        List.of(
                            new BoostQuery(new TermQuery(new Term("title_fr", "rabat")), 2f),
                            new TermQuery(new Term("body_fr", "rabat")),
                            new TermQuery(new Term("body_en", "rabat")),
                            new BoostQuery(new PhraseQuery("body_fr", "à", "rabat"), 0.5f),
                            new BoostQuery(new PhraseQuery("body_fr", "rabat", "absent"), 0.5f),
                            new ConstantScoreQuery(new TermQuery(new Term("country", "MA")))),
                        0.1f),
                    Occur.SHOULD)
                .add(concept("absent"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();

        Query pruned = TermLookups.withTermStates(query, searcher);

        Query expected =
            new BooleanQuery.Builder()
                .add(
                    new DisjunctionMaxQuery(
                        List.of(
                            new BoostQuery(new TermQuery(new Term("title_fr", "rabat")), 2f),
                            new TermQuery(new Term("body_fr", "rabat")),
                            new BoostQuery(new PhraseQuery("body_fr", "à", "rabat"), 0.5f)),
                        0.1f),
                    Occur.SHOULD)
                .add(
                    new MatchNoDocsQuery("no term of the disjunction is in the index"),
                    Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
        assertEquals(expected.toString(), pruned.toString());
        assertEquals(searcher.count(query), searcher.count(pruned));
        assertEquals(1, searcher.count(pruned));
      }
    }
  }

  @Test
  void aSecondSearchOfTheSameTermsReusesWhatTheFirstFound() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      indexOneSegmentPerArticle(dir);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermLookups lookups = new TermLookups(searcher);
        Query first = lookups.withTermStates(concept("niger"));
        Query second =
            lookups.withTermStates(
                new BooleanQuery.Builder()
                    .add(concept("niger"), Occur.SHOULD)
                    .add(concept("mali"), Occur.SHOULD)
                    .add(concept("absent"), Occur.SHOULD)
                    .build());

        TermQuery firstBody = bodyTerm(first);
        TermQuery secondBody = bodyTerm(((BooleanQuery) second).clauses().get(0).query());
        assertSame(firstBody.getTermStates(), secondBody.getTermStates());
        assertEquals(3, secondBody.getTermStates().docFreq()); // three bodies say Niger
        assertEquals(
            "((title_fr:niger)^2.0 | body_fr:niger)~0.1 ((title_fr:mali)^2.0 | body_fr:mali)~0.1"
                + " MatchNoDocsQuery(\"no term of the disjunction is in the index\")",
            second.toString());
        assertEquals(
            searcher.search(TermLookups.withTermStates(second, searcher), 10).scoreDocs.length,
            searcher.search(second, 10).scoreDocs.length);
      }
    }
  }

  /** The body_fr term query of a {@link #concept}, with its states. */
  private static TermQuery bodyTerm(Query concept) {
    return (TermQuery)
        ((DisjunctionMaxQuery) concept)
            .getDisjuncts().stream().filter(q -> q instanceof TermQuery).findFirst().orElseThrow();
  }

  private static Query concept(String word) {
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(new TermQuery(new Term("title_fr", word)), 2f),
            new TermQuery(new Term("body_fr", word))),
        0.1f);
  }

  /**
   * Indexes {@link #ARTICLES} (title_fr, body_fr), one segment per article: states are per segment.
   */
  private static void indexOneSegmentPerArticle(Directory dir) throws IOException {
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (String[] article : ARTICLES) {
        Document doc = new Document();
        doc.add(new TextField("title_fr", article[0], Field.Store.NO));
        doc.add(new TextField("body_fr", article[1], Field.Store.NO));
        writer.addDocument(doc);
        writer.commit();
      }
    }
  }
}

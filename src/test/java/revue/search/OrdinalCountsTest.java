package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class OrdinalCountsTest {

  /** {tag, countries (multi-valued), lang}; one segment per two articles. */
  private static final String[][] ARTICLES = {
    {"hit", "NE,ML", "fr"},
    {"hit", "NE", "fr"},
    {"hit", "ML,MA", "ar"},
    {"miss", "NE,DZ", "en"},
    {"hit", "TN", "fr"},
    {"hit", "DZ,NE", "en"},
    {"hit", "SN", "fr"},
    {"miss", "SN,TN", "fr"},
  };

  @Test
  void topValuesByCountThenLabelWithTheRestSummedUp() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      FacetsConfig config = new FacetsConfig();
      config.setMultiValued("country", true);
      index(dir, config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(4, reader.leaves().size());
        SortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, config);
        OrdinalCounts counts = count(reader, state, "hit");

        // hits: NE 3, ML 2, then MA, TN, DZ, SN 1 each: the ties at the cut go by label
        OrdinalCounts.Top countries = top(counts, state, "country", false, 3);
        assertEquals(
            List.of(
                new OrdinalCounts.Value("NE", 3),
                new OrdinalCounts.Value("ML", 2),
                new OrdinalCounts.Value("DZ", 1)),
            countries.values());
        assertEquals(3, countries.otherValues());
        assertEquals(3, countries.otherCount());

        OrdinalCounts.Top langs = top(counts, state, "lang", false, 10);
        assertEquals(
            List.of(
                new OrdinalCounts.Value("fr", 4),
                new OrdinalCounts.Value("ar", 1),
                new OrdinalCounts.Value("en", 1)),
            langs.values());
        assertEquals(0, langs.otherValues());
        assertEquals(0, langs.otherCount());

        // dates: the limit's most frequent values, shown in label order
        OrdinalCounts.Top byLabel = top(counts, state, "country", true, 4);
        assertEquals(
            List.of("DZ", "MA", "ML", "NE"),
            byLabel.values().stream().map(OrdinalCounts.Value::label).toList());
        assertEquals(2, byLabel.otherValues());
        assertEquals(2, byLabel.otherCount());
        assertEquals(
            List.of("DZ", "MA", "ML", "NE", "SN", "TN"),
            top(counts, state, "country", true, 10).values().stream()
                .map(OrdinalCounts.Value::label)
                .toList());
      }
    }
  }

  @Test
  void labelsRememberedByOneSearchServeTheNext() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      FacetsConfig config = new FacetsConfig();
      config.setMultiValued("country", true);
      index(dir, config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        SortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, config);
        var memory = OrdinalCounts.labelMemory(state);
        IndexSearcher searcher = new IndexSearcher(reader);
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange("country");
        List<OrdinalCounts.Top> tops = new java.util.ArrayList<>();
        for (String tag : List.of("hit", "miss", "hit")) {
          FacetsCollector hits =
              searcher.search(new TermQuery(new Term("tag", tag)), new FacetsCollectorManager());
          tops.add(
              OrdinalCounts.count(state, state.getDocValues(), memory, hits)
                  .top(range.start(), range.end(), true, 10));
        }

        assertEquals(tops.get(0), tops.get(2));
        assertEquals(
            List.of(
                new OrdinalCounts.Value("DZ", 1),
                new OrdinalCounts.Value("NE", 1),
                new OrdinalCounts.Value("SN", 1),
                new OrdinalCounts.Value("TN", 1)),
            tops.get(1).values());
        int remembered = 0;
        for (int ord = range.start(); ord <= range.end(); ord++) {
          remembered += memory.get(ord) == null ? 0 : 1;
        }
        assertEquals(6, remembered); // every country of the hits and misses
      }
    }
  }

  @Test
  void noMatchesCountNothing() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      FacetsConfig config = new FacetsConfig();
      config.setMultiValued("country", true);
      index(dir, config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        SortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, config);
        OrdinalCounts.Top none = top(count(reader, state, "nothing"), state, "country", false, 10);
        assertEquals(new OrdinalCounts.Top(List.of(), 0, 0), none);
      }
    }
  }

  private static void index(ByteBuffersDirectory dir, FacetsConfig config) throws Exception {
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < ARTICLES.length; i++) {
        Document doc = new Document();
        doc.add(new StringField("tag", ARTICLES[i][0], Field.Store.NO));
        for (String country : ARTICLES[i][1].split(",")) {
          doc.add(new SortedSetDocValuesFacetField("country", country));
        }
        doc.add(new SortedSetDocValuesFacetField("lang", ARTICLES[i][2]));
        writer.addDocument(config.build(doc));
        if (i % 2 == 1) {
          writer.commit(); // several segments: ordinals are mapped to global ones
        }
      }
    }
  }

  @Test
  void aValueOneWithAnotherTheDocumentHoldsIsTakenBack() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      FacetsConfig config = new FacetsConfig();
      config.setMultiValued("country", true);
      index(dir, config);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        SortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, config);
        OrdinalCounts counts = count(reader, state, "hit");
        int ml =
            (int)
                state
                    .getDocValues()
                    .lookupTerm(
                        new org.apache.lucene.util.BytesRef(
                            FacetsConfig.pathToString("country", "ML")));
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetsCollector hits =
            searcher.search(new TermQuery(new Term("tag", "hit")), new FacetsCollectorManager());
        // NE and ML as one: the first hit holds both, so its ML is taken back (NE 3 + ML 1 = the
        // 4 hits holding either); the fourth article holds NE and DZ but is no hit
        counts.uncount(hits, new int[][] {{0, ml}});
        assertEquals(
            List.of(
                new OrdinalCounts.Value("NE", 3),
                new OrdinalCounts.Value("DZ", 1),
                new OrdinalCounts.Value("MA", 1),
                new OrdinalCounts.Value("ML", 1),
                new OrdinalCounts.Value("SN", 1),
                new OrdinalCounts.Value("TN", 1)),
            top(counts, state, "country", false, 6).values());
      }
    }
  }

  private static OrdinalCounts count(
      DirectoryReader reader, SortedSetDocValuesReaderState state, String tag) throws Exception {
    IndexSearcher searcher = new IndexSearcher(reader);
    FacetsCollector hits =
        searcher.search(new TermQuery(new Term("tag", tag)), new FacetsCollectorManager());
    return OrdinalCounts.count(state, state.getDocValues(), OrdinalCounts.labelMemory(state), hits);
  }

  private static OrdinalCounts.Top top(
      OrdinalCounts counts,
      SortedSetDocValuesReaderState state,
      String dim,
      boolean byLabel,
      int limit)
      throws Exception {
    SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
    return counts.top(range.start(), range.end(), byLabel, limit);
  }
}

package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundFacetStateTest {

  private static final FacetsConfig CONFIG = new FacetsConfig();

  @Test
  void countsAsTheStateItWrapsOnSeveralSegments(@TempDir Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
        // three segments, so that the ordinals of several segments are merged
        add(w, "NE", "fr");
        add(w, "MA", "fr");
        w.commit();
        add(w, "NE", "ar");
        w.commit();
        add(w, "DZ", "en");
        add(w, "NE", "en");
      }
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        assertEquals(3, reader.leaves().size());
        SortedSetDocValuesReaderState background = BackgroundFacetState.start(reader, CONFIG);
        SortedSetDocValuesReaderState direct =
            new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        assertEquals(List.of("NE (3)", "DZ (1)", "MA (1)"), top(reader, background, "country"));
        assertEquals(top(reader, direct, "country"), top(reader, background, "country"));
        assertEquals(List.of("en (2)", "fr (2)", "ar (1)"), top(reader, background, "lang"));
        assertEquals(direct.getSize(), background.getSize());
        assertEquals(direct.getOrdRange("lang").start(), background.getOrdRange("lang").start());
      }
    }
  }

  @Test
  void aFailedBuildIsThrownByEachUse(@TempDir Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
        add(w, "NE", "fr");
      }
      DirectoryReader reader = DirectoryReader.open(d);
      reader.close();
      SortedSetDocValuesReaderState state = BackgroundFacetState.start(reader, CONFIG);
      // the build met the closed reader; each use throws that, not a wrapper nor a null
      assertThrows(AlreadyClosedException.class, state::getSize);
      assertThrows(AlreadyClosedException.class, () -> state.getOrdRange("country"));
    }
  }

  private static void add(IndexWriter w, String country, String lang) throws IOException {
    Document doc = new Document();
    doc.add(new SortedSetDocValuesFacetField("country", country));
    doc.add(new SortedSetDocValuesFacetField("lang", lang));
    w.addDocument(CONFIG.build(doc));
  }

  private static List<String> top(
      DirectoryReader reader, SortedSetDocValuesReaderState state, String dim) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    var fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    FacetResult r = new SortedSetDocValuesFacetCounts(state, fc).getTopChildren(10, dim);
    return java.util.Arrays.stream(r.labelValues)
        .map(lv -> lv.label + " (" + lv.value + ")")
        .toList();
  }
}

package revue.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;
import revue.entity.EntityExtractor;
import revue.index.ArticleDocuments;
import revue.index.GeneratedCorpus;
import revue.index.IndexLayout;

class ParallelSearchTest {

  @Test
  void aSearchIsSpreadOverAsManyCoresAsTheIndexHoldsQuarterMillionsOfDocuments() {
    assertEquals(1, SearchThreads.partsFor(129_652, 2)); // the shared corpora
    assertEquals(1, SearchThreads.partsFor(499_999, 2));
    assertEquals(2, SearchThreads.partsFor(500_000, 2));
    assertEquals(2, SearchThreads.partsFor(1_037_216, 2)); // eight times the corpora
    assertEquals(4, SearchThreads.partsFor(1_037_216, 8));
    assertEquals(1, SearchThreads.partsFor(1_037_216, 1));
    assertEquals(1, SearchThreads.partsFor(0, 2));
  }

  @Test
  void aSearchSpreadOverThreadsFindsTheSameHitsScoresSnippetsAndCountsAsOneThread(@TempDir Path tmp)
      throws Exception {
    Path index = tmp.resolve("index");
    try (Revue revue = Revue.open(index)) {
      // one indexing run per folder: several segments of different sizes
      GeneratedCorpus.indexInRuns(revue, tmp, 3, 40);
      Path notes = Files.createDirectories(tmp.resolve("notes"));
      Files.writeString(
          notes.resolve("rabat.txt"),
          "RABAT, 10 mai 2022\nNasser Bourita reçoit son homologue du Niger\n\n"
              + "Les deux ministres ont parlé de sécurité au Sahel et de coopération avec le Niger.\n",
          StandardCharsets.UTF_8);
      Files.copy(Path.of("corpus", "marrakech-coalition-2022.txt"), notes.resolve("marrakech.txt"));
      revue.index(List.of(notes), IngestOptions.defaults(), n -> {}, Duration.ZERO);
    }
    List<SearchRequest> requests =
        List.of(
            SearchRequest.of("Niger"),
            SearchRequest.of("Bourita Niger"),
            SearchRequest.of("ministre sommet Niger").withLimit(25),
            SearchRequest.of("accord économie frontière sécurité budget"),
            SearchRequest.of("\"ministre sommet\" OR summit -Mali"),
            SearchRequest.of("Niger").withFilter("country", "NE").withFilter("lang", "fr"),
            SearchRequest.of("accord").withFilter("date", "2021"),
            SearchRequest.of("").withLimit(50).withFacetLimit(100),
            SearchRequest.of("terrorisme Maroc"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Directory dir = FSDirectory.open(new IndexLayout(index).current().orElseThrow());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(reader.leaves().size() >= 3, "segments: " + reader.leaves().size());
      EntityExtractor entities = EntityExtractor.defaults();
      var state = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
      IndexSearcher parallel =
          new IndexSearcher(reader, pool) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
              return SearchThreads.balancedSlices(leaves, 2);
            }
          };
      assertEquals(2, parallel.getSlices().length);
      ArticleSearcher oneThread = new ArticleSearcher(new IndexSearcher(reader), state, entities);
      ArticleSearcher threads = new ArticleSearcher(parallel, state, entities);
      SearchRequest fifty =
          requests.stream().filter(r -> r.limit() == 50).findFirst().orElseThrow();
      assertEquals(50, oneThread.search(fifty).hits().size()); // 25 hits a slice when spread
      for (SearchRequest request : requests) {
        SearchResults expected = oneThread.search(request);
        assertTrue(expected.total() > 0, request.query() + " finds something");
        // records: hits (ids, scores, snippets, entities) and facet counts compared whole; the
        // shown hits are loaded and highlighted in two runs, one per slice, and put back in order
        assertEquals(expected, threads.search(request), request.query());
      }
    } finally {
      pool.shutdownNow();
    }
    // the library's switch: the same results with its search threads as without
    try (Revue oneThread = Revue.open(index);
        Revue spread = Revue.open(index, Revue.Options.builder().spreadSearches(true).build())) {
      for (SearchRequest request : requests) {
        assertEquals(oneThread.search(request), spread.search(request), request.query());
      }
    }
  }

  @Test
  void slicesHoldAboutAsManyDocumentsEachLargestSegmentsFirst() throws IOException {
    // segment sizes -> documents per slice, for two slices
    assertEquals(
        List.of(List.of(71_510), List.of(39_695, 170, 18_277)),
        sliced(List.of(39_695, 71_510, 170, 18_277), 2));
    assertEquals(List.of(List.of(50, 10), List.of(30, 30)), sliced(List.of(50, 30, 30, 10), 2));
    assertEquals(List.of(List.of(7), List.of(5)), sliced(List.of(5, 7), 4));
    assertEquals(List.of(List.of(1, 2, 3)), sliced(List.of(1, 2, 3), 1));
  }

  /** Builds an index with segments of the given sizes; returns each slice's segment sizes. */
  private static List<List<Integer>> sliced(List<Integer> segmentSizes, int count)
      throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w =
          new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int size : segmentSizes) {
          Document[] docs = new Document[size];
          Arrays.fill(docs, new Document());
          w.addDocuments(Arrays.asList(docs));
          w.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        List<List<Integer>> result = new ArrayList<>();
        for (LeafSlice slice : SearchThreads.balancedSlices(reader.leaves(), count)) {
          List<Integer> sizes = new ArrayList<>();
          for (var partition : slice.partitions) {
            sizes.add(partition.ctx.reader().maxDoc());
          }
          result.add(sizes);
        }
        return result;
      }
    }
  }
}

package revue.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;

class FirstBuildCompactionTest {

  @Test
  void aFirstBuildOfManySegmentsIsMergedDownToTheFirstBuildMaximumWithEveryArticle(
      @TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 3, 40, 11);
    TieredMergePolicy lazy = new TieredMergePolicy();
    lazy.setSegmentsPerTier(100); // nothing merged while indexing
    IndexWriterConfig config = Indexer.writerConfig().setMaxBufferedDocs(4).setMergePolicy(lazy);
    try (Directory dir = FSDirectory.open(tmp.resolve("index"));
        IndexWriter writer = new IndexWriter(dir, config)) {
      new Indexer(writer, new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC), 2)
          .index(List.of(corpus), IngestOptions.defaults(), n -> {});
      writer.commit();
      int before = segments(dir);
      assertTrue(before > Indexer.FIRST_BUILD_MAX_SEGMENTS, before + " segments before");

      Indexer.compactFirstBuild(writer);
      writer.commit();

      assertEquals(Indexer.FIRST_BUILD_MAX_SEGMENTS, segments(dir));
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(120, reader.numDocs());
      }
    }
  }

  private static int segments(Directory dir) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }
}

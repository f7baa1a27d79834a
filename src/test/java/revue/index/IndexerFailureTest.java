package revue.index;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;

class IndexerFailureTest {

  /** A directory whose segment files cannot be created: the error a flush meets in a worker. */
  static final class BrokenFlush extends FilterDirectory {
    BrokenFlush(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) {
      throw new AssertionError("broken disk driver writing " + name);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) {
      throw new AssertionError("broken disk driver writing " + prefix);
    }
  }

  @Test
  void anErrorInAWorkerFailsTheRunInsteadOfHangingIt(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 3, 40, 7);
    IndexWriterConfig config = Indexer.writerConfig().setMaxBufferedDocs(2); // flush in addDocument
    Directory dir = new BrokenFlush(FSDirectory.open(tmp.resolve("index")));
    IndexWriter writer = new IndexWriter(dir, config);
    Indexer indexer =
        new Indexer(writer, new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC), 2);
    IOException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                assertThrows(
                    IOException.class,
                    () -> indexer.index(List.of(corpus), IngestOptions.defaults(), n -> {})));
    assertTrue(e.getMessage().contains("broken disk driver"), e.getMessage());
    try {
      writer.close();
    } catch (RuntimeException | Error | IOException closing) {
      // the writer whose flush failed is closed already (a tragedy); only the run's outcome counts
    }
    dir.close();
  }
}

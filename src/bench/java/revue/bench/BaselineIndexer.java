package revue.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * The plain-Lucene baseline revue is measured against: the same articles read by the same {@link
 * Ingest}, title and body in one StandardAnalyzer field, one facet dimension (the collection),
 * written by the same number of threads through the same kind of bounded queue as revue's indexer.
 * Also samples titles with a fixed seed for the query set, and measures the text size.
 *
 * <p>Not thread-safe: one build per instance.
 */
final class BaselineIndexer {

  static final String ID = "id";
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String COLLECTION = "collection";

  private static final Article END = new Article("", "", "", "", "", null, null, "", 0, null, null);

  static FacetsConfig facetsConfig() {
    return new FacetsConfig();
  }

  /** What a build measured. */
  record Result(
      long articles, long problems, long textChars, long textUtf8Bytes, List<String> titles) {}

  private final int threads;
  private final int titleSample;
  private final long seed;

  BaselineIndexer(int threads, int titleSample, long seed) {
    this.threads = threads;
    this.titleSample = titleSample;
    this.seed = seed;
  }

  Result build(List<Path> inputs, Path indexDir) throws IOException {
    FacetsConfig facets = facetsConfig();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(128); // as revue's writer (Indexer.writerConfig)
    BlockingQueue<Article> queue = new ArrayBlockingQueue<>(threads * 256);
    AtomicLong indexed = new AtomicLong();
    List<Throwable> failures = new ArrayList<>();
    long[] problems = new long[1];
    long[] chars = new long[1];
    long[] bytes = new long[1];
    List<String> titles = new ArrayList<>();
    Random random = new Random(seed);
    long[] seen = new long[1];
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, config)) {
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        workers.add(
            Thread.ofPlatform()
                .name("baseline-indexer-" + i)
                .start(
                    () -> {
                      try {
                        while (true) {
                          Article a = queue.take();
                          if (a == END) {
                            return;
                          }
                          Document doc = new Document();
                          doc.add(new StringField(ID, a.id(), Field.Store.YES));
                          doc.add(new StoredField(TITLE, a.title()));
                          doc.add(new TextField(TEXT, a.title() + "\n" + a.body(), Field.Store.NO));
                          doc.add(new SortedSetDocValuesFacetField(COLLECTION, a.collection()));
                          writer.updateDocument(new Term(ID, a.id()), facets.build(doc));
                          indexed.incrementAndGet();
                        }
                      } catch (Throwable t) {
                        synchronized (failures) {
                          failures.add(t);
                        }
                        while (true) { // keep the reader unblocked
                          try {
                            if (queue.take() == END) {
                              return;
                            }
                          } catch (InterruptedException e) {
                            return;
                          }
                        }
                      }
                    }));
      }
      try {
        Ingest.read(
            inputs,
            IngestOptions.defaults(),
            new IngestListener() {
              @Override
              public void article(Article a) {
                chars[0] += a.title().length() + a.body().length();
                bytes[0] += utf8Length(a.title()) + utf8Length(a.body());
                sampleTitle(a.title());
                put(queue, a);
              }

              @Override
              public void problem(IngestProblem p) {
                problems[0]++;
              }

              private void sampleTitle(String title) {
                if (title.isBlank()) {
                  return;
                }
                long n = ++seen[0]; // reservoir sampling: each title kept with equal chance
                if (titles.size() < titleSample) {
                  titles.add(title);
                } else {
                  long slot = (long) (random.nextDouble() * n);
                  if (slot < titleSample) {
                    titles.set((int) slot, title);
                  }
                }
              }
            });
      } finally {
        for (int i = 0; i < threads; i++) {
          put(queue, END);
        }
        for (Thread w : workers) {
          try {
            w.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
          }
        }
      }
      if (!failures.isEmpty()) {
        throw new IOException("baseline indexing failed: " + failures.get(0), failures.get(0));
      }
      writer.commit();
    }
    return new Result(indexed.get(), problems[0], chars[0], bytes[0], List.copyOf(titles));
  }

  private static void put(BlockingQueue<Article> queue, Article a) {
    try {
      queue.put(a);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** UTF-8 length of a string without encoding it. */
  static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}

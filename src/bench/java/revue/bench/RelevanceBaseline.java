package revue.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import revue.eval.Topic;
import revue.eval.TrecRun;

/**
 * The plain-Lucene relevance baseline revue's ranking is measured against: StandardAnalyzer, title
 * and body in one field, BM25, the query's words OR-ed (Lucene's default). Builds the baseline
 * index of a corpus folder when it is missing, then writes one TREC run per topics file.
 *
 * <p>{@code java -cp target/revue-bench.jar revue.bench.RelevanceBaseline CORPORA BASELINE_INDEX
 * OUT_DIR TOPICS...}; each run is written to {@code OUT_DIR/baseline-NAME.run} for {@code
 * NAME.topics.tsv}.
 */
public final class RelevanceBaseline {

  private RelevanceBaseline() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: RelevanceBaseline CORPORA BASELINE_INDEX OUT_DIR TOPICS...");
      System.exit(2);
    }
    Path corpora = Path.of(args[0]);
    Path index = Path.of(args[1]);
    Path out = Path.of(args[2]);
    if (!Files.isDirectory(index) || !DirectoryReader.indexExists(FSDirectory.open(index))) {
      Files.createDirectories(index);
      int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      new BaselineIndexer(threads, 0, 1).build(List.of(corpora), index);
    }
    Files.createDirectories(out);
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int i = 3; i < args.length; i++) {
        Path topicsFile = Path.of(args[i]);
        Map<String, List<TrecRun.Result>> results = new LinkedHashMap<>();
        QueryParser parser = new QueryParser(BaselineIndexer.TEXT, new StandardAnalyzer());
        for (Topic topic : Topic.read(topicsFile)) {
          Query query = parser.parse(QueryParser.escape(topic.query()));
          List<TrecRun.Result> ranked = new ArrayList<>();
          var stored = searcher.storedFields();
          for (ScoreDoc sd : searcher.search(query, 10).scoreDocs) {
            ranked.add(
                TrecRun.Result.ofArticle(
                    stored.document(sd.doc).get(BaselineIndexer.ID), sd.score));
          }
          results.put(topic.id(), ranked);
        }
        String name = topicsFile.getFileName().toString().replace(".topics.tsv", "");
        new TrecRun("baseline", results).write(out.resolve("baseline-" + name + ".run"));
      }
    }
  }
}

package revue.bench;

import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The plain one-shot Lucene query the CLI's cold start is compared with: open the baseline index,
 * run one top-10 BM25 query (words AND-ed), print the hit count and titles. Run in a fresh JVM:
 * {@code java -cp target/revue-bench.jar revue.bench.OneShotLuceneQuery INDEX QUERY}.
 */
public final class OneShotLuceneQuery {

  private OneShotLuceneQuery() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: OneShotLuceneQuery INDEX_DIR QUERY");
      System.exit(2);
    }
    try (FSDirectory dir = FSDirectory.open(Path.of(args[0]));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryParser parser = new QueryParser(BaselineIndexer.TEXT, new StandardAnalyzer());
      parser.setDefaultOperator(QueryParser.Operator.AND);
      TopDocs top = searcher.search(parser.parse(QueryParser.escape(args[1])), 10);
      var stored = searcher.storedFields();
      StringBuilder out = new StringBuilder();
      out.append(top.totalHits.value()).append(" articles match ").append(args[1]).append('\n');
      for (ScoreDoc sd : top.scoreDocs) {
        out.append(stored.document(sd.doc).get(BaselineIndexer.TITLE)).append('\n');
      }
      System.out.print(out);
    }
  }
}

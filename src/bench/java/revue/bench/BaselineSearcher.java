package revue.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The baseline's searcher ({@link BaselineIndexer}'s index): one query over the single text field
 * with Lucene's classic parser and the given default operator, optionally one facet counted.
 * Thread-safe.
 */
final class BaselineSearcher {

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final QueryParser parser;

  BaselineSearcher(
      DirectoryReader reader, SortedSetDocValuesReaderState state, QueryParser.Operator operator) {
    this.searcher = new IndexSearcher(reader);
    this.state = state;
    this.parser = new QueryParser(BaselineIndexer.TEXT, new StandardAnalyzer());
    parser.setDefaultOperator(operator);
  }

  private Query parse(String text) {
    try {
      synchronized (parser) {
        return parser.parse(QueryParser.escape(text));
      }
    } catch (ParseException e) {
      throw new IllegalArgumentException("baseline cannot parse " + text, e);
    }
  }

  /** Runs one query; returns its total hits. */
  long search(QuerySet.Query q, boolean facet) throws IOException {
    Query query = parse(q.text());
    if (q.collection() != null) {
      DrillDownQuery dd = new DrillDownQuery(BaselineIndexer.facetsConfig(), query);
      dd.add(BaselineIndexer.COLLECTION, q.collection());
      query = dd;
    }
    TopDocs top;
    if (facet) {
      var r = FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager());
      top = r.topDocs();
      new SortedSetDocValuesFacetCounts(state, r.facetsCollector())
          .getTopChildren(10, BaselineIndexer.COLLECTION);
    } else {
      top = searcher.search(query, 10);
    }
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      stored.document(sd.doc).get(BaselineIndexer.TITLE);
    }
    return top.totalHits.value();
  }

  /** The collection with the most matches of a query, or null when nothing matches. */
  String topCollection(String text) {
    try {
      var r = FacetsCollectorManager.search(searcher, parse(text), 1, new FacetsCollectorManager());
      FacetResult top =
          new SortedSetDocValuesFacetCounts(state, r.facetsCollector())
              .getTopChildren(1, BaselineIndexer.COLLECTION);
      return top == null || top.labelValues.length == 0 ? null : top.labelValues[0].label;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

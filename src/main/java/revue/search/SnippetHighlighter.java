package revue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter of one search: it reads the hits' bodies from the documents the search
 * already loaded, and asks the query where it matches a hit once for all of the hit's body fields.
 *
 * <p>Lucene's highlighter, in its weight-matches mode, builds a weight of the whole query (term
 * look-ups in every field of every word) for each hit and each field highlighted, and reads each
 * hit's stored document a second time; on revue's eight-field queries that was most of a search.
 * The matches are the same: the weight is built on the same reader, and the highlighter's default
 * field matcher (a field's own terms only) reads one field of the same {@link Matches}.
 *
 * <p>Not thread-safe: one instance per search.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private final IndexSearcher matchSearcher;
  private final Map<Integer, Document> docs;
  private final Map<Integer, Matches> matchesByDoc = new HashMap<>();
  private Query weightQuery;
  private Weight weight;

  /**
   * @param matchSearcher a searcher of the highlighter's reader without a query cache (matching
   *     one document gains nothing from cached filters)
   * @param docs the hits' stored documents by top-level doc id, with the highlighted fields
   */
  SnippetHighlighter(Builder builder, IndexSearcher matchSearcher, Map<Integer, Document> docs) {
    super(builder);
    this.matchSearcher = matchSearcher;
    this.docs = docs;
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
    if (offsetSource == OffsetSource.POSTINGS
        && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new SharedMatches(components);
    }
    return super.getOffsetStrategy(offsetSource, components);
  }

  /** As the stored-fields visitor of the superclass returns them, from the loaded documents. */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document loaded = docs.get(doc);
      if (loaded == null) {
        throw new IllegalStateException("document " + doc + " was not loaded before highlighting");
      }
      CharSequence[] byField = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        byField[f] = joined(loaded.getValues(fields[f]));
      }
      values.add(byField);
    }
    return values;
  }

  /** Values of a multi-valued field joined by the separator the break iterator splits at. */
  private CharSequence joined(String[] values) {
    if (values.length == 0) {
      return null;
    }
    int maxLength = getMaxLength();
    String first = values[0].substring(0, Math.min(maxLength, values[0].length()));
    if (values.length == 1) {
      return first;
    }
    StringBuilder joined = new StringBuilder(first);
    for (int i = 1; i < values.length && joined.length() < maxLength; i++) {
      int budget = maxLength - joined.length();
      joined.append(MULTIVAL_SEP_CHAR).append(values[i], 0, Math.min(budget - 1, values[i].length()));
    }
    return joined;
  }

  private Matches matches(Query query, LeafReader leaf, int docInLeaf) throws IOException {
    LeafReaderContext context = contextOf(leaf);
    int doc = context.docBase + docInLeaf;
    if (matchesByDoc.containsKey(doc)) {
      return matchesByDoc.get(doc);
    }
    if (weight == null || weightQuery != query) {
      weight =
          matchSearcher.rewrite(query).createWeight(matchSearcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
      weightQuery = query;
      matchesByDoc.clear();
    }
    Matches matches = weight.matches(context, docInLeaf);
    matchesByDoc.put(doc, matches);
    return matches;
  }

  private LeafReaderContext contextOf(LeafReader leaf) {
    for (LeafReaderContext context : matchSearcher.getIndexReader().leaves()) {
      if (context.reader() == leaf) {
        return context;
      }
    }
    throw new IllegalStateException("highlighting a reader the searcher does not hold");
  }

  /** The offsets of one field, read from the hit's matches shared by all its fields. */
  private final class SharedMatches extends FieldOffsetStrategy {

    SharedMatches(UHComponents components) {
      super(components);
    }

    @Override
    public OffsetSource getOffsetSource() {
      return OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
        throws IOException {
      if (reader.terms(getField()) == null) {
        return OffsetsEnum.EMPTY;
      }
      Matches matches = matches(components.query(), reader, docId);
      if (matches == null) {
        return OffsetsEnum.EMPTY;
      }
      MatchesIterator iterator = matches.getMatches(getField());
      return iterator == null ? OffsetsEnum.EMPTY : new OffsetsEnum.OfMatchesIteratorWithSubs(iterator);
    }
  }
}

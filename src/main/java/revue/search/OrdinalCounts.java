package revue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * The facet counts of one collector's matches, by global ordinal of the sorted-set facet field,
 * with the labels of only the values a result shows.
 *
 * <p>{@link org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts} counts the same, but
 * then visits each dimension's whole ordinal range (thousands of days and ministers) and decodes
 * the label of every value counted, for searches that match a few dozen articles. Here the ordinals
 * counted are remembered as they are first met, and labels are decoded for the values a dimension
 * shows and the ties that decide them.
 *
 * <p>Not thread-safe: one instance per search.
 */
final class OrdinalCounts {

  /** A value of a dimension and its count. */
  record Value(String label, int count) {}

  /** A dimension's values, most frequent (or by label) first, and what the rest add up to. */
  record Top(List<Value> values, int otherValues, long otherCount) {}

  private final SortedSetDocValues labels;
  private final AtomicReferenceArray<String> knownLabels;
  private final int[] counts;
  private int[] touched = new int[64];
  private int touchedCount;

  private OrdinalCounts(
      SortedSetDocValues labels, AtomicReferenceArray<String> knownLabels, int size) {
    this.labels = labels;
    this.knownLabels = knownLabels;
    this.counts = new int[size];
  }

  /**
   * A memory of the labels of a state's ordinals, for the counts of any number of searches on its
   * reader (the labels of an ordinal never change): the months, days, sources and countries of the
   * hits recur from one search to the next.
   */
  static AtomicReferenceArray<String> labelMemory(SortedSetDocValuesReaderState state) {
    return new AtomicReferenceArray<>(state.getSize());
  }

  /**
   * Counts every facet value of the collector's matching documents (each value once per document).
   *
   * @param globalValues the state's doc values ({@link
   *     SortedSetDocValuesReaderState#getDocValues}), for their global ordinals and labels; shared
   *     by the counts of one search
   * @param knownLabels the {@link #labelMemory} of the state, shared by all searches
   */
  static OrdinalCounts count(
      SortedSetDocValuesReaderState state,
      SortedSetDocValues globalValues,
      AtomicReferenceArray<String> knownLabels,
      FacetsCollector hits)
      throws IOException {
    OrdinalCounts result = new OrdinalCounts(globalValues, knownLabels, state.getSize());
    OrdinalMap ordinalMap =
        globalValues instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
      if (matching.totalHits() == 0) {
        continue;
      }
      SortedSetDocValues values =
          matching.context().reader().getSortedSetDocValues(state.getField());
      if (values == null) {
        continue;
      }
      LongValues toGlobal =
          ordinalMap == null
              ? LongValues.IDENTITY
              : ordinalMap.getGlobalOrds(matching.context().ord);
      DocIdSetIterator docs = matching.bits().iterator();
      long segmentValues = values.getValueCount();
      if (ordinalMap != null && matching.totalHits() >= segmentValues / SEGMENT_COUNTING_RATIO) {
        // many matches for the segment's values (a long query's): count by the segment's own
        // ordinals, then map each value counted to its global ordinal once rather than per match,
        // as SortedSetDocValuesFacetCounts does
        int[] segmentCounts = new int[Math.toIntExact(segmentValues)];
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (values.advanceExact(doc)) {
            for (int i = values.docValueCount(); i > 0; i--) {
              segmentCounts[(int) values.nextOrd()]++;
            }
          }
        }
        for (int ord = 0; ord < segmentCounts.length; ord++) {
          if (segmentCounts[ord] != 0) {
            result.add((int) toGlobal.get(ord), segmentCounts[ord]);
          }
        }
        continue;
      }
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (values.advanceExact(doc)) {
          for (int i = values.docValueCount(); i > 0; i--) {
            result.add((int) toGlobal.get(values.nextOrd()));
          }
        }
      }
    }
    return result;
  }

  /**
   * Takes back the counts of values a matching document holds beside another value that is one with
   * them (two spellings of one minister): {@code doubles} are such documents, by global doc id,
   * each as {doc, ordinal to take back...}, in doc id order.
   */
  void uncount(FacetsCollector hits, int[][] doubles) throws IOException {
    if (doubles.length == 0) {
      return;
    }
    for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
      if (matching.totalHits() == 0) {
        continue;
      }
      int base = matching.context().docBase;
      int end = base + matching.context().reader().maxDoc();
      DocIdSetIterator docs = null;
      for (int[] d : doubles) {
        if (d[0] < base || d[0] >= end) {
          continue;
        }
        int local = d[0] - base;
        if (docs == null) {
          docs = matching.bits().iterator();
        }
        int at = docs.docID() >= local ? docs.docID() : docs.advance(local);
        if (at == local) {
          for (int i = 1; i < d.length; i++) {
            counts[d[i]]--;
          }
        }
        if (at == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
      }
    }
  }

  /**
   * A segment with at least one match for this many of its values is counted by its own ordinals
   * (Lucene's facet counts switch at the same ratio).
   */
  private static final int SEGMENT_COUNTING_RATIO = 10;

  private void add(int ord) {
    add(ord, 1);
  }

  /**
   * The count of the limit-th most frequent value (1 <= limit < present.size()): a heap of the
   * limit largest counts, not a sort of every value counted (a query matching thousands of articles
   * counts thousands of days and ministers, to show ten).
   */
  private static int limitthLargest(List<int[]> present, int limit) {
    if (limit <= 0) {
      return Integer.MAX_VALUE;
    }
    java.util.PriorityQueue<Integer> largest = new java.util.PriorityQueue<>(limit);
    for (int[] p : present) {
      if (largest.size() < limit) {
        largest.add(p[1]);
      } else if (p[1] > largest.peek()) {
        largest.poll();
        largest.add(p[1]);
      }
    }
    return largest.peek();
  }

  private void add(int ord, int n) {
    int before = counts[ord];
    counts[ord] = before + n;
    if (before == 0) {
      if (touchedCount == touched.length) {
        touched = Arrays.copyOf(touched, touchedCount * 2);
      }
      touched[touchedCount++] = ord;
    }
  }

  /**
   * The {@code limit} most frequent values of the ordinal range {@code [start, end]} (one
   * dimension), ties in label order; with {@code byLabel} they are then shown in label order
   * (dates: in time order).
   */
  Top top(int start, int end, boolean byLabel, int limit) throws IOException {
    List<int[]> present = new ArrayList<>(); // {ord, count}
    long total = 0;
    for (int i = 0; i < touchedCount; i++) {
      int ord = touched[i];
      if (ord >= start && ord <= end) {
        present.add(new int[] {ord, counts[ord]});
        total += counts[ord];
      }
    }
    if (present.isEmpty()) {
      return new Top(List.of(), 0, 0);
    }
    List<Value> candidates = new ArrayList<>();
    if (present.size() <= limit) {
      for (int[] p : present) {
        candidates.add(new Value(label(p[0]), p[1]));
      }
    } else {
      // the values above the limit's count are in, those at it compete by label: only they need one
      int cutoff = limitthLargest(present, limit);
      for (int[] p : present) {
        if (p[1] >= cutoff) {
          candidates.add(new Value(label(p[0]), p[1]));
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Value v) -> -v.count()).thenComparing(Value::label));
    int shown = Math.min(limit, candidates.size());
    List<Value> values = new ArrayList<>(candidates.subList(0, shown));
    if (byLabel) {
      values.sort(Comparator.comparing(Value::label));
    }
    values = List.copyOf(values);
    long shownCount = 0;
    for (Value v : values) {
      shownCount += v.count();
    }
    return new Top(values, present.size() - shown, total - shownCount);
  }

  /** The label of a global ordinal: the last component of its facet path. */
  private String label(int globalOrd) throws IOException {
    String known = knownLabels.get(globalOrd);
    if (known != null) {
      return known;
    }
    BytesRef term = labels.lookupOrd(globalOrd);
    String[] path = FacetsConfig.stringToPath(term.utf8ToString());
    String label = path[path.length - 1];
    knownLabels.set(globalOrd, label);
    return label;
  }
}

package revue.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import revue.index.Fields;

/**
 * The stories of one point-in-time reader that have several articles: each grouped document's
 * {@link Fields#STORY} key and each key's documents. Read once, from the key's doc values, for the
 * searcher's lifetime; an article alone in its story (key 0) costs nothing here.
 *
 * <p>Immutable once built; thread-safe.
 */
final class Stories {

  static final Stories NONE = new Stories(new int[0], new long[0], Map.of());

  /** The grouped documents, in increasing order, and their keys. */
  private final int[] docs;

  private final long[] keys;
  private final Map<Long, int[]> members;

  private Stories(int[] docs, long[] keys, Map<Long, int[]> members) {
    this.docs = docs;
    this.keys = keys;
    this.members = members;
  }

  static Stories read(IndexReader reader) throws IOException {
    List<Integer> docs = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    Map<Long, List<Integer>> byKey = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(Fields.STORY);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
        long key = values.longValue();
        if (key == 0 || (live != null && !live.get(d))) {
          continue;
        }
        docs.add(leaf.docBase + d);
        keys.add(key);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(leaf.docBase + d);
      }
    }
    if (docs.isEmpty()) {
      return NONE;
    }
    Map<Long, int[]> members = new HashMap<>();
    byKey.forEach((k, v) -> members.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return new Stories(
        docs.stream().mapToInt(Integer::intValue).toArray(),
        keys.stream().mapToLong(Long::longValue).toArray(),
        members);
  }

  /** Whether any story has more than one article. */
  boolean any() {
    return docs.length > 0;
  }

  /** The story key of a document, 0 when it is alone in its story. */
  long key(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i < 0 ? 0 : keys[i];
  }

  /**
   * The documents of the document's story other than itself, in increasing order; empty when alone.
   */
  int[] copies(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    if (i < 0) {
      return NO_DOCS;
    }
    int[] all = members.get(keys[i]);
    int[] result = new int[all.length - 1];
    int n = 0;
    for (int d : all) {
      if (d != doc && n < result.length) {
        result[n++] = d;
      }
    }
    return n == result.length ? result : Arrays.copyOf(result, n);
  }

  private static final int[] NO_DOCS = new int[0];
}

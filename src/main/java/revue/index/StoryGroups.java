package revue.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import revue.enrich.DuplicateSignature;

/**
 * Groups the copies of one story in an index: gives every article the {@link Fields#STORY} key of
 * its group, 0 when it is alone.
 *
 * <p>Candidates are the articles that share an LSH band of their {@link DuplicateSignature}; a
 * group is a star around its leader, the candidate whose id sorts first, holding the candidates
 * whose estimated similarity to the leader reaches {@link DuplicateSignature#THRESHOLD} (a star,
 * not a chain: copies of copies of a template would chain distinct stories). The whole index is
 * regrouped after each run that changed it, so the groups depend only on which articles it holds,
 * never on the order they were indexed in: a rebuild gives the same keys, and when a leader is
 * deleted its group gets the key of its next leader.
 *
 * <p>Memory: one pass per band over the signatures, one {@code long} per article at a time, plus
 * the signatures of the candidates. Not thread-safe: run it from the run's thread, with no other
 * writing going on.
 */
public final class StoryGroups {

  private StoryGroups() {}

  /** What a regrouping found. */
  public record Counts(int grouped, int groups, int changed) {}

  /**
   * Regroups every live article the writer holds (committed or not) and updates the keys that
   * changed. Does not commit.
   */
  public static Counts regroup(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
      FieldInfo story = infos.fieldInfo(Fields.STORY);
      if (story == null) {
        return new Counts(0, 0, 0); // written before stories, with no article since
      }
      int[] leaderOf = groups(reader);
      long[] keys = leaderKeys(reader, leaderOf);
      return update(writer, reader, leaderOf, keys);
    }
  }

  /**
   * For each document, the document leading its group: itself for a leader, -1 for an article alone
   * (or deleted, or without a signature).
   */
  static int[] groups(DirectoryReader reader) throws IOException {
    int maxDoc = reader.maxDoc();
    int docBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, maxDoc - 1)));
    long docMask = (1L << docBits) - 1;
    // buckets: runs of documents with one band value, concatenated
    IntList bucketDocs = new IntList();
    IntList bucketStarts = new IntList();
    long[] packed = new long[maxDoc];
    for (int band = 0; band < DuplicateSignature.BANDS; band++) {
      int n = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        BinaryDocValues signatures = leaf.reader().getBinaryDocValues(Fields.DUPLICATE_SIGNATURE);
        if (signatures == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int d = signatures.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = signatures.nextDoc()) {
          if (live != null && !live.get(d)) {
            continue;
          }
          BytesRef sig = signatures.binaryValue();
          long value = bandValue(sig, band);
          // the band's value above, the document below: equal values sort next to each other
          packed[n++] = (mix(value + band) & ~docMask) | (leaf.docBase + d);
        }
      }
      Arrays.sort(packed, 0, n);
      for (int i = 0; i < n; ) {
        int j = i + 1;
        while (j < n && (packed[j] & ~docMask) == (packed[i] & ~docMask)) {
          j++;
        }
        if (j - i > 1) {
          bucketStarts.add(bucketDocs.size());
          for (int k = i; k < j; k++) {
            bucketDocs.add((int) (packed[k] & docMask));
          }
        }
        i = j;
      }
    }
    bucketStarts.add(bucketDocs.size());
    int[] leaderOf = new int[maxDoc];
    Arrays.fill(leaderOf, -1);
    int buckets = bucketStarts.size() - 1;
    if (buckets == 0) {
      return leaderOf;
    }
    // each candidate's buckets, as offsets into a flat array (counting sort by document)
    int[] perDoc = new int[maxDoc + 1];
    for (int i = 0; i < bucketDocs.size(); i++) {
      perDoc[bucketDocs.get(i) + 1]++;
    }
    for (int d = 0; d < maxDoc; d++) {
      perDoc[d + 1] += perDoc[d];
    }
    int[] docBuckets = new int[bucketDocs.size()];
    int[] fill = Arrays.copyOf(perDoc, maxDoc);
    for (int b = 0; b < buckets; b++) {
      for (int i = bucketStarts.get(b); i < bucketStarts.get(b + 1); i++) {
        docBuckets[fill[bucketDocs.get(i)]++] = b;
      }
    }
    List<Integer> candidates = new ArrayList<>();
    for (int d = 0; d < maxDoc; d++) {
      if (perDoc[d + 1] > perDoc[d]) {
        candidates.add(d);
      }
    }
    Map<Integer, DuplicateSignature> signatures = signatures(reader, candidates);
    String[] ids = ids(reader, candidates);
    // leaders in id order: the groups do not depend on the order documents were written in
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> ids[a].compareTo(ids[b]));
    boolean[] taken = new boolean[maxDoc];
    for (int o : order) {
      int leader = candidates.get(o);
      if (taken[leader]) {
        continue;
      }
      taken[leader] = true;
      DuplicateSignature lead = signatures.get(leader);
      for (int i = perDoc[leader]; i < perDoc[leader + 1]; i++) {
        int b = docBuckets[i];
        for (int k = bucketStarts.get(b); k < bucketStarts.get(b + 1); k++) {
          int other = bucketDocs.get(k);
          if (!taken[other] && lead.sameStory(signatures.get(other))) {
            taken[other] = true;
            leaderOf[other] = leader;
            leaderOf[leader] = leader;
          }
        }
      }
    }
    return leaderOf;
  }

  /** The 8 bytes of one band of a stored signature, as a long. */
  private static long bandValue(BytesRef sig, int band) {
    long value = 0;
    int from = sig.offset + band * DuplicateSignature.ROWS * 2;
    for (int i = 0; i < DuplicateSignature.ROWS * 2; i++) {
      value = (value << 8) | (sig.bytes[from + i] & 0xFF);
    }
    return value;
  }

  /** The signatures of the documents, which come in increasing order. */
  private static Map<Integer, DuplicateSignature> signatures(
      DirectoryReader reader, List<Integer> docs) throws IOException {
    Map<Integer, DuplicateSignature> result = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    BinaryDocValues values = null;
    LeafReaderContext leaf = null;
    for (int doc : docs) {
      while (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(++leafIndex);
        values = leaf.reader().getBinaryDocValues(Fields.DUPLICATE_SIGNATURE);
      }
      if (values != null && values.advanceExact(doc - leaf.docBase)) {
        BytesRef bytes = values.binaryValue();
        result.put(doc, DuplicateSignature.fromBytes(bytes.bytes, bytes.offset, bytes.length));
      }
    }
    return result;
  }

  private static String[] ids(DirectoryReader reader, List<Integer> docs) throws IOException {
    ArticleIds source = new ArticleIds(reader);
    String[] ids = new String[docs.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = source.of(docs.get(i));
    }
    return ids;
  }

  /** For each leader, the key of its story, from its id; 0 elsewhere. */
  private static long[] leaderKeys(DirectoryReader reader, int[] leaderOf) throws IOException {
    long[] keys = new long[leaderOf.length];
    ArticleIds source = new ArticleIds(reader);
    for (int d = 0; d < leaderOf.length; d++) {
      if (leaderOf[d] == d) {
        keys[d] = storyKey(source.of(d));
      }
    }
    return keys;
  }

  /** The story key of a group led by the article with this id: never 0, the same in every JVM. */
  static long storyKey(String leaderId) {
    long h = 0xcbf29ce484222325L;
    for (byte b : leaderId.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xFF)) * 0x100000001b3L;
    }
    h = mix(h);
    return h == 0 ? 1 : h;
  }

  private static Counts update(
      IndexWriter writer, DirectoryReader reader, int[] leaderOf, long[] keys) throws IOException {
    int grouped = 0;
    int groups = 0;
    int changed = 0;
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues current = leaf.reader().getNumericDocValues(Fields.STORY);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        int doc = leaf.docBase + d;
        long want = leaderOf[doc] < 0 ? 0 : keys[leaderOf[doc]];
        if (want != 0) {
          grouped++;
          if (leaderOf[doc] == doc) {
            groups++;
          }
        }
        long have = current != null && current.advanceExact(d) ? current.longValue() : 0;
        if (have == want) {
          continue;
        }
        changed++;
        NumericDocValuesField value = new NumericDocValuesField(Fields.STORY, want);
        if (writer.tryUpdateDocValue(reader, doc, value) == -1) {
          // the document's segment was merged away since the reader opened: update it by its id
          String id = stored.document(doc, Set.of(Fields.ID)).get(Fields.ID);
          writer.updateDocValues(new Term(Fields.ID, id), value);
        }
      }
    }
    return new Counts(grouped, groups, changed);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** A growable list of ints, without boxing. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    int get(int i) {
      return values[i];
    }

    int size() {
      return size;
    }
  }
}

package revue.bench;

import java.nio.file.*;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;
import revue.index.Fields;

/**
 * What reading a copy's article id costs: the ids of every 7th document that has a story key, in a
 * shuffled order (seed 42), from the stored fields, from {@link Fields#ID_VALUE}'s doc values with
 * a fresh instance per id (as {@code ArticleSearcher} does), and from doc values in sorted groups
 * of 3 with one instance per segment. Twelve rounds; read the lowest of each column, the machine is
 * shared. Usage: {@code java -cp target/revue-bench.jar revue.bench.IdReads LUCENE_DIR} (the revue
 * index's generation folder, e.g. {@code revue-index/gen-000001}). A tool: it prints and exits.
 */
public final class IdReads {
  private IdReads() {}

  public static void main(String[] a) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])))) {
      List<Integer> docs = new ArrayList<>();
      for (LeafReaderContext leaf : r.leaves()) {
        NumericDocValues v = leaf.reader().getNumericDocValues(Fields.STORY);
        for (int d = v.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = v.nextDoc())
          if (v.longValue() != 0 && d % 7 == 0) docs.add(leaf.docBase + d);
      }
      Collections.shuffle(docs, new Random(42));
      Set<String> idOnly = Set.of(Fields.ID);
      for (int round = 0; round < 12; round++) {
        long t0 = System.nanoTime();
        long h1 = 0;
        StoredFields sf = r.storedFields();
        for (int d : docs) h1 += sf.document(d, idOnly).get(Fields.ID).hashCode();
        long t1 = System.nanoTime();
        long h2 = 0;
        List<LeafReaderContext> leaves = r.leaves();
        for (int d : docs) {
          LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d, leaves));
          SortedDocValues v = leaf.reader().getSortedDocValues(Fields.ID_VALUE);
          v.advanceExact(d - leaf.docBase);
          h2 += v.lookupOrd(v.ordValue()).utf8ToString().hashCode();
        }
        long t2 = System.nanoTime();
        long h3 = 0;
        // in groups of 3 (a hit's copies), sorted, one instance per leaf per group
        for (int g = 0; g + 3 <= docs.size(); g += 3) {
          int[] grp = {docs.get(g), docs.get(g + 1), docs.get(g + 2)};
          Arrays.sort(grp);
          SortedDocValues v = null;
          int leafOrd = -1;
          LeafReaderContext leaf = null;
          for (int d : grp) {
            int li = ReaderUtil.subIndex(d, leaves);
            if (li != leafOrd) {
              leafOrd = li;
              leaf = leaves.get(li);
              v = leaf.reader().getSortedDocValues(Fields.ID_VALUE);
            }
            v.advanceExact(d - leaf.docBase);
            h3 += v.lookupOrd(v.ordValue()).utf8ToString().hashCode();
          }
        }
        long t3 = System.nanoTime();
        System.out.printf(
            "%d ids: stored %.1f us/id, doc values %.1f us/id, grouped dv %.1f us/id same=%b%n",
            docs.size(),
            (t1 - t0) / 1e3 / docs.size(),
            (t2 - t1) / 1e3 / docs.size(),
            (t3 - t2) / 1e3 / docs.size(),
            h1 == h2);
      }
    }
  }
}

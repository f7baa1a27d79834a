package revue.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import revue.index.Fields;

/**
 * Prints the stories of an index that hold more than one article, one {@code key<TAB>id} line per
 * article, for the near-duplicate evaluation (scripts/dedup-eval.py). Ids only, no text.
 *
 * <p>{@code java -cp target/revue-bench.jar revue.bench.StoryDump INDEX_DIR}
 */
public final class StoryDump {

  private StoryDump() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: StoryDump INDEX_DIR");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    Path gen = root.resolve(Files.readString(root.resolve("CURRENT")).strip());
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(gen))) {
      StoredFields stored = reader.storedFields();
      StringBuilder out = new StringBuilder();
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues keys = leaf.reader().getNumericDocValues(Fields.STORY);
        Bits live = leaf.reader().getLiveDocs();
        if (keys == null) {
          continue;
        }
        for (int d = keys.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = keys.nextDoc()) {
          if (keys.longValue() == 0 || (live != null && !live.get(d))) {
            continue;
          }
          String id = stored.document(leaf.docBase + d, Set.of(Fields.ID)).get(Fields.ID);
          out.append(Long.toHexString(keys.longValue())).append('\t').append(id).append('\n');
        }
      }
      System.out.print(out);
    }
  }
}

// Minister identities of a generation: read from the file kept beside its commit ("load") or
// computed from its minister tags ("compute"), timed in this JVM (round 0 is the cold figure).
// Usage: $(scripts/find-java.sh) --enable-native-access=ALL-UNNAMED -cp target/revue.jar \
//   scripts/minister-identities-load.java INDEX/gen-NNNNNN load|compute
import java.nio.file.*;
import org.apache.lucene.index.*; import org.apache.lucene.store.*;
public class L { public static void main(String[] a) throws Exception {
  var entities = revue.entity.EntityExtractor.defaults();
  java.util.function.Predicate<String> known = entities::knowsMinister;
  known.test("x");
  try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])))) {
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      var mi = a[1].equals("load") ? revue.index.MinisterIdentityFiles.of(r, known)
                                   : revue.index.MinisterIdentityFiles.compute(r, known);
      long t1 = System.nanoTime();
      System.out.printf("%s round %d: %d tags, %.1f ms (Bourita -> %s)%n", a[1], round, mi.tags().size(), (t1 - t0) / 1e6, mi.forName("Nasser Bourita"));
    }
  }}}

package revue.bench;

import java.nio.file.*;
import java.util.*;
import org.apache.lucene.index.*;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes titles of random articles of the harness's baseline index, other than the harness's own
 * sampled titles: queries new to revue's per-searcher memories, for {@code revue.bench.QueryReplay
 * --titles FILE} (and its {@code --threads-ab} and {@code --costs}). The same seed gives the same
 * titles from the same index (the order of its documents depends on its build). The file holds
 * corpus text: keep it out of the project.
 *
 * <p>Usage, from the project folder, after a harness run in WORK:
 *
 * <pre>
 * java -cp target/revue-bench.jar revue.bench.OtherTitles WORK 4000 /tmp/other-titles.txt
 * </pre>
 */
public class OtherTitles {
  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    Set<String> harnessTitles = new HashSet<>(Files.readAllLines(work.resolve("titles.txt")));
    try (var dir = FSDirectory.open(work.resolve("baseline-index"));
        var reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      Random random = new Random(7);
      List<String> titles = new ArrayList<>();
      while (titles.size() < count) {
        String title = stored.document(random.nextInt(reader.maxDoc())).get("title");
        if (title == null || title.isBlank() || harnessTitles.contains(title)) {
          continue;
        }
        titles.add(title.replaceAll("\\s+", " ").strip());
      }
      Files.write(out, titles);
    }
  }
}

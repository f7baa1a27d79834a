package revue.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.cli.RevueCli;
import revue.entity.EntityExtractor;
import revue.entity.MinisterIdentities;

/**
 * The minister identities a writer keeps beside each commit: the same as a searcher computes, one
 * file per generation, for the commit it names.
 */
class MinisterIdentityFilesTest {

  private static final EntityExtractor GAZETTEER = EntityExtractor.defaults();

  @TempDir Path dir;

  private Path input() throws IOException {
    Path input = dir.resolve("in");
    revue.CrossScriptArticles.write(input);
    return input;
  }

  private static void cli(String... args) {
    StringWriter err = new StringWriter();
    int code = RevueCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertEquals(0, code, err.toString());
  }

  private static List<String> kept(Path gen) throws IOException {
    try (Stream<Path> files = Files.list(gen)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("minister-identities-"))
          .sorted()
          .toList();
    }
  }

  private static List<String> rows(MinisterIdentities identities) {
    return identities.tags().stream()
        .map(t -> t.value() + " " + t.head() + " " + t.key().serialized())
        .toList();
  }

  /**
   * Checks the generation's file against identities computed from its index; returns its commit.
   */
  private static long checkKept(Path gen) throws IOException {
    try (FSDirectory fs = FSDirectory.open(gen);
        DirectoryReader reader = DirectoryReader.open(fs)) {
      long commit = reader.getIndexCommit().getGeneration();
      assertEquals(List.of("minister-identities-" + commit + ".tsv"), kept(gen));
      MinisterIdentities loaded = MinisterIdentityFiles.kept(reader).orElseThrow();
      MinisterIdentities computed = MinisterIdentityFiles.compute(reader, GAZETTEER::knowsMinister);
      assertEquals(rows(computed), rows(loaded));
      assertEquals(List.of("Giovanni Tria", "جيوفاني تريا"), loaded.members("جيوفاني تريا"));
      assertEquals("Giovanni Tria", loaded.display("جيوفاني تريا"));
      assertEquals("Giovanni Tria", loaded.display("Giovanni Tria"));
      assertEquals(Optional.of("Giovanni Tria"), loaded.forName("جيوفاني تريا"));
      assertEquals(Optional.of("Giovanni Tria"), loaded.forName("Giovanni Tria"));
      assertEquals(Optional.empty(), loaded.forName("Luigi Tria"));
      // each tag, its head's position, its key: no other minister in these articles
      assertEquals(
          List.of(
              "Giovanni Tria 0 l\t\tgiovanni\ttria\tGiuVaNi\tTRia",
              "جيوفاني تريا 0 a\t\tجيوفاني\tتريا\tGiuFaNi\tTRia"),
          rows(loaded));
      // the same from the entry point searchers use
      assertEquals(rows(loaded), rows(MinisterIdentityFiles.of(reader, GAZETTEER::knowsMinister)));
      return commit;
    }
  }

  @Test
  void eachIndexRunKeepsTheIdentitiesOfItsCommitAlone() throws IOException {
    Path input = input();
    Path root = dir.resolve("index");
    cli("index", input.toString(), "--index", root.toString(), "--quiet");
    Path gen = new IndexLayout(root).current().orElseThrow();
    long first = checkKept(gen);

    // an incremental run: a new commit, whose file replaces the first's
    Files.writeString(
        input.resolve("presse-be.jsonl"),
        """
        {"id": "b1", "date": "2019-03-01", "title": "Budget italien", \
        "body": "Le ministre italien de l'Economie, Giovanni Tria, a défendu le budget devant \
        les députés, a indiqué son cabinet jeudi."}
        """);
    cli("index", input.toString(), "--index", root.toString(), "--quiet");
    assertEquals(gen, new IndexLayout(root).current().orElseThrow());
    long second = checkKept(gen);
    assertTrue(second > first, second + " after " + first);

    // an index written before these files gets one from its next run, even with no change
    Files.delete(gen.resolve("minister-identities-" + second + ".tsv"));
    cli("index", input.toString(), "--index", root.toString(), "--quiet");
    assertEquals(second, checkKept(gen));
  }

  @Test
  void aRebuildKeepsTheIdentitiesOfItsGeneration() throws IOException {
    Path input = input();
    Path root = dir.resolve("index");
    cli("index", input.toString(), "--index", root.toString(), "--quiet");
    Path before = new IndexLayout(root).current().orElseThrow();
    cli("rebuild", input.toString(), "--index", root.toString(), "--quiet");
    Path gen = new IndexLayout(root).current().orElseThrow();
    assertNotEquals(before, gen);
    checkKept(gen);
  }

  @Test
  void withoutTheFileTheIdentitiesAreComputed() throws IOException {
    Path root = dir.resolve("index");
    cli("index", input().toString(), "--index", root.toString(), "--quiet");
    Path gen = new IndexLayout(root).current().orElseThrow();
    for (String f : kept(gen)) {
      Files.delete(gen.resolve(f));
    }
    try (FSDirectory fs = FSDirectory.open(gen);
        DirectoryReader reader = DirectoryReader.open(fs)) {
      assertEquals(Optional.empty(), MinisterIdentityFiles.kept(reader));
      MinisterIdentities computed = MinisterIdentityFiles.of(reader, GAZETTEER::knowsMinister);
      assertEquals(List.of("Giovanni Tria", "جيوفاني تريا"), computed.members("Giovanni Tria"));
      assertEquals(Optional.of("Giovanni Tria"), computed.forName("جيوفاني تريا"));
    }
  }
}

package revue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a default search must first bring the index up to date with its corpus. */
class StalenessTest {

  @TempDir Path tmp;

  @Test
  void anIndexIsStaleWhenMissingOrWhenAFileChangedSinceTheLastRun() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path article = corpus.resolve("a.txt");
    Files.writeString(article, "10 mai 2022\nBourita au Niger\n\nNasser Bourita était à Niamey.\n");
    Path index = tmp.resolve("index");
    assertTrue(Revue.isStale(index, List.of(corpus)), "no index yet");

    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(corpus));
    }
    assertFalse(Revue.isStale(index, List.of(corpus)));

    // touched after the run: stale until a run has looked at it again
    Thread.sleep(50);
    Files.setLastModifiedTime(article, FileTime.from(Instant.now()));
    assertTrue(Revue.isStale(index, List.of(corpus)));
    Thread.sleep(50); // the next run starts after the touch
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(corpus)); // same bytes: nothing committed
    }
    assertFalse(
        Revue.isStale(index, List.of(corpus)),
        "a run that found the touched file unchanged must not leave the index stale forever");

    // a new file under the corpus
    Files.writeString(corpus.resolve("b.txt"), "11 mai 2022\nAutre\n\nTexte.\n");
    Files.setLastModifiedTime(corpus.resolve("b.txt"), FileTime.from(Instant.now().plusSeconds(60)));
    assertTrue(Revue.isStale(index, List.of(corpus)));
  }
}

package revue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a default search must first bring the index up to date with its corpus. */
class StalenessTest {

  @TempDir Path tmp;

  /**
   * No sleep against the file system's time resolution: file times are set explicitly and read
   * back, and the test waits for the clock to pass a time it set, so a slow machine or a coarse
   * file time cannot change the outcome.
   */
  @Test
  void anIndexIsStaleWhenMissingOrWhenAFileChangedSinceTheLastRun() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path article = corpus.resolve("a.txt");
    Files.writeString(article, "10 mai 2022\nBourita au Niger\n\nNasser Bourita était à Niamey.\n");
    // written well before any run
    Files.setLastModifiedTime(article, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Path index = tmp.resolve("index");
    assertTrue(Revue.isStale(index, List.of(corpus)), "no index yet");

    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(corpus));
    }
    Instant afterFirstRun = Instant.now();
    assertFalse(Revue.isStale(index, List.of(corpus)));

    // touched after the run: stale until a run has looked at it again
    Instant touched = touchAfter(article, afterFirstRun);
    assertTrue(Revue.isStale(index, List.of(corpus)), "touched at " + touched + ", after the run");
    // the next run starts after the touch
    while (!Instant.now().isAfter(touched)) {
      Thread.sleep(1);
    }
    try (Revue revue = Revue.open(index)) {
      revue.index(List.of(corpus)); // same bytes: nothing committed
    }
    assertFalse(
        Revue.isStale(index, List.of(corpus)),
        "a run that found the touched file unchanged must not leave the index stale forever");

    // a new file under the corpus
    Files.writeString(corpus.resolve("b.txt"), "11 mai 2022\nAutre\n\nTexte.\n");
    Files.setLastModifiedTime(
        corpus.resolve("b.txt"), FileTime.from(Instant.now().plusSeconds(60)));
    assertTrue(Revue.isStale(index, List.of(corpus)));
  }

  /**
   * Sets the file's time just after {@code after}, as the file system stores it (read back: some
   * keep only seconds), and returns it.
   */
  private static Instant touchAfter(Path file, Instant after) throws IOException {
    for (Duration step = Duration.ofMillis(1); ; step = step.multipliedBy(2)) {
      Files.setLastModifiedTime(file, FileTime.from(after.plus(step)));
      Instant stored = Files.getLastModifiedTime(file).toInstant();
      if (stored.isAfter(after)) {
        return stored;
      }
      assertTrue(
          step.compareTo(Duration.ofSeconds(4)) < 0, "file times stay at or before " + after);
    }
  }
}

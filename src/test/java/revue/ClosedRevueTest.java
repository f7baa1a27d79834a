package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A closed instance refuses to write before it touches the folder, and names what is wrong. */
class ClosedRevueTest {

  @TempDir Path tmp;

  @Test
  void closedInstanceRefusesToIndexAndWritesNothing() {
    Path index = tmp.resolve("index");
    Revue revue = Revue.open(index);
    revue.close();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> revue.index(List.of(Path.of("corpus"))));
    assertEquals("Revue is closed", e.getMessage());
    assertThrows(IllegalStateException.class, () -> revue.rebuild(List.of(Path.of("corpus"))));
    assertThrows(IllegalStateException.class, () -> revue.rollback(Duration.ZERO));
    assertFalse(Files.exists(index), "nothing written under " + index);
  }

  @Test
  void nullArgumentsAreNamed() {
    try (Revue revue = Revue.open(tmp.resolve("index"))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> revue.index(List.of(Path.of("corpus")), null, n -> {}, Duration.ZERO));
      assertEquals("options must not be null", e.getMessage());
      e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  revue.rebuild(
                      List.of(Path.of("corpus")), IngestOptions.defaults(), null, Duration.ZERO));
      assertEquals("progress must not be null", e.getMessage());
    }
  }
}

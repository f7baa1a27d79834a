package revue;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The real corpora beside the project, {@code ../shared/corpora} from the project root, for the
 * tests tagged {@value #TAG}. Without them such a test is skipped, with a message naming the folder
 * it looked for; with {@code -Drevue.corpora.required=true} it fails instead. In CI ({@code
 * CI=true}), where the corpora are present, {@code .ci/check-corpora-tests} fails the run when a
 * test of this tag was skipped or did not run.
 */
public final class SharedCorpora {

  /** The JUnit tag of the tests that read the shared corpora: {@code mvn test -Dgroups=corpora}. */
  public static final String TAG = "corpora";

  /** Where the corpora are looked for, relative to the project root (Maven's working folder). */
  public static final Path DIR = Path.of("..", "shared", "corpora");

  private SharedCorpora() {}

  /**
   * The corpora folder, when it holds at least one {@code .jsonl.gz} file; otherwise skips the
   * calling test (or fails it, in CI), naming the folder looked for.
   */
  public static Path require() {
    if (present()) {
      return DIR;
    }
    String message =
        "needs the shared corpora: no *.jsonl.gz in "
            + DIR.toAbsolutePath().normalize()
            + " (../shared/corpora from the project root)";
    if (Boolean.getBoolean("revue.corpora.required")) {
      fail(message + "; -Drevue.corpora.required=true says they must be there");
    }
    assumeTrue(false, message);
    return DIR;
  }

  private static boolean present() {
    if (!Files.isDirectory(DIR)) {
      return false;
    }
    try (Stream<Path> files = Files.list(DIR)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".jsonl.gz"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

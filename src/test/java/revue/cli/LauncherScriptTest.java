package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./revue} launcher's own lines on stderr come before what the command prints: the
 * start-up cache it makes after the first search (or build) of a jar is said before the results,
 * not after them. Run on a copy of the launcher with a stand-in JDK 25 whose {@code java} prints a
 * line of results, or writes the cache file it is asked to.
 */
class LauncherScriptTest {

  @TempDir Path home;
  private Path jdk;

  @BeforeEach
  void launcherWithAStandInJdk() throws IOException {
    Files.copy(Path.of("revue"), home.resolve("revue"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(home.resolve("target"));
    Files.writeString(home.resolve("target/revue.jar"), "not a jar");
    Files.createDirectories(home.resolve("corpus"));
    jdk = home.resolve("jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.1\"\n");
    Path java = jdk.resolve("bin/java");
    Files.writeString(
        java,
        """
        #!/usr/bin/env bash
        for a in "$@"; do
          case "$a" in
            -XX:AOTCacheOutput=*) touch "${a#-XX:AOTCacheOutput=}"; exit 0 ;;
          esac
        done
        echo "the command's output"
        """);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** stdout and stderr of the launcher, merged in the order they were written. */
  private List<String> run(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "revue"));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", jdk.toString());
    builder.environment().put("TMPDIR", home.toString());
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
    assertEquals(0, p.exitValue(), output);
    return output.lines().toList();
  }

  /** Runs the command and checks the launcher's line comes first, and the cache it says is made. */
  private void saysBefore(String line, String cache, String... args) throws Exception {
    assertEquals(List.of(line, "the command's output"), run(args));
    assertTrue(Files.exists(home.resolve("target").resolve(cache)), cache);
  }

  @Test
  void theFirstSearchAfterABuildSaysItsCacheBeforeItsResultsAndLaterOnesSayNothing()
      throws Exception {
    saysBefore(
        "revue: first search after a build: the start-up cache is made after its results"
            + " (about 10 s, once)",
        "revue.aot",
        "search",
        "Bourita Niger");
    assertEquals(List.of("the command's output"), run("search", "Bourita Niger"));
  }

  @Test
  void theFirstBuildAfterAJarBuildSaysItsCacheBeforeItsReport() throws Exception {
    saysBefore(
        "revue: first build after a jar build: the indexing start-up cache is made after it"
            + " (about 6 s, once)",
        "revue-index.aot",
        "index",
        "corpus");
  }
}

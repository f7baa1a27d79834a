package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A properties file of option defaults: the backend or the index chosen once, not per command. */
class ConfigFileTest {

  @TempDir Path tmp;

  @AfterEach
  void forget() {
    System.clearProperty("revue.config");
  }

  private Path config(String text) throws IOException {
    Path file = tmp.resolve("revue.properties");
    Files.writeString(file, text);
    System.setProperty("revue.config", file.toString());
    return file;
  }

  @Test
  void theBackendComesFromTheFileAndTheCommandLineStillWins() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    config("# revue defaults\nbackend=opensearch://127.0.0.1:" + port + "/news\n");
    CliRunner fromFile = CliRunner.run("search", "Bourita");
    assertEquals(ExitCodes.FAILURE, fromFile.exitCode(), fromFile.err());
    assertTrue(
        fromFile
            .err()
            .startsWith(
                "revue: OpenSearch unreachable at http://127.0.0.1:"
                    + port
                    + " (opensearch://127.0.0.1:"
                    + port
                    + "/news)"),
        fromFile.err());
    CliRunner stats = CliRunner.run("stats", "--backend", "solr://127.0.0.1:8983");
    assertEquals(ExitCodes.BAD_INPUT, stats.exitCode(), stats.err());
    assertTrue(
        stats.err().startsWith("revue: unknown backend 'solr://127.0.0.1:8983'"), stats.err());
  }

  @Test
  void theIndexComesFromTheFile() throws IOException {
    Path index = CliRunner.indexBundledCorpus(tmp);
    config("index=" + index.toString().replace("\\", "\\\\") + "\n");
    CliRunner r = CliRunner.run("search", "Marrakech coalition", "--facets", "0");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "1 article matches Marrakech coalition", r.out().lines().findFirst().orElseThrow());
    CliRunner s = CliRunner.run("stats");
    assertEquals(0, s.exitCode(), s.err());
    assertTrue(s.out().lines().anyMatch(l -> l.equals("documents   7")), s.out());
  }

  @Test
  void aNamedFileThatIsMissingIsOneLine() {
    System.setProperty("revue.config", tmp.resolve("nowhere.properties").toString());
    CliRunner r = CliRunner.run("search", "Bourita");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
    assertEquals(
        "revue: no config file at "
            + tmp.resolve("nowhere.properties")
            + " (REVUE_CONFIG or -Drevue.config)",
        r.err().strip());
  }
}

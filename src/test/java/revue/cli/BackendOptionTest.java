package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code --backend}: what a user meets before any cluster answers. */
class BackendOptionTest {

  @Test
  void credentialsInTheUriAreRefusedWithoutEchoingThem() {
    CliRunner r =
        CliRunner.run("search", "Bourita", "--backend", "opensearch://admin:s3cret@127.0.0.1:9200");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertEquals(
        "revue: backend URI must not hold a user or password: set REVUE_OPENSEARCH_USER and REVUE_OPENSEARCH_PASSWORD instead",
        r.err().strip());
  }

  @Test
  void unknownSchemeIsBadUsage() {
    CliRunner r = CliRunner.run("stats", "--backend", "solr://127.0.0.1:8983");
    assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("revue: unknown backend 'solr://127.0.0.1:8983'"), r.err());
  }

  @Test
  void unreachableClusterIsOneLineNamingIt() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    CliRunner r =
        CliRunner.run("search", "Bourita", "--backend", "opensearch://127.0.0.1:" + port + "/news");
    assertEquals(ExitCodes.FAILURE, r.exitCode(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(
        r.err()
            .startsWith(
                "revue: OpenSearch unreachable at http://127.0.0.1:"
                    + port
                    + " (opensearch://127.0.0.1:"
                    + port
                    + "/news)"),
        r.err());
  }
}

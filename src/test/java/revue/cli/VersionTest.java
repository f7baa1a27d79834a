package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code revue --version}: revue's, Lucene's and Java's versions, the first two as the pom names
 * them.
 */
class VersionTest {

  private static List<String> expected() {
    String revue = System.getProperty("revue.expected.version");
    String lucene = System.getProperty("revue.expected.lucene");
    assertNotNull(revue, "revue.expected.version is set by surefire (pom.xml); run through Maven");
    assertNotNull(lucene, "revue.expected.lucene is set by surefire (pom.xml); run through Maven");
    return List.of(
        "revue " + revue,
        "Lucene " + lucene,
        "Java "
            + Runtime.version()
            + " ("
            + System.getProperty("java.vm.vendor")
            + ", "
            + System.getProperty("java.home")
            + ")");
  }

  @Test
  void topLevelVersionNamesRevueLuceneAndJava() {
    CliRunner r = CliRunner.run("--version");
    assertEquals(0, r.exitCode());
    assertEquals(expected(), r.out().lines().toList());
    assertEquals("", r.err());
  }

  @Test
  void searchVersionIsTheSame() {
    CliRunner r = CliRunner.run("search", "--version");
    assertEquals(0, r.exitCode());
    assertEquals(expected(), r.out().lines().toList());
  }
}

package revue.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code revue --version} prints: revue's version (the build's, from a resource the build
 * fills in), the version of Lucene it runs on, and the Java running it, with where that Java lives
 * (the launcher picks one of several).
 */
final class VersionInfo implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    return lines();
  }

  static String[] lines() {
    return new String[] {
      "revue " + revueVersion(),
      "Lucene " + org.apache.lucene.util.Version.LATEST,
      "Java "
          + Runtime.version()
          + " ("
          + System.getProperty("java.vm.vendor")
          + ", "
          + System.getProperty("java.home")
          + ")"
    };
  }

  /** The version the build wrote into revue/cli/version.properties. */
  static String revueVersion() {
    try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("revue/cli/version.properties missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

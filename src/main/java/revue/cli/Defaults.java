package revue.cli;

import java.nio.file.Path;

/**
 * The index and corpus a command uses when none is named: {@code index/} and {@code corpus/} in the
 * current folder, or in {@code REVUE_HOME} when that is set. The launcher sets {@code REVUE_HOME}
 * to its own folder when it runs from another one, so that {@code revue} linked into a folder on
 * PATH searches the project's index from anywhere.
 */
final class Defaults {

  private Defaults() {}

  /** {@code REVUE_HOME}, or null when unset or blank. */
  static Path home() {
    String home = System.getenv("REVUE_HOME");
    return home == null || home.isBlank() ? null : Path.of(home);
  }

  static Path index() {
    Path home = home();
    return home == null ? Path.of("index") : home.resolve("index");
  }

  /** Whether {@code index} is the default index folder, however it is written. */
  static boolean isIndex(Path index) {
    return index.toAbsolutePath().normalize().equals(index().toAbsolutePath().normalize());
  }

  static Path corpus() {
    Path home = home();
    return home == null ? Path.of("corpus") : home.resolve("corpus");
  }

  /**
   * The properties file of option defaults ({@code backend=...}, {@code index=...}, keys are long
   * option names without dashes): the system property {@code revue.config}, else {@code
   * REVUE_CONFIG}, both required to exist; else {@code revue/revue.properties} under {@code
   * XDG_CONFIG_HOME} or {@code ~/.config} when it exists; else null.
   */
  static Path configFile() {
    String named = System.getProperty("revue.config");
    if (named == null || named.isBlank()) {
      named = System.getenv("REVUE_CONFIG");
    }
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home", "."), ".config");
    Path usual = base.resolve("revue").resolve("revue.properties");
    return java.nio.file.Files.isRegularFile(usual) ? usual : null;
  }
}

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

  static Path corpus() {
    Path home = home();
    return home == null ? Path.of("corpus") : home.resolve("corpus");
  }
}

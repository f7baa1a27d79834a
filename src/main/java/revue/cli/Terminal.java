package revue.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the CLI's standard output or error is a terminal: to colour hits, to rewrite progress in
 * place.
 */
final class Terminal {

  private Terminal() {}

  /** Whether standard output is a terminal; see {@link #isTerminal}. */
  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  /** Whether standard error is a terminal; see {@link #isTerminal}. */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  /**
   * On Linux, whether the file descriptor links to a terminal device; elsewhere, whether the JVM
   * has a console. Reading the link is nearly free; {@link System#console()} costs a cold start
   * tens of times more (the JDK looks up its console providers; docs/benchmarks.md, "A cold
   * one-shot search").
   */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        // fall through to the JDK's answer
      }
    }
    return System.console() != null;
  }
}

package revue.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read or write an index. */
final class CommonOptions {

  static final String INDEX_HELP = "Index folder (default: ${DEFAULT-VALUE}).";
  static final String VERBOSE_HELP = "Print stack traces of errors.";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = INDEX_HELP)
  Path index = Defaults.index();

  @Option(names = "--verbose", description = VERBOSE_HELP)
  boolean verbose;

  /** Fails with the one line every reading command gives when the index folder holds none. */
  void requireIndex() {
    if (!revue.Revue.exists(index)) {
      throw new revue.InvalidInputException(
          "no index at " + index.toAbsolutePath() + ": run 'revue index PATH --index " + index + "' first");
    }
  }
}

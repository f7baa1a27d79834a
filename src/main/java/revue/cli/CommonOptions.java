package revue.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read or write an index. */
final class CommonOptions {

  static final Path DEFAULT_INDEX = Path.of("index");

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "index")
  Path index;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;
}

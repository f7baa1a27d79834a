package revue.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code index} and {@code rebuild} read, and how they report it. */
final class BuildOptions {

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to index.")
  List<Path> paths;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  /** Whether PATHs were given. */
  boolean given() {
    return paths != null && !paths.isEmpty();
  }

  /**
   * The paths given, or the default corpus ({@link Defaults}); fails naming the first one that does
   * not exist.
   */
  List<Path> inputs() {
    List<Path> inputs = given() ? paths : List.of(Defaults.corpus());
    revue.ingest.Ingest.requireExisting(inputs);
    return inputs;
  }
}

package revue.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read or write an index. */
final class CommonOptions {

  static final String INDEX_HELP = "Index folder (default: ${DEFAULT-VALUE}).";
  static final String VERBOSE_HELP = "Print stack traces of errors.";

  @Option(names = "--index", paramLabel = "DIR", description = INDEX_HELP)
  Path index = Defaults.index();

  static final String BACKEND_HELP =
      "Keep and search the articles on an OpenSearch cluster instead of the index folder: opensearch://HOST:PORT[/NAME] or opensearch+https://HOST:PORT[/NAME]; user and password from REVUE_OPENSEARCH_USER and REVUE_OPENSEARCH_PASSWORD.";

  @Option(names = "--verbose", description = VERBOSE_HELP)
  boolean verbose;

  @Option(names = "--backend", paramLabel = "URI", description = BACKEND_HELP)
  URI backend;

  /** The builder with the --backend given, if any. */
  revue.Revue.Options.Builder backend(revue.Revue.Options.Builder builder) {
    return backend == null ? builder : builder.backend(backend);
  }

  /** Options with the --backend given, if any. */
  revue.Revue.Options options() {
    return backend(revue.Revue.Options.builder()).build();
  }

  /** Fails with the one line every reading command gives when the index folder holds none. */
  void requireIndex() {
    if (backend == null && !revue.Revue.exists(index)) {
      throw new revue.InvalidInputException(
          "no index at "
              + index.toAbsolutePath()
              + ": run 'revue index PATH --index "
              + index
              + "' first");
    }
  }
}

package revue.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import revue.Revue;
import revue.index.IndexReport;
import revue.ingest.IngestProblem;
import revue.json.JsonContract;

/** {@code revue index}: brings the index up to date with files and folders, incrementally. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles from files or folders (default: corpus/), incrementally: new and changed files are (re)indexed,",
      "articles of files gone from under the paths are removed, unchanged files are not read."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin GazetteerOption gazetteer;
  @Mixin InputOptions input;
  @Mixin WriterOptions writer;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to index.")
  List<Path> paths;

  @Option(names = "--strict", description = "Exit 1 when any record failed.")
  boolean strict;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("corpus")) : paths;
    Revue.requireExisting(inputs);
    IndexReport report;
    ProgressPrinter progress = new ProgressPrinter(err, quiet);
    try (Revue revue = Revue.open(common.index, gazetteer.entities(), input.zone)) {
      report =
          revue.index(
              inputs,
              input.ingestOptions(),
              progress,
              writer.lockWait());
    }
    progress.finish();
    if (!quiet) {
      for (IngestProblem problem : report.problems()) {
        err.println(problem);
      }
    }
    if (json) {
      JsonContract.write(report, out);
      out.println();
    } else {
      Reports.print(report, common.index, out);
    }
    return strict && report.failed() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
  }
}

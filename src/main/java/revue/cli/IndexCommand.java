package revue.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import revue.IndexReport;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.Revue;
import revue.json.JsonContract;

/** {@code revue index}: brings the index up to date with files and folders, incrementally. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles from files or folders (default: corpus/), incrementally.",
      "New and changed files are (re)indexed, articles of files gone from under the paths are removed, unchanged files are not read."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin GazetteerOption gazetteer;
  @Mixin InputOptions input;
  @Mixin WriterOptions writer;
  @Mixin BuildOptions build;

  @Option(
      names = "--watch",
      description =
          "Then run every saved search, as 'revue watch run' does (only when this run succeeded).")
  boolean watch;

  @Option(
      names = "--strict",
      description =
          "Exit 1, and record the run as failed, when any record or file could not be read (the others are indexed).")
  boolean strict;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = build.inputs();
    IndexReport report;
    ProgressPrinter progress = new ProgressPrinter(err, build.quiet);
    try (Revue revue = Revue.open(common.index, gazetteer.options(common))) {
      IngestOptions options = input.ingestOptions().withStrict(strict);
      report = revue.index(inputs, options, progress, writer.lockWait());
      progress.finish();
      if (!build.quiet) {
        for (IngestProblem problem : report.problems()) {
          err.println(problem);
        }
      }
      if (build.json) {
        JsonContract.write(report, out);
        out.println();
      } else {
        Reports.print(report, common.backend != null ? common.backend : common.index, out);
      }
      // the run recorded for stats and monitoring failed on the same condition
      int code = strict && report.failed() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
      // index returns once its commit is searchable through this instance
      if (watch && code == ExitCodes.OK) {
        code = WatchPrinter.run(revue, List.of(), build.json, out, err);
      }
      return code;
    }
  }
}

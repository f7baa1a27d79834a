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
import revue.InvalidInputException;
import revue.Revue;
import revue.json.JsonContract;

/** {@code revue index}: brings the index up to date with files and folders, incrementally. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles from files or folders, incrementally.",
      "Without PATH, indexes corpus/ into the default index; another index (--index DIR, --backend) needs its PATHs.",
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
    IndexReport report;
    ProgressPrinter progress = new ProgressPrinter(err, build.quiet);
    try (Revue revue = Revue.open(common.index, gazetteer.options(common))) {
      List<Path> inputs = build.given() ? build.inputs() : defaultInputs(revue, err);
      IngestOptions options = input.ingestOptions().withStrict(strict);
      report = revue.index(inputs, options, progress, writer.lockWait());
      progress.finish();
      if (!build.quiet) {
        Reports.problems(report.problems(), err);
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

  /**
   * Without PATH: the bundled corpus for the default index, said on stderr (unless --quiet); any
   * other index is bad input, so that its articles are not mixed with the bundled corpus's by a
   * forgotten PATH. The refusal names {@code rebuild} when the index records the paths it was built
   * from, which rebuild reads by itself.
   */
  private List<Path> defaultInputs(Revue revue, PrintWriter err) {
    boolean local = common.backend == null;
    if (local && Defaults.isIndex(common.index)) {
      List<Path> inputs = build.inputs();
      if (!build.quiet) {
        err.println(
            "revue: no PATH given: indexing the bundled "
                + inputs.get(0)
                + "/ into "
                + common.index
                + "/");
        err.flush();
      }
      return inputs;
    }
    String where = local ? common.index.toAbsolutePath().toString() : common.backend.toString();
    String option = local ? "--index " + common.index : "--backend " + common.backend;
    List<String> recorded =
        !local || Revue.exists(common.index) ? revue.stats().builtFrom() : List.of();
    throw new InvalidInputException(
        "no PATH given: name the files or folders to index into "
            + where
            + ": run 'revue index PATH "
            + option
            + "'"
            + (recorded.isEmpty()
                ? ""
                : ", or 'revue rebuild "
                    + option
                    + "' to read again the paths it was built from ("
                    + String.join(", ", recorded)
                    + ")"));
  }
}

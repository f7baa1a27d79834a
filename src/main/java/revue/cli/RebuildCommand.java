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
import revue.InvalidInputException;
import revue.Revue;
import revue.RunReport;
import revue.json.JsonContract;

/** {@code revue rebuild}: a complete new generation, checked, then switched to atomically. */
@Command(
    name = "rebuild",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the index into a new generation, check it and make it live.",
      "Reads files or folders into a new generation beside the live one, checks it (article count, Lucene checksums, one query), then switches readers to it atomically.",
      "Without PATH, reads the paths the index was built and updated from ('revue stats' shows them); corpus/ only for the default index when it records none.",
      "The previous generation is kept for 'revue rollback'; older ones are deleted.",
      "On any failure the live generation stays as it was and the exit code is 1."
    })
final class RebuildCommand implements Callable<Integer> {

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

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunReport run;
    ProgressPrinter progress = new ProgressPrinter(err, build.quiet);
    try (Revue revue = Revue.open(common.index, gazetteer.options(common))) {
      List<Path> inputs = build.given() ? build.inputs() : recordedInputs(revue, err);
      try {
        run = revue.rebuild(inputs, input.ingestOptions(), progress, writer.lockWait());
      } finally {
        progress.finish();
        // as index prints its report's problems, and also when the rebuild failed
        if (!build.quiet) {
          Reports.problems(progress.problems(), err);
        }
      }
      if (build.json) {
        JsonContract.write(run, out);
        out.println();
      } else {
        out.printf(
            "rebuilt %s in %.1f s: %s; %,d skipped, %,d failed%n",
            common.backend != null ? common.backend : common.index,
            (run.finished().toEpochMilli() - run.started().toEpochMilli()) / 1000.0,
            run.message(),
            run.skipped(),
            run.failed());
      }
      // rebuild returns once the new generation is live and this instance searches it; a failed
      // build or check threw above, and no saved search runs
      return watch ? WatchPrinter.run(revue, List.of(), build.json, out, err) : ExitCodes.OK;
    }
  }

  /**
   * Without PATH: the paths the live generation was built and updated from, so that a rebuild never
   * swaps an index's articles for the bundled corpus; the default corpus only for the default index
   * when it records none (a first run, as README's quick start), else bad input.
   */
  private List<Path> recordedInputs(Revue revue, PrintWriter err) {
    boolean local = common.backend == null;
    List<String> recorded =
        !local || Revue.exists(common.index) ? revue.stats().builtFrom() : List.of();
    if (!recorded.isEmpty()) {
      if (!build.quiet) {
        err.println(
            "revue: rebuilding from the paths the index was built from: "
                + String.join(", ", recorded));
        err.flush();
      }
      return recorded.stream().map(Path::of).toList();
    }
    if (local && Defaults.isIndex(common.index)) {
      return build.inputs();
    }
    String where = local ? common.index.toAbsolutePath().toString() : common.backend.toString();
    throw new InvalidInputException(
        "no PATH given, and "
            + (local && !Revue.exists(common.index)
                ? "no index at " + where + " to take paths from"
                : where + " records no paths it was built from")
            + ": run 'revue rebuild PATH"
            + (local ? " --index " + common.index : " --backend " + common.backend)
            + "'");
  }
}

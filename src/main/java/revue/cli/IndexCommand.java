package revue.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import revue.Revue;
import revue.index.IndexReport;
import revue.ingest.IngestOptions;
import revue.ingest.IngestProblem;
import revue.json.JsonContract;

/** {@code revue index}: reads files and folders into the index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Index articles from files or folders (default: corpus/).")
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin GazetteerOption gazetteer;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to index.")
  List<Path> paths;

  @Option(
      names = "--map",
      paramLabel = "FIELD=NAME",
      description = "Read revue's FIELD (title, body, date, url, id, source, lang) from the record's NAME.")
  Map<String, String> fieldMap = Map.of();

  @Option(names = "--charset", paramLabel = "NAME", description = "Charset of the input (default: detect).")
  Charset charset;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      description = "Zone for dates without one and for calendar days (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(names = "--strict", description = "Exit 1 when any record failed.")
  boolean strict;

  @Option(names = "--wait", description = "When another index or rebuild is writing this index, wait for it instead of failing.")
  boolean waitForLock;

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
    try (Revue revue = Revue.open(common.index, gazetteer.entities(), zone)) {
      report =
          revue.index(
              inputs,
              new IngestOptions(fieldMap, charset, zone),
              progress,
              waitForLock ? ChronoUnit.FOREVER.getDuration() : Duration.ZERO);
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

package revue.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import revue.IndexStats;
import revue.Revue;
import revue.RunReport;
import revue.json.JsonContract;

/** {@code revue stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Show the live generation (when and from what it was built), the last run, documents per language and collection, and size.")
final class StatsCommand implements Callable<Integer> {

  /** Times to the second, in the user's zone (the JVM's default: TZ, else the system's), named. */
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss zzz", Locale.ROOT)
          .withZone(ZoneId.systemDefault());

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    common.requireIndex();
    IndexStats stats;
    try (Revue revue =
        Revue.open(common.index, common.backend(Revue.Options.builder()).oneShot(true).build())) {
      stats = revue.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonContract.write(stats, out);
      out.println();
      return ExitCodes.OK;
    }
    out.printf("index       %s%n", stats.location());
    out.printf(
        "generation  %s%s%n",
        stats.generation(),
        stats.previousGeneration() == null
            ? ""
            : " (rollback to " + stats.previousGeneration() + ")");
    out.printf(
        "built       %s%n", stats.builtAt() == null ? "unknown" : TIME.format(stats.builtAt()));
    if (stats.updatedAt() != null) {
      out.printf("updated     %s%n", TIME.format(stats.updatedAt()));
    }
    out.printf(
        "from        %s%n",
        stats.builtFrom().isEmpty() ? "unknown" : String.join(", ", stats.builtFrom()));
    out.printf("documents   %,d%n", stats.documents());
    out.printf("size        %,.1f MB%n", stats.sizeBytes() / 1e6);
    RunReport run = stats.lastRun();
    if (run != null) {
      out.printf(
          "last run    %s %s at %s: %s%n",
          run.command(), run.ok() ? "ok" : "FAILED", TIME.format(run.finished()), run.message());
    }
    out.println("languages");
    stats.byLanguage().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> out.printf("  %-26s %,9d%n", e.getKey(), e.getValue()));
    out.println("collections");
    stats.byCollection().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> out.printf("  %-26s %,9d%n", e.getKey(), e.getValue()));
    return ExitCodes.OK;
  }
}

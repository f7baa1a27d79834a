package revue.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import revue.InvalidInputException;
import revue.Revue;
import revue.Watches;
import revue.json.JsonContract;
import revue.json.WatchJson;

/**
 * {@code revue surges}: the days a saved search, minister or country drew far more coverage than
 * usual.
 */
@Command(
    name = "surges",
    mixinStandardHelpOptions = true,
    description = {
      "List the days on which coverage of a subject surged, strongest first.",
      "A surge is a day on which a saved search's, minister's or country's share of the day's articles in one language is far above its own 28 days before (robust z-score >= 3.5, at least 5 articles)."
    })
final class SurgesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin GazetteerOption gazetteer;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "7",
      description = "Days in the period (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--until",
      paramLabel = "DAY",
      description = "Last day of the period, YYYY-MM-DD (default: the index's latest day).")
  String until;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Only this language; repeatable (default: all).")
  List<String> langs = List.of();

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "Show the N strongest (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (days < 1) {
      throw new InvalidInputException("--days must be at least 1, got " + days);
    }
    if (limit < 0) {
      throw new InvalidInputException("--limit must be at least 0, got " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    Watches.SurgeReport report;
    try (Revue revue = Revue.open(common.index, gazetteer.oneShotOptions(common))) {
      LocalDate last;
      if (until != null) {
        try {
          last = LocalDate.parse(until);
        } catch (DateTimeParseException e) {
          throw new InvalidInputException("--until must be a day, YYYY-MM-DD, got '" + until + "'");
        }
      } else {
        last =
            revue
                .watches()
                .latestDay()
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "the index at " + common.index + " has no dated articles"));
      }
      report = revue.watches().surges(last.minusDays(days - 1L), last, new LinkedHashSet<>(langs));
    }
    List<Watches.Surge> shown = report.surges().subList(0, Math.min(limit, report.surges().size()));
    if (json) {
      try (var g = JsonContract.generator(out)) {
        g.writeStartObject();
        g.writeStringField("from", report.from().toString());
        g.writeStringField("to", report.to().toString());
        g.writeNumberField("total", report.surges().size());
        WatchJson.surges(g, "surges", shown);
        WatchJson.strings(g, "problems", report.problems());
        g.writeEndObject();
      }
      out.println();
    } else {
      out.printf(
          "%d surge%s from %s to %s%n",
          report.surges().size(),
          report.surges().size() == 1 ? "" : "s",
          report.from(),
          report.to());
      shown.forEach(s -> out.println("  " + WatchPrinter.describe(s, true)));
    }
    PrintWriter err = spec.commandLine().getErr();
    report.problems().forEach(p -> err.println("revue: " + p));
    return report.problems().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}

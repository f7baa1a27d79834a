package revue.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import revue.Hit;
import revue.Revue;
import revue.Watches;
import revue.Watches.Report;
import revue.Watches.Surge;
import revue.json.JsonContract;
import revue.json.WatchJson;

/**
 * Runs saved searches and prints each one's report as soon as its feed is written: for {@code revue
 * watch run} and for {@code index} and {@code rebuild} with {@code --watch}.
 */
final class WatchPrinter {

  private WatchPrinter() {}

  /** Runs the saved searches; returns 2 when any could not run (each named on err), else 0. */
  static int run(Revue revue, List<String> names, boolean json, PrintWriter out, PrintWriter err)
      throws IOException {
    Watches.RunResult result;
    if (json) {
      try (JsonGenerator g = JsonContract.generator(out)) {
        g.writeStartObject();
        g.writeArrayFieldStart("searches");
        result =
            revue
                .watches()
                .run(
                    names,
                    report -> {
                      try {
                        WatchJson.write(report, g);
                        g.flush();
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    });
        g.writeEndArray();
        g.writeStringField("latestDay", result.latestDay().map(Object::toString).orElse(null));
        WatchJson.surges(g, "surges", result.surges());
        WatchJson.strings(g, "problems", result.problems());
        g.writeEndObject();
      }
      out.println();
    } else {
      result = revue.watches().run(names, report -> print(report, out));
      if (!result.surges().isEmpty()) {
        out.printf("ministers and countries surging on %s:%n", result.latestDay().orElseThrow());
        result.surges().forEach(s -> out.println("  " + describe(s, true)));
      }
    }
    out.flush();
    result.problems().forEach(p -> err.println("revue: " + p));
    return result.problems().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  private static void print(Report report, PrintWriter out) {
    if (report.baseline()) {
      out.printf(
          "%s: first run of this query: its current matches count as reported (feed %s)%n",
          report.name(), report.feed());
    } else if (report.articles().isEmpty()) {
      out.printf("%s: nothing new%n", report.name());
    } else {
      int n = report.articles().size();
      out.printf(
          "%s: %d new article%s (feed %s)%n", report.name(), n, n == 1 ? "" : "s", report.feed());
      for (Hit hit : report.articles()) {
        out.printf(
            "  %s  %s  %s%n",
            hit.date() == null ? "----------" : hit.date(), hit.lang(), hit.title());
        out.printf(
            "      %s%s%n",
            ReadableUrls.decode(hit.id()),
            hit.url() == null ? "" : "  " + ReadableUrls.decode(hit.url()));
        if (!hit.snippet().isBlank()) {
          out.printf("      %s%n", Snippets.forTerminal(hit.snippet(), false));
        }
      }
    }
    report.surges().forEach(s -> out.println("  surge: " + describe(s, false)));
    out.flush(); // delivered before the run records these articles as reported
  }

  /** One surge on one line. */
  static String describe(Surge s, boolean subject) {
    return String.format(
        Locale.ROOT,
        "%s%s %s: %d of %d articles (%.2f%%, baseline %.2f%%), z %.1f",
        subject ? s.kind() + " " + s.label() + "  " : "",
        s.day(),
        s.lang(),
        s.count(),
        s.total(),
        100 * s.share(),
        100 * s.baseline(),
        s.z());
  }
}

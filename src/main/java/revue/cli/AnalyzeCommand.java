package revue.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import revue.IngestProblem;
import revue.analysis.Segment;
import revue.enrich.EnrichedArticle;
import revue.json.JsonContract;

/** {@code revue analyze}: what the pipeline extracts from a file, without indexing. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Show what revue extracts from each article of a file: id, languages, title, date, countries, ministers.")
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin GazetteerOption gazetteer;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to analyze.")
  List<Path> files;

  @Option(names = "--json", description = "Print a JSON array, one object per article.")
  boolean json;

  @picocli.CommandLine.Mixin InputOptions input;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Also tag the ministers named without their post whom this index's articles show in office on the article's date, as a run's second pass would. Without it (or --backend), the text alone.")
  Path index;

  @Option(names = "--backend", paramLabel = "URI", description = CommonOptions.BACKEND_HELP)
  java.net.URI backend;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<IngestProblem> problems = new ArrayList<>();
    List<EnrichedArticle> articles;
    if (index == null && backend == null) {
      articles =
          revue.enrich.Enricher.analyze(
              files, gazetteer.entities(), input.ingestOptions(), problems);
    } else {
      CommonOptions common = new CommonOptions();
      common.index = index == null ? Defaults.index() : index;
      common.backend = backend;
      common.requireIndex();
      // what a run would tag: the tenures the index's articles show (its second pass's)
      revue.entity.EntityExtractor entities = gazetteer.entities();
      revue.entity.ObservedTenures tenures;
      try (revue.backend.Backend b =
          backend == null
              ? revue.backend.LocalBackend.open(
                  common.index,
                  () -> entities,
                  java.time.Duration.ZERO,
                  revue.search.LiveSearchers.Spread.NEVER,
                  false)
              : revue.opensearch.OpenSearchBackend.open(backend, () -> entities)) {
        tenures = b.tenures(entities::knowsMinister);
      }
      articles =
          revue.enrich.Enricher.analyze(
              files, entities.withTenures(tenures), input.ingestOptions(), problems);
    }
    problems.forEach(err::println);
    if (json) {
      JsonContract.write(articles, out);
      out.println();
      return ExitCodes.OK;
    }
    for (EnrichedArticle a : articles) {
      out.println(a.article().id());
      String title = a.article().title();
      out.println("  title      " + (title.isBlank() ? "(no title)" : title));
      if (a.dateline() != null) {
        out.println("  dateline   " + a.dateline());
      }
      out.println(
          "  date       " + (a.date() == null ? "unknown" : a.date() + " (" + dateOrigin(a) + ")"));
      out.println("  language   " + a.lang());
      List<String> segs = new ArrayList<>();
      for (Segment s : a.segments()) {
        segs.add(s.lang() + " " + s.text().length() + " chars");
      }
      out.println("  segments   " + String.join(" · ", segs));
      out.println("  countries  " + listOrNone(a.countries()));
      List<String> ministers = new ArrayList<>(a.ministers());
      a.formerMinisters().forEach(m -> ministers.add(m + " (former)"));
      out.println("  ministers  " + listOrNone(ministers));
    }
    return ExitCodes.OK;
  }

  /** The values, or "none": a blank after the label reads as a fault of the output. */
  private static String listOrNone(List<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  /**
   * Where the date was read: "from metadata", "from the dateline", "from the dateline that opens
   * the body", "from the title", "from paragraph 4 of the body".
   */
  private static String dateOrigin(EnrichedArticle a) {
    return switch (a.dateSource()) {
      case "dateline" ->
          a.dateLine() == 0 ? "from the dateline" : "from the dateline that opens the body";
      case "text" ->
          a.dateLine() == 1
              ? "from the title"
              : "from paragraph " + (a.dateLine() - 1) + " of the body";
      default -> "from " + a.dateSource();
    };
  }
}

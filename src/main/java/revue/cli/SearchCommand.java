package revue.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import revue.InvalidInputException;
import revue.Revue;
import revue.search.FacetCounts;
import revue.search.Filter;
import revue.search.Hit;
import revue.search.SearchRequest;
import revue.search.SearchResults;
import java.util.LinkedHashMap;
import java.util.Map;
import revue.bench.LatencyStats;
import revue.eval.Topic;
import revue.eval.TrecFormatException;
import revue.eval.TrecRun;
import revue.json.JsonContract;

/** {@code revue search}: ranked hits with snippets, then facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index. Up to three words are all required, longer queries need three in four; use \"phrases\", OR, NOT, -word, title:, lang:, country:, minister:.",
      "Without --index, indexes corpus/ into index/ first when the index is missing or older than corpus/."
    })
final class SearchCommand implements Callable<Integer> {

  static final Path DEFAULT_CORPUS = Path.of("corpus");

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin GazetteerOption gazetteer;

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The query (or --topics FILE).")
  String query;

  @Option(
      names = "--topics",
      paramLabel = "FILE",
      description = "Run a batch of queries, one 'qid<TAB>query' per line, taken literally; writes a TREC run (qid Q0 id rank score tag) and prints latency percentiles.")
  Path topics;

  @Option(names = "--run", paramLabel = "OUT", description = "With --topics: write the run to OUT instead of stdout.")
  Path runFile;

  @Option(names = "--tag", paramLabel = "TAG", defaultValue = "revue", description = "With --topics: the run's tag (default: ${DEFAULT-VALUE}).")
  String tag;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--facets", paramLabel = "N", defaultValue = "10", description = "Values per facet (default: ${DEFAULT-VALUE}).")
  int facetLimit;

  @Option(
      names = "--filter",
      paramLabel = "DIM=VALUE",
      description = "Drill down: country=NE, minister=\"Nasser Bourita\", date=2022-05 or 2022-05-01..2022-05-31, lang=ar, collection=..., source=.... Repeat to combine; values of one DIM are OR-ed.")
  List<String> filters = new ArrayList<>();

  @Option(names = "--no-entities", description = "Match words only as text, not as the countries and ministers they name.")
  boolean noEntities;

  @Option(names = "--ui-lang", paramLabel = "LANG", description = "Language of facet labels: fr, ar or en (default: from the locale).")
  String uiLang;

  @Option(names = "--json", description = "Print one JSON object: total, hits, facets.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 0) {
      throw new InvalidInputException("--limit must be 0 or more, got " + limit);
    }
    if ((query == null) == (topics == null)) {
      throw new InvalidInputException("give either a QUERY or --topics FILE");
    }
    SearchRequest request =
        new SearchRequest(
            query == null ? "" : query, parseFilters(), limit, Math.max(0, facetLimit), !noEntities, uiLocale());
    boolean defaultIndex = !spec.commandLine().getParseResult().hasMatchedOption("--index");
    if (defaultIndex && Files.isDirectory(DEFAULT_CORPUS) && Revue.isStale(common.index, List.of(DEFAULT_CORPUS))) {
      err.println("revue: indexing " + DEFAULT_CORPUS + "/ into " + common.index + "/ (index missing or older than the corpus)");
      err.flush();
      try (Revue revue = Revue.open(common.index, gazetteer.entities(), java.time.ZoneOffset.UTC)) {
        revue.index(List.of(DEFAULT_CORPUS));
      }
    }
    if (!Revue.exists(common.index)) {
      throw new InvalidInputException(
          "no index at " + common.index + ": run 'revue index PATH --index " + common.index + "' first");
    }
    if (topics != null) {
      return runTopics(request, out, err);
    }
    SearchResults results;
    // the gazetteers load on another thread while the index opens; one search, on this thread
    // alone (search threads cost a one-shot command more CPU than they save it time)
    try (Revue revue = Revue.open(common.index, gazetteer::entities, java.time.ZoneOffset.UTC, false)) {
      results = revue.search(request);
    }
    if (json) {
      JsonContract.write(results, out);
      out.println();
    } else {
      print(results, out);
    }
    return ExitCodes.OK;
  }

  /** Runs every topic twice (a warm-up pass, then a timed pass) and writes the timed pass's run. */
  private int runTopics(SearchRequest template, PrintWriter out, PrintWriter err) throws Exception {
    List<Topic> batch;
    try {
      batch = Topic.read(topics);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException("no such topics file: " + topics);
    } catch (TrecFormatException e) {
      throw new InvalidInputException(e.getMessage());
    }
    SearchRequest base = template.withFacetLimit(0);
    Map<String, List<TrecRun.Result>> results = new LinkedHashMap<>();
    LatencyStats latencies = new LatencyStats();
    try (Revue revue = Revue.open(common.index, gazetteer.entities(), java.time.ZoneOffset.UTC)) {
      for (int pass = 0; pass < 2; pass++) {
        latencies.clear();
        for (Topic topic : batch) {
          SearchRequest request =
              new SearchRequest(
                  SearchRequest.literal(topic.query()), base.filters(), base.limit(), 0,
                  base.expandEntities(), base.uiLanguage());
          SearchResults found = latencies.time(() -> revue.search(request));
          List<TrecRun.Result> ranked = new ArrayList<>();
          for (Hit hit : found.hits()) {
            ranked.add(new TrecRun.Result(hit.id(), hit.score()));
          }
          results.put(topic.id(), ranked);
        }
      }
    }
    TrecRun run = new TrecRun(tag, results);
    if (runFile != null) {
      run.write(runFile);
    } else {
      run.write(out);
      out.flush();
    }
    err.println("revue: " + latencies.summary().line() + " (after a warm-up pass)");
    return ExitCodes.OK;
  }

  private List<Filter> parseFilters() {
    List<Filter> parsed = new ArrayList<>();
    for (String f : filters) {
      parsed.add(Filter.parse(f));
    }
    return parsed;
  }

  private Locale uiLocale() {
    String lang = uiLang != null ? uiLang : Locale.getDefault().getLanguage();
    return switch (lang) {
      case "fr", "ar", "en" -> Locale.forLanguageTag(lang);
      default -> {
        if (uiLang != null) {
          throw new InvalidInputException("--ui-lang must be fr, ar or en, got " + uiLang);
        }
        yield Locale.ENGLISH;
      }
    };
  }

  private void print(SearchResults results, PrintWriter out) {
    boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
    out.printf("%,d articles match %s%n", results.total(), query);
    int rank = 1;
    for (Hit hit : results.hits()) {
      out.println();
      out.printf("%2d. %s%n", rank++, hit.title().isBlank() ? "(no title)" : hit.title());
      out.printf(
          "    %s · %s · %s%s · %s · score %.2f%n",
          hit.date() == null ? "undated" : hit.date(),
          hit.lang(),
          hit.collection(),
          hit.source() == null ? "" : " · " + hit.source(),
          hit.url() != null ? hit.url() : hit.path(),
          hit.score());
      if (!hit.matchedEntities().isEmpty()) {
        out.println("    entities: " + String.join(", ", hit.matchedEntities()));
      }
      String snippet = Snippets.forTerminal(hit.snippet(), terminal);
      if (!snippet.isBlank()) {
        out.println("    " + snippet);
      }
    }
    out.println();
    for (FacetCounts facet : results.facets()) {
      if (facet.values().isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s ", facet.dimension()));
      List<String> parts = new ArrayList<>();
      for (FacetCounts.Value v : facet.values()) {
        parts.add(v.label() + " (" + v.count() + ")");
      }
      line.append(String.join(" · ", parts));
      if (facet.otherValues() > 0) {
        line.append(String.format(Locale.ROOT, " · %d more (%d)", facet.otherValues(), facet.otherCount()));
      }
      out.println(line);
    }
  }
}

package revue.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import revue.FacetCounts;
import revue.Filter;
import revue.Hit;
import revue.InvalidInputException;
import revue.Revue;
import revue.SearchRequest;
import revue.SearchResults;
import revue.eval.LatencyStats;
import revue.eval.Topic;
import revue.eval.TrecFormatException;
import revue.eval.TrecRun;
import revue.json.JsonContract;

/**
 * {@code revue search}: ranked hits with snippets, then facet counts.
 *
 * <p>Its command line is declared with picocli's programmatic API, not with annotations as the
 * other commands': search is the command users run from a cold JVM, and picocli's model of an
 * annotated command (reflection, the JDK's annotation proxies) took several times as long to build
 * as the same model built in code (docs/benchmarks.md, "A cold one-shot search"). {@code revue
 * search --help} is unchanged. Not thread-safe: one instance per command line.
 */
final class SearchCommand implements Callable<Integer> {

  private final CommandSpec spec;
  private final CommonOptions common = new CommonOptions();
  private final GazetteerOption gazetteer = new GazetteerOption();

  // the parsed command line, read by readOptions()
  private String query;
  private Path topics;
  private Path runFile;
  private String tag;
  private int limit;
  private int facetLimit;
  private List<String> filters;
  private boolean noEntities;
  private String uiLang;
  private boolean json;
  private boolean noCollapse;
  private String sort;

  SearchCommand() {
    spec =
        CommandSpec.wrapWithoutInspection(this).name("search").versionProvider(new VersionInfo());
    spec.usageMessage()
        .description(
            "Search the index.",
            "Up to three words are all required, longer queries need three in four; use \"phrases\", OR, NOT, -word, title:, lang:, country:, minister:, date:2022-05.",
            "Without --index, indexes corpus/ into index/ first when the index is missing or older than corpus/ (both in REVUE_HOME when set).");
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("QUERY")
            .arity("0..1")
            .type(String.class)
            .description("The query (or --topics FILE).")
            .build());
    option(
        "--topics",
        "FILE",
        Path.class,
        null,
        "Run a batch of queries, one 'qid<TAB>query' per line, taken literally; writes a TREC run (qid Q0 id rank score tag) and prints latency percentiles.");
    option(
        "--run", "OUT", Path.class, null, "With --topics: write the run to OUT instead of stdout.");
    option(
        "--tag",
        "TAG",
        String.class,
        "revue",
        "With --topics: the run's tag (default: ${DEFAULT-VALUE}).");
    option("--limit", "N", int.class, "10", "Hits to show (default: ${DEFAULT-VALUE}).");
    option("--facets", "N", int.class, "10", "Values per facet (default: ${DEFAULT-VALUE}).");
    option(
        "--sort",
        "ORDER",
        String.class,
        "relevance",
        "relevance (the default) or date: the newest day first, relevance within a day, undated articles last.");
    spec.addOption(
        OptionSpec.builder("--filter")
            .paramLabel("DIM=VALUE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(
                "Drill down: country=NE, minister=\"Nasser Bourita\", date=2022-05 or 2022-05-01..2022-05-31, lang=ar, collection=..., source=.... Repeat to combine; values of one DIM are OR-ed.")
            .build());
    flag(
        "--no-entities", "Match words only as text, not as the countries and ministers they name.");
    option(
        "--ui-lang",
        "LANG",
        String.class,
        null,
        "Language of facet labels: fr, ar or en (default: from the locale).");
    flag("--json", "Print one JSON object: total, hits, facets.");
    flag(
        "--no-collapse",
        "Show every matching article; by default the copies of one story (a wire story reprinted by several outlets) are one hit, the best-ranked, with 'N similar'.");
    option("--index", "DIR", Path.class, Defaults.index().toString(), CommonOptions.INDEX_HELP);
    flag("--verbose", CommonOptions.VERBOSE_HELP);
    spec.addOption(
        OptionSpec.builder("--backend")
            .paramLabel("URI")
            .type(java.net.URI.class)
            .converters(value -> java.net.URI.create(value))
            .description(CommonOptions.BACKEND_HELP)
            .build());
    option("--gazetteer", "FILE", Path.class, null, GazetteerOption.HELP);
    // picocli's standard help options (mixinStandardHelpOptions), with the same texts
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  /** The command's model, for picocli. */
  CommandSpec spec() {
    return spec;
  }

  private void option(
      String name, String label, Class<?> type, String defaultValue, String description) {
    OptionSpec.Builder option =
        OptionSpec.builder(name)
            .paramLabel(label)
            .type(type)
            .defaultValue(defaultValue)
            .description(description);
    if (type == Path.class) {
      // picocli reaches Paths.get by reflection (it runs on Java 5), which builds method handles at
      // run time on every cold start; a converter of our own is kept by the AOT cache
      option.converters(value -> Path.of(value));
    }
    spec.addOption(option.build());
  }

  private void flag(String name, String description) {
    spec.addOption(OptionSpec.builder(name).type(boolean.class).description(description).build());
  }

  /** Copies the parsed command line (defaults applied) into the fields. */
  private void readOptions() {
    query = spec.positionalParameters().get(0).getValue();
    topics = value("--topics");
    runFile = value("--run");
    tag = value("--tag");
    limit = value("--limit");
    facetLimit = value("--facets");
    List<String> given = value("--filter");
    filters = given == null ? List.of() : given;
    noEntities = isSet("--no-entities");
    uiLang = value("--ui-lang");
    json = isSet("--json");
    noCollapse = isSet("--no-collapse");
    sort = value("--sort");
    common.index = value("--index");
    common.verbose = isSet("--verbose");
    common.backend = value("--backend");
    gazetteer.gazetteer = value("--gazetteer");
  }

  private <T> T value(String option) {
    return spec.findOption(option).getValue();
  }

  private boolean isSet(String flag) {
    return Boolean.TRUE.equals(spec.findOption(flag).getValue());
  }

  @Override
  public Integer call() throws Exception {
    readOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 0) {
      throw new InvalidInputException("--limit must be 0 or more, got " + limit);
    }
    if (facetLimit < 0) {
      throw new InvalidInputException("--facets must be 0 or more, got " + facetLimit);
    }
    if (!sort.equalsIgnoreCase("relevance") && !sort.equalsIgnoreCase("date")) {
      throw new InvalidInputException("--sort must be relevance or date, got '" + sort + "'");
    }
    if ((query == null) == (topics == null)) {
      throw new InvalidInputException("give either a QUERY or --topics FILE");
    }
    if (topics == null) {
      for (String withTopics : List.of("--run", "--tag")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(withTopics)) {
          throw new InvalidInputException(
              withTopics + " goes with --topics FILE, not with a QUERY");
        }
      }
    }
    SearchRequest request =
        new SearchRequest(
                query == null ? "" : query,
                parseFilters(),
                limit,
                facetLimit,
                !noEntities,
                uiLocale())
            .withCollapse(!noCollapse)
            .withNewestFirst(sort.equalsIgnoreCase("date"));
    boolean defaultIndex = !spec.commandLine().getParseResult().hasMatchedOption("--index");
    Path corpus = Defaults.corpus();
    if (defaultIndex
        && common.backend == null
        && Files.isDirectory(corpus)
        && Revue.isStale(common.index, List.of(corpus))) {
      err.println(
          "revue: indexing "
              + corpus
              + "/ into "
              + common.index
              + "/ (index missing or older than the corpus)");
      err.flush();
      try (Revue revue = Revue.open(common.index, gazetteer.options(common))) {
        revue.index(List.of(corpus));
      }
    }
    common.requireIndex();
    if (topics != null) {
      return runTopics(request, out, err);
    }
    SearchResults results;
    String chart = null;
    // the gazetteers load on another thread while the index opens
    try (Revue revue = Revue.open(common.index, gazetteer.oneShotOptions(common))) {
      results = revue.search(request);
      if (!json && results.total() > 0 && facetLimit > 0) {
        chart = DateChart.of(revue.dayCounts(request));
      }
    }
    if (results.queryNote() != null) {
      err.println("revue: " + results.queryNote());
      err.flush();
    }
    if (results.filterNote() != null) {
      err.println("revue: " + results.filterNote());
      err.flush();
    }
    if (json) {
      JsonContract.write(results, out);
      out.println();
    } else {
      print(results, chart, out);
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
    try (Revue revue = Revue.open(common.index, gazetteer.options(common))) {
      for (int pass = 0; pass < 2; pass++) {
        latencies.clear();
        for (Topic topic : batch) {
          SearchRequest request =
              new SearchRequest(
                  SearchRequest.literal(topic.query()),
                  base.filters(),
                  base.limit(),
                  0,
                  base.expandEntities(),
                  base.uiLanguage(),
                  false,
                  base.collapse());
          SearchResults found;
          try {
            found = latencies.time(() -> revue.search(request));
          } catch (InvalidInputException e) {
            // a topic that is not a query (no words in it) ranks nothing; the others still run
            if (pass == 0) {
              err.println("revue: topic " + topic.id() + ": " + e.getMessage());
            }
            found = new SearchResults(0, List.of(), List.of());
          }
          List<TrecRun.Result> ranked = new ArrayList<>();
          for (Hit hit : found.hits()) {
            ranked.add(TrecRun.Result.ofArticle(hit.id(), hit.score()));
            // a run ranks articles: a story's other articles follow it in its place, each scored
            // a step below the one before that the run's six decimals keep (a run is ordered by
            // score, ties by id)
            double score = hit.score();
            for (String copy : hit.similarIds()) {
              score -= 1e-5;
              ranked.add(TrecRun.Result.ofArticle(copy, score));
            }
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
    String lang =
        (uiLang != null ? uiLang : Locale.getDefault().getLanguage()).toLowerCase(Locale.ROOT);
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

  /** Header length of a query: a pasted paragraph is shown by its first words. */
  private static final int SHOWN_QUERY_CHARS = 80;

  /**
   * The query as the header shows it: whole up to {@value #SHOWN_QUERY_CHARS} characters, else cut
   * at the last space before that, with an ellipsis; its white space collapsed.
   */
  static String shortened(String query) {
    String flat = query.strip().replaceAll("\\s+", " ");
    if (flat.length() <= SHOWN_QUERY_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', SHOWN_QUERY_CHARS - 1);
    return flat.substring(0, cut > 0 ? cut : SHOWN_QUERY_CHARS - 1) + " …";
  }

  /**
   * @param chart the matches over time ({@link DateChart}), or null
   */
  private void print(SearchResults results, String chart, PrintWriter out) {
    boolean terminal = System.getenv("NO_COLOR") == null && Terminal.stdoutIsTerminal();
    // no query (browsing by filters) leaves no trailing space
    out.printf(
        "%,d %s%s%n",
        results.total(),
        results.total() == 1 ? "article matches" : "articles match",
        query.isBlank() ? "" : " " + shortened(query));
    if (!results.suggestions().isEmpty()) {
      out.println(
          "did you mean: "
              + String.join(
                  " · ", results.suggestions().stream().map(SearchCommand::shortened).toList()));
    }
    int rank = 1;
    for (Hit hit : results.hits()) {
      out.println();
      out.printf("%2d. %s%n", rank++, hit.title().isBlank() ? "(no title)" : hit.title());
      out.println(hitLine(hit));
      if (!hit.matchedEntities().isEmpty()) {
        out.println("    entities: " + String.join(", ", hit.matchedEntities()));
      }
      if (hit.similar() > 0) {
        out.println("    " + similar(hit.similarIds()));
      }
      String snippet = Snippets.forTerminal(hit.snippet(), terminal);
      if (!snippet.isBlank()) {
        out.println("    " + snippet);
      }
    }
    out.println();
    if (chart != null) {
      out.println(String.format(Locale.ROOT, "%-10s ", "over time") + chart);
    }
    for (FacetCounts facet : results.facets()) {
      if (facet.values().isEmpty()) {
        continue;
      }
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "%-10s ", facet.dimension()));
      List<String> parts = new ArrayList<>();
      for (FacetCounts.Value v : facet.values()) {
        parts.add(String.format(Locale.ROOT, "%s (%,d)", v.label(), v.count()));
      }
      line.append(String.join(" · ", parts));
      if (facet.otherValues() > 0) {
        line.append(
            String.format(
                Locale.ROOT, " · %,d more (%,d)", facet.otherValues(), facet.otherCount()));
      }
      out.println(line);
    }
  }

  /**
   * The line under a hit's title, in search and related alike: date, language, the hit's id (which
   * --json, --topics runs and the index share, rather than its file), its outlet, score, URL; its
   * URL and an id that holds one are shown decoded for reading ('revue related' takes either).
   */
  static String hitLine(Hit hit) {
    boolean urlInId = hit.url() == null || hit.id().endsWith(hit.url());
    return String.format(
        Locale.ROOT,
        "    %s · %s · %s%s · score %.2f%s",
        hit.date() == null ? "undated" : hit.date(),
        hit.lang(),
        ReadableUrls.decode(hit.id()),
        hit.source() == null ? "" : " · " + hit.source(),
        hit.score(),
        urlInId ? "" : " · " + ReadableUrls.decode(hit.url()));
  }

  /** "2 similar: ar/1, ar/2", the ids cut after {@link #SIMILAR_SHOWN}. */
  static String similar(List<String> ids) {
    List<String> shown = ids.subList(0, Math.min(SIMILAR_SHOWN, ids.size()));
    return ids.size()
        + " similar: "
        + String.join(", ", shown.stream().map(ReadableUrls::decode).toList())
        + (ids.size() > shown.size() ? ", … (--no-collapse lists them)" : "");
  }

  private static final int SIMILAR_SHOWN = 3;
}

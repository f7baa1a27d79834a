package revue.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.FSDirectory;
import revue.IndexReport;
import revue.IngestOptions;
import revue.Revue;
import revue.SearchRequest;
import revue.eval.LatencyStats;

/**
 * The benchmark harness of issue 7: builds a plain-Lucene baseline index and revue's index of the
 * same articles in the same run (each in a child JVM with the same -Xmx and thread count, so their
 * heaps are measured apart), replays the same query set on both after a warm-up, and times the
 * one-shot CLI from a cold JVM against ripgrep and a one-shot Lucene query. Prints every figure for
 * both engines and as a ratio.
 *
 * <p>Run it with {@code scripts/bench.sh [CORPUS_DIR] [options]} (see {@code --help}). It is a
 * tool, not library code: it prints and exits.
 */
public final class Harness {

  private static final long SEED = 20240607L;
  private static final int WARM_UP_PASSES = 3;

  private Harness() {}

  /** Options; see {@link #usage}. */
  private static final class Options {
    Path corpus = Path.of("..", "shared", "corpora");
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "revue-bench");
    int threads = Runtime.getRuntime().availableProcessors();
    String heap = "2g";
    int replicas = 1;
    int titles = 500;
    int passages = 300;
    int rounds = 3;
    int buildRounds = 1;
    int cliRuns = 7;
    boolean reuse;
    boolean cli = true;
    boolean queries = true;
    Path report;
  }

  private static void usage(PrintStream out) {
    out.println(
        """
        usage: scripts/bench.sh [CORPUS_DIR] [options]   (CORPUS_DIR default ../shared/corpora)
          --work DIR        indexes, sampled titles, articles-as-files (default /tmp/revue-bench)
          --threads N       indexing threads for both engines (default: cores)
          --heap SIZE       -Xmx of each indexing JVM (default 2g)
          --replicas N      index the corpus N times under new collection names, hence new ids
                            (symlinks in WORK/replicas, nothing copied) for scale runs (default 1)
          --titles N        titles sampled (fixed seed) as queries, and as many others for the
                            warm-up pass (default 500)
          --passages N      long queries (pasted paragraphs: 30 to 60 words from the middle of
                            a body) sampled with a fixed seed, a third in each of French, Arabic
                            and English, and as many others for their warm-up; 0 skips them
                            (default 300)
          --rounds N        measured passes over the query set after the warm-up pass, each on
                            a revue opened afresh (its caches new to the queries); percentiles
                            are over every pass's latencies (default 3)
          --build-rounds N  build both indexes N times, in turn, and report the round of median
                            articles/s ratio (the lower of the two middle ones for an even N)
                            beside every round's (default 1)
          --cli-runs N      cold-JVM runs per one-shot command, the commands in turn, median
                            reported (default 7)
          --reuse           keep the indexes built by an earlier run in WORK (queries and CLI only)
          --no-cli          skip the one-shot command timings
          --no-queries      skip the query replay
          --report FILE     also write the report to FILE""");
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Options o = parse(args);
    if (o == null) {
      return;
    }
    if (!Files.isDirectory(o.corpus)) {
      System.err.println("bench: no corpus folder " + o.corpus);
      System.exit(2);
    }
    Files.createDirectories(o.work);
    Report report = new Report();
    report.line(
        "revue benchmark, %s, %d cores, %s, java %s, corpus %s x%d, %d indexing threads, -Xmx%s",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        osLine(),
        Runtime.version(),
        o.corpus,
        o.replicas,
        o.threads,
        o.heap);
    report.line(
        "indexing JVMs (both engines): -Xmx%s -XX:ActiveProcessorCount=%d %s",
        o.heap, o.threads, String.join(" ", BUILD_JIT_FLAGS));
    // the queries of both engines run in this JVM: its settings are part of their figures
    report.line(
        "queries in this JVM: %s",
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));

    List<Path> inputs = inputs(o);
    Path baseIndex = o.work.resolve("baseline-index");
    Path revueIndex = o.work.resolve("revue-index");
    Path titlesFile = o.work.resolve("titles.txt");
    Map<String, String> base;
    Map<String, String> rev;
    Path results = o.work.resolve("build-results.txt");
    if (o.reuse && Files.exists(results)) {
      List<String> lines = Files.readAllLines(results);
      base = parseResult(lines.get(0));
      rev = parseResult(lines.get(1));
    } else {
      // The machine's speed drifts by 10-20% between minutes: the two builds of a round run one
      // after the other, and with several rounds the round of median ratio is reported.
      List<Map<String, String>[]> rounds = new ArrayList<>();
      for (int round = 0; round < o.buildRounds; round++) {
        @SuppressWarnings("unchecked")
        Map<String, String>[] pair =
            new Map[] {
              runChild(o, "baseline", baseIndex, titlesFile, inputs),
              runChild(o, "revue", revueIndex, titlesFile, inputs)
            };
        rounds.add(pair);
      }
      List<Map<String, String>[]> byRatio = new ArrayList<>(rounds);
      byRatio.sort(java.util.Comparator.comparingDouble(Harness::buildRatio));
      Map<String, String>[] median = byRatio.get((byRatio.size() - 1) / 2);
      base = median[0];
      rev = median[1];
      List<String> lines = new ArrayList<>(List.of(format(base), format(rev)));
      rounds.forEach(r -> lines.addAll(List.of(format(r[0]), format(r[1]))));
      Files.write(results, lines);
      if (rounds.size() > 1) {
        StringBuilder each = new StringBuilder();
        for (Map<String, String>[] r : rounds) {
          each.append(each.isEmpty() ? "" : ", ")
              .append(String.format(Locale.ROOT, "%.2fx", buildRatio(r)));
        }
        report.line("");
        report.line(
            "Indexing rounds (baseline then revue, %d times; revue/baseline articles/s of each): %s;"
                + " the table shows the round of median ratio",
            rounds.size(), each);
      }
    }
    reportBuild(report, base, rev);

    if (o.queries) {
      replayQueries(o, report, baseIndex, revueIndex, Files.readAllLines(titlesFile));
      if (o.passages > 0) {
        replayLongQueries(o, report, baseIndex, revueIndex, passages(o, inputs));
      }
    }
    if (o.cli) {
      oneShot(o, report, baseIndex, revueIndex, inputs);
    }
    if (o.report != null) {
      Files.writeString(o.report, report.text());
    }
  }

  private static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> {
          usage(System.out);
          return null;
        }
        case "--work" -> o.work = Path.of(args[++i]);
        case "--threads" -> o.threads = Integer.parseInt(args[++i]);
        case "--heap" -> o.heap = args[++i];
        case "--replicas" -> o.replicas = Integer.parseInt(args[++i]);
        case "--titles" -> o.titles = Integer.parseInt(args[++i]);
        case "--passages" -> o.passages = Integer.parseInt(args[++i]);
        case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
        case "--cli-runs" -> o.cliRuns = Integer.parseInt(args[++i]);
        case "--build-rounds" -> o.buildRounds = Integer.parseInt(args[++i]);
        case "--reuse" -> o.reuse = true;
        case "--no-cli" -> o.cli = false;
        case "--no-queries" -> o.queries = false;
        case "--report" -> o.report = Path.of(args[++i]);
        default -> {
          if (a.startsWith("-")) {
            System.err.println("bench: unknown option " + a);
            usage(System.err);
            System.exit(2);
          }
          o.corpus = Path.of(a);
        }
      }
    }
    return o;
  }

  /** The corpus itself, or N folders of symlinks to its files under new names (new ids). */
  private static List<Path> inputs(Options o) throws IOException {
    if (o.replicas <= 1) {
      return List.of(o.corpus);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(o.corpus)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> !p.getFileName().toString().equals("README.md"))
              .sorted()
              .toList();
    }
    List<Path> dirs = new ArrayList<>();
    for (int r = 1; r <= o.replicas; r++) {
      Path dir = o.work.resolve("replicas").resolve(String.format(Locale.ROOT, "r%02d", r));
      Files.createDirectories(dir);
      for (Path f : files) {
        String name = f.getFileName().toString();
        int dot = name.indexOf('.');
        String renamed =
            dot < 0 ? name + "-r" + r : name.substring(0, dot) + "-r" + r + name.substring(dot);
        Path link = dir.resolve(renamed);
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createSymbolicLink(link, f.toAbsolutePath());
        }
      }
      dirs.add(dir);
    }
    return dirs;
  }

  // ---------------------------------------------------------------- indexing, in child JVMs

  /**
   * The JIT settings the launcher gives {@code revue index} and {@code rebuild}, given to both
   * engines' builds alike: C2 compiles every branch instead of trapping on those its profile has
   * not seen taken. A build meets the corpora's languages one after the other, and each new one
   * took branches that compiled code had left out, so the JIT recompiled the same large methods
   * (Lucene's flush, revue's matchers) again and again. The flags made revue's builds faster and
   * left the baseline's within the noise (figures: docs/benchmarks.md, "JVM flags and caches").
   */
  static final List<String> BUILD_JIT_FLAGS =
      List.of("-XX:PerMethodTrapLimit=0", "-XX:PerBytecodeTrapLimit=0");

  private static Map<String, String> runChild(
      Options o, String engine, Path index, Path titles, List<Path> inputs)
      throws IOException, InterruptedException {
    deleteTree(index);
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.add("-Xmx" + o.heap);
    cmd.add("-XX:ActiveProcessorCount=" + o.threads);
    cmd.addAll(BUILD_JIT_FLAGS);
    cmd.add("--enable-native-access=ALL-UNNAMED");
    // the parent's logging set-up (the tests' quiets Lucene's hint about the vector module)
    String logging = System.getProperty("java.util.logging.config.file");
    if (logging != null) {
      cmd.add("-Djava.util.logging.config.file=" + logging);
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Harness.class.getName());
    cmd.add("--child");
    cmd.add(engine);
    cmd.add(index.toString());
    cmd.add(titles.toString());
    // twice the titles: the first half is measured, the second warms up
    cmd.add(Integer.toString(2 * o.titles));
    inputs.forEach(p -> cmd.add(p.toString()));
    System.err.println("bench: building the " + engine + " index of " + inputs + " ...");
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(engine + " build failed (exit " + p.exitValue() + "): " + out);
    }
    String line =
        out.lines()
            .filter(l -> l.startsWith("RESULT "))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new IOException(engine + " build printed no RESULT line: " + out));
    Map<String, String> result = parseResult(line);
    result.put("indexBytes", Long.toString(treeSize(index)));
    System.err.println("bench: " + engine + " done: " + line);
    return result;
  }

  /** In the child JVM: build one index, print {@code RESULT key=value ...}. */
  private static void child(String[] args) throws IOException {
    String engine = args[0];
    Path index = Path.of(args[1]);
    Path titles = Path.of(args[2]);
    int titleSample = Integer.parseInt(args[3]);
    List<Path> inputs = Arrays.stream(args).skip(4).map(Path::of).toList();
    int threads = Runtime.getRuntime().availableProcessors();
    Map<String, String> r = new LinkedHashMap<>();
    r.put("engine", engine);
    r.put("threads", Integer.toString(threads));
    try (HeapSampler heap = new HeapSampler(20)) {
      long start = System.nanoTime();
      if (engine.equals("baseline")) {
        BaselineIndexer.Result b =
            new BaselineIndexer(threads, titleSample, SEED).build(inputs, index);
        r.put("seconds", seconds(System.nanoTime() - start));
        r.put("articles", Long.toString(b.articles()));
        r.put("problems", Long.toString(b.problems()));
        r.put("chars", Long.toString(b.textChars()));
        r.put("utf8Bytes", Long.toString(b.textUtf8Bytes()));
        Files.write(titles, b.titles(), StandardCharsets.UTF_8);
      } else {
        IndexReport report;
        try (Revue revue = Revue.open(index)) {
          report =
              revue.index(
                  inputs,
                  IngestOptions.defaults(),
                  n -> {
                    if (n % 50_000 == 0) {
                      System.err.println("bench: revue indexed " + n);
                    }
                  },
                  java.time.Duration.ZERO);
        }
        r.put("seconds", seconds(System.nanoTime() - start));
        r.put("articles", Long.toString(report.indexed()));
        r.put("problems", Long.toString(report.skipped() + report.failed()));
      }
      HeapSampler.Peaks peaks = heap.peaks();
      r.put("peakHeapBytes", Long.toString(peaks.usedBytes()));
      r.put("peakAfterGcBytes", Long.toString(peaks.afterGcBytes()));
      long gcMillis = 0;
      for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        gcMillis += Math.max(0, gc.getCollectionTime());
      }
      r.put("gcMillis", Long.toString(gcMillis));
      if (ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        // CPU time is less sensitive than wall time to other work on a shared machine
        r.put("cpuSeconds", seconds(os.getProcessCpuTime()));
      }
    }
    System.out.println(format(r));
  }

  /** Revue's articles/s over the baseline's in one round of builds. */
  private static double buildRatio(Map<String, String>[] round) {
    double b =
        Long.parseLong(round[0].get("articles")) / Double.parseDouble(round[0].get("seconds"));
    double r =
        Long.parseLong(round[1].get("articles")) / Double.parseDouble(round[1].get("seconds"));
    return r / b;
  }

  private static void reportBuild(
      Report report, Map<String, String> base, Map<String, String> rev) {
    double bSec = Double.parseDouble(base.get("seconds"));
    double rSec = Double.parseDouble(rev.get("seconds"));
    long bArticles = Long.parseLong(base.get("articles"));
    long rArticles = Long.parseLong(rev.get("articles"));
    double mb =
        Long.parseLong(base.get("utf8Bytes")) / 1e6; // same articles: the baseline measured them
    report.line("");
    report.line(
        "Indexing (%,d articles, %.0f MB of UTF-8 title+body text; revue indexed %,d)",
        bArticles, mb, rArticles);
    report.row("metric", "baseline", "revue", "revue/baseline");
    report.row("wall time s", f1(bSec), f1(rSec), ratio(rSec, bSec));
    double bRate = bArticles / bSec;
    double rRate = rArticles / rSec;
    report.row("articles/s", f0(bRate), f0(rRate), ratio(rRate, bRate));
    if (base.containsKey("cpuSeconds") && rev.containsKey("cpuSeconds")) {
      double bCpu = Double.parseDouble(base.get("cpuSeconds"));
      double rCpu = Double.parseDouble(rev.get("cpuSeconds"));
      report.row("CPU time s (whole child JVM)", f1(bCpu), f1(rCpu), ratio(rCpu, bCpu));
      report.row(
          "articles per CPU-second",
          f0(bArticles / bCpu),
          f0(rArticles / rCpu),
          ratio(rArticles / rCpu, bArticles / bCpu));
    }
    report.row("MB/s", f1(mb / bSec), f1(mb / rSec), ratio(bSec, rSec));
    report.row(
        "build ms per 1k articles",
        f1(bSec * 1e6 / bArticles),
        f1(rSec * 1e6 / rArticles),
        ratio(rSec / rArticles, bSec / bArticles));
    long bSize = Long.parseLong(base.get("indexBytes"));
    long rSize = Long.parseLong(rev.get("indexBytes"));
    report.row("index size MB", f0(bSize / 1e6), f0(rSize / 1e6), ratio(rSize, bSize));
    long bHeap = Long.parseLong(base.get("peakHeapBytes"));
    long rHeap = Long.parseLong(rev.get("peakHeapBytes"));
    report.row("peak heap used MB", f0(bHeap / 1e6), f0(rHeap / 1e6), ratio(rHeap, bHeap));
    long bLive = Long.parseLong(base.get("peakAfterGcBytes"));
    long rLive = Long.parseLong(rev.get("peakAfterGcBytes"));
    report.row("peak heap after GC MB", f0(bLive / 1e6), f0(rLive / 1e6), ratio(rLive, bLive));
    report.row(
        "GC time s",
        f1(Long.parseLong(base.get("gcMillis")) / 1e3),
        f1(Long.parseLong(rev.get("gcMillis")) / 1e3),
        "");
    report.verdict("indexing articles/s >= 0.5x baseline", rRate / bRate >= 0.5, rRate / bRate);
  }

  // ---------------------------------------------------------------- queries

  private static void replayQueries(
      Options o, Report report, Path baseIndex, Path revueIndex, List<String> titles)
      throws IOException {
    Revue revue = null;
    try (FSDirectory dir = FSDirectory.open(baseIndex);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      revue = Revue.open(revueIndex);
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, BaselineIndexer.facetsConfig());
      // The baseline as the issue measured it: Lucene's classic QueryParser as it comes, words
      // OR-ed. Its reference figures (0.4 ms p50 without a facet, 1.4 with one: 3.5 times) are
      // what OR-ed words give here (0.55-0.74 and 2.1-2.3 ms); AND-ed words, the harness's
      // baseline before, give 0.18-0.28 and 0.15-0.29 ms, the facet counting a handful of hits.
      // The AND-ed baseline is still replayed and reported, beside the target's.
      BaselineSearcher baseline = new BaselineSearcher(reader, state, QueryParser.Operator.OR);
      BaselineSearcher strict = new BaselineSearcher(reader, state, QueryParser.Operator.AND);
      // Measured queries and warm-up queries are different titles: revue remembers term look-ups,
      // word analyses and entity expansions per searcher, and a query met in the warm-up would be
      // measured as a repeat, not as a user's new query.
      int half = titles.size() / 2;
      // drill-downs on the collection with most articles holding all the words, as before
      List<QuerySet.Query> queries = QuerySet.build(titles.subList(0, half), strict::topCollection);
      List<QuerySet.Query> warmUp =
          QuerySet.warmUp(titles.subList(half, titles.size()), strict::topCollection);
      Map<String, Map<QuerySet.Kind, LatencyStats>> stats = new LinkedHashMap<>();
      for (String engine :
          List.of("baseline", "baseline+facet", "AND-ed", "AND-ed+facet", "revue")) {
        Map<QuerySet.Kind, LatencyStats> byKind = new EnumMap<>(QuerySet.Kind.class);
        for (QuerySet.Kind k : QuerySet.Kind.values()) {
          byKind.put(k, new LatencyStats());
        }
        stats.put(engine, byKind);
      }
      long[] hits = new long[3]; // baseline, AND-ed, revue
      // CPU per query beside latency: revue spreads a search over threads, so its wall time
      // alone would hide work; the baseline runs on the calling thread alone
      SearchCpu cpu = new SearchCpu();
      Map<String, Map<QuerySet.Kind, long[]>> cpuNanos = new LinkedHashMap<>();
      for (String engine : stats.keySet()) {
        Map<QuerySet.Kind, long[]> byKind = new EnumMap<>(QuerySet.Kind.class);
        for (QuerySet.Kind k : QuerySet.Kind.values()) {
          byKind.put(k, new long[1]);
        }
        cpuNanos.put(engine, byKind);
      }
      System.err.printf(
          "bench: %d warm-up queries %d times, then %d queries measured %d time(s)%n",
          warmUp.size(), WARM_UP_PASSES, queries.size(), o.rounds);
      for (int round = 0; round <= o.rounds; round++) {
        if (round > 1) {
          // Each measured pass on a revue opened afresh: its per-searcher memory of term look-ups,
          // word analyses and entity expansions has not met the queries, as in the first pass
          // (a single pass's p99 is its 6th slowest query, which a collection or a busy moment of
          // the machine decides). The new instance meets the warm-up queries once first.
          revue.close();
          revue = Revue.open(revueIndex);
          for (QuerySet.Query q : warmUp) {
            revue.search(QueryReplay.request(q));
          }
        }
        Revue current = revue;
        cpu.findSearchThreads(); // started during the warm-up
        for (QuerySet.Query q : round == 0 ? warmUpPasses(warmUp) : queries) {
          // interleaved, so the five see the same caches and JIT state
          boolean measured = round > 0;
          Timer timer = new Timer(measured, q.kind(), stats, cpuNanos);
          timer.time("baseline", cpu::callerNanos, () -> baseline.search(q, false));
          long h1 = timer.time("baseline+facet", cpu::callerNanos, () -> baseline.search(q, true));
          timer.time("AND-ed", cpu::callerNanos, () -> strict.search(q, false));
          long h2 = timer.time("AND-ed+facet", cpu::callerNanos, () -> strict.search(q, true));
          SearchRequest revueRequest = QueryReplay.request(q);
          long h3 =
              timer.time(
                  "revue", cpu::withSearchThreadsNanos, () -> current.search(revueRequest).total());
          if (round == 1) {
            hits[0] += h1;
            hits[1] += h2;
            hits[2] += h3;
          }
        }
      }
      // the same queries once more, revue only: what its per-searcher memory of term look-ups,
      // word analyses and entity expansions buys a repeated query (not the target's figure)
      LatencyStats repeated = new LatencyStats();
      long repeatedCpu = 0;
      for (QuerySet.Query q : queries) {
        SearchRequest request = QueryReplay.request(q);
        long c0 = cpu.withSearchThreadsNanos();
        long t0 = System.nanoTime();
        revue.search(request);
        repeated.record(System.nanoTime() - t0);
        repeatedCpu += cpu.withSearchThreadsNanos() - c0;
      }
      report.line("");
      report.line(
          "Queries (one at a time, top 10; %d titles sampled with seed %d, %d entity queries, %d"
              + " drill-downs on their top collection; warm-up: %d other queries (other titles, also"
              + " drilled down) three times over; then %d measured pass(es), each on a revue opened afresh"
              + " after the warm-up queries once; total hits of one pass:"
              + " baseline %,d, AND-ed %,d, revue %,d)",
          count(queries, QuerySet.Kind.TITLE),
          SEED,
          count(queries, QuerySet.Kind.ENTITY),
          count(queries, QuerySet.Kind.DRILL_DOWN),
          warmUp.size(),
          o.rounds,
          hits[0],
          hits[1],
          hits[2]);
      report.line(
          "  baseline: Lucene's classic QueryParser as it comes (words OR-ed, BM25), StandardAnalyzer,"
              + " stored title of each hit; +facet: also counts the collection facet (drill-down:"
              + " DrillDownQuery). AND-ed: the same with every word required, reported beside it.");
      report.line(
          "  revue: Revue.search, all 6 facets (drill-sideways), snippets, entity expansion on; %s.",
          cpu.searchThreads() == 0
              ? "each query on the calling thread alone"
              : "each query spread over the calling thread and "
                  + cpu.searchThreads()
                  + " search thread(s)");
      report.line(
          "  CPU ms/query: mean thread CPU of a query, the calling thread's and (revue) the search"
              + " threads'; latency percentiles are wall time.");
      report.line(
          "  segments: baseline %d, revue %d (each segment costs every query its term look-ups"
              + " and scorers: runs of builds that came out in different counts do not compare)",
          reader.leaves().size(), segments(revueIndex));
      report.row("query set / engine", "p50 ms", "p95 ms", "p99 ms", "queries/s", "CPU ms/query");
      LatencyStats.Summary facetAll = null;
      LatencyStats.Summary strictAll = null;
      LatencyStats.Summary revueAll = null;
      for (QuerySet.Kind kind : QuerySet.Kind.values()) {
        for (var e : stats.entrySet()) {
          if (e.getValue().get(kind).count() == 0) {
            continue;
          }
          row(
              report,
              kind.name().toLowerCase(Locale.ROOT) + " / " + e.getKey(),
              e.getValue().get(kind).summary(),
              cpuNanos.get(e.getKey()).get(kind)[0]);
        }
      }
      for (var e : stats.entrySet()) {
        LatencyStats all = new LatencyStats();
        e.getValue().values().forEach(s -> copy(s, all));
        LatencyStats.Summary summary = all.summary();
        long allCpu = cpuNanos.get(e.getKey()).values().stream().mapToLong(c -> c[0]).sum();
        row(report, "all / " + e.getKey(), summary, allCpu);
        if (e.getKey().equals("baseline+facet")) {
          facetAll = summary;
        } else if (e.getKey().equals("AND-ed+facet")) {
          strictAll = summary;
        } else if (e.getKey().equals("revue")) {
          revueAll = summary;
        }
      }
      row(report, "all / revue, same queries repeated", repeated.summary(), repeatedCpu);
      double p50 = (double) revueAll.p50Nanos() / facetAll.p50Nanos();
      double p99 = (double) revueAll.p99Nanos() / facetAll.p99Nanos();
      report.verdict("query p50 <= 2x baseline with one facet", p50 <= 2, p50);
      report.verdict("query p99 <= 2x baseline with one facet", p99 <= 2, p99);
      report.line(
          "  (against the AND-ed baseline with one facet, not the target's: p50 %.2fx, p99 %.2fx)",
          (double) revueAll.p50Nanos() / strictAll.p50Nanos(),
          (double) revueAll.p99Nanos() / strictAll.p99Nanos());
    } finally {
      if (revue != null) {
        revue.close();
      }
    }
  }

  // ---------------------------------------------------------------- long queries

  /** The long queries of this run: sampled once per work folder, read back with --reuse. */
  private static Map<String, List<Passages.Passage>> passages(Options o, List<Path> inputs)
      throws IOException {
    Path file = o.work.resolve("passages.tsv");
    int perLanguage = 2 * (o.passages / Passages.LANGUAGES.size()); // measured and warm-up
    if (o.reuse && Files.exists(file)) {
      Map<String, List<Passages.Passage>> read = Passages.read(file);
      if (read.values().stream().allMatch(l -> l.size() == perLanguage)) {
        return read;
      }
    }
    System.err.println("bench: sampling " + perLanguage + " passages per language ...");
    Map<String, List<Passages.Passage>> sampled = Passages.sample(inputs, perLanguage, SEED);
    Passages.write(file, sampled);
    return sampled;
  }

  /**
   * Pasted paragraphs, apart from the other query sets (whose figures stay comparable with earlier
   * runs): the baseline gets the passage as its words OR-ed (lower-cased, so that no word reads as
   * an operator; StandardAnalyzer lower-cases anyway), revue the passage as pasted. Warm-up and
   * passes as for the titles: the warm-up passages three times over, then each measured pass on a
   * revue opened afresh that has met the warm-up passages once.
   */
  private static void replayLongQueries(
      Options o,
      Report report,
      Path baseIndex,
      Path revueIndex,
      Map<String, List<Passages.Passage>> byLanguage)
      throws IOException {
    List<List<Passages.Passage>> split = Passages.split(byLanguage);
    List<Passages.Passage> measured = split.get(0);
    List<Passages.Passage> warmUp = split.get(1);
    if (measured.isEmpty()) {
      report.line("");
      report.line(
          "Long queries: none (no body of at least %d words to cut passages from)",
          Passages.MIN_BODY_WORDS);
      return;
    }
    Map<String, List<Passages.Passage>> languages = new LinkedHashMap<>();
    measured.forEach(p -> languages.put(p.language(), List.of()));
    List<String> engines = List.of("baseline", "baseline+facet", "revue");
    Map<String, LatencyStats> all = new LinkedHashMap<>();
    Map<String, LatencyStats> byLang = new LinkedHashMap<>(); // "fr / revue" -> stats
    Map<String, long[]> cpuNanos = new LinkedHashMap<>();
    for (String engine : engines) {
      all.put(engine, new LatencyStats());
      cpuNanos.put(engine, new long[1]);
      for (String lang : languages.keySet()) {
        byLang.put(lang + " / " + engine, new LatencyStats());
        cpuNanos.put(lang + " / " + engine, new long[1]);
      }
    }
    // thread CPU of each revue query too: on a machine shared with other work, its percentiles
    // move less than wall time's, which count the time other processes held the cores
    LatencyStats revueCpu = new LatencyStats();
    long[] hits = new long[2];
    SearchCpu cpu = new SearchCpu();
    Revue revue = null;
    System.err.printf(
        "bench: %d warm-up long queries %d times, then %d measured %d time(s)%n",
        warmUp.size(), WARM_UP_PASSES, measured.size(), o.rounds);
    try (FSDirectory dir = FSDirectory.open(baseIndex);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, BaselineIndexer.facetsConfig());
      BaselineSearcher baseline = new BaselineSearcher(reader, state, QueryParser.Operator.OR);
      revue = Revue.open(revueIndex);
      for (int round = 0; round <= o.rounds; round++) {
        if (round > 1) {
          revue.close();
          revue = Revue.open(revueIndex);
          for (Passages.Passage p : warmUp) {
            revue.search(SearchRequest.of(p.text()));
          }
        }
        Revue current = revue;
        cpu.findSearchThreads();
        List<Passages.Passage> pass = new ArrayList<>();
        if (round == 0) {
          for (int i = 0; i < WARM_UP_PASSES; i++) {
            pass.addAll(warmUp);
          }
        } else {
          pass = measured;
        }
        for (Passages.Passage p : pass) {
          QuerySet.Query q =
              new QuerySet.Query(QuerySet.Kind.LONG, p.text().toLowerCase(Locale.ROOT), null);
          SearchRequest request = SearchRequest.of(p.text());
          long[] took = new long[2];
          long h1 = timed(cpu::callerNanos, took, () -> baseline.search(q, false));
          record(round, all, byLang, cpuNanos, "baseline", p.language(), took);
          long h2 = timed(cpu::callerNanos, took, () -> baseline.search(q, true));
          record(round, all, byLang, cpuNanos, "baseline+facet", p.language(), took);
          long h3 = timed(cpu::withSearchThreadsNanos, took, () -> current.search(request).total());
          record(round, all, byLang, cpuNanos, "revue", p.language(), took);
          if (round > 0) {
            revueCpu.record(took[1]);
          }
          if (round == 1) {
            hits[0] += h1;
            hits[1] += h3;
          }
        }
      }
    } finally {
      if (revue != null) {
        revue.close();
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    measured.forEach(p -> counts.merge(p.language(), 1L, Long::sum));
    report.line("");
    report.line(
        "Long queries (pasted paragraphs: %d passages of %d to %d words cut from the middle of bodies"
            + " of at least %d words, sampled with seed %d, %s; warm-up: %d other passages three times"
            + " over; then %d measured pass(es) as for the titles; total hits of one pass: baseline"
            + " %,d, revue %,d)",
        measured.size(),
        Passages.MIN_WORDS,
        Passages.MAX_WORDS,
        Passages.MIN_BODY_WORDS,
        SEED,
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(java.util.stream.Collectors.joining(", ")),
        warmUp.size(),
        o.rounds,
        hits[0],
        hits[1]);
    report.line(
        "  baseline: the passage's words OR-ed (classic QueryParser, lower-cased); revue:"
            + " Revue.search of the passage as pasted, all facets, snippets, entity expansion on.");
    report.row("query set / engine", "p50 ms", "p95 ms", "p99 ms", "queries/s", "CPU ms/query");
    for (String engine : engines) {
      for (String lang : languages.keySet()) {
        String key = lang + " / " + engine;
        row(report, "long-" + key, byLang.get(key).summary(), cpuNanos.get(key)[0]);
      }
    }
    for (String engine : engines) {
      row(report, "long / " + engine, all.get(engine).summary(), cpuNanos.get(engine)[0]);
    }
    LatencyStats.Summary revueLong = all.get("revue").summary();
    LatencyStats.Summary facetLong = all.get("baseline+facet").summary();
    LatencyStats.Summary cpuLong = revueCpu.summary();
    report.line(
        "  long / revue, thread CPU of each query: p50 %s, p95 %s, p99 %s ms",
        LatencyStats.Summary.millis(cpuLong.p50Nanos()),
        LatencyStats.Summary.millis(cpuLong.p95Nanos()),
        LatencyStats.Summary.millis(cpuLong.p99Nanos()));
    double p99Ms = revueLong.p99Nanos() / 1e6;
    report.line(
        "  target %-50s %s (measured %.2f ms)",
        "long query p99 < 50 ms:", p99Ms < 50 ? "MET" : "NOT MET", p99Ms);
    report.line(
        "  (revue/baseline with one facet, long queries: p50 %.2fx, p99 %.2fx)",
        (double) revueLong.p50Nanos() / facetLong.p50Nanos(),
        (double) revueLong.p99Nanos() / facetLong.p99Nanos());
  }

  /** Runs one search; leaves its wall and CPU nanoseconds in {@code took}; returns its hits. */
  private static long timed(LongSupplier cpuClock, long[] took, TimedSearch search)
      throws IOException {
    long c0 = cpuClock.getAsLong();
    long t0 = System.nanoTime();
    long hits = search.run();
    took[0] = System.nanoTime() - t0;
    took[1] = cpuClock.getAsLong() - c0;
    return hits;
  }

  private static void record(
      int round,
      Map<String, LatencyStats> all,
      Map<String, LatencyStats> byLang,
      Map<String, long[]> cpuNanos,
      String engine,
      String lang,
      long[] took) {
    if (round == 0) {
      return;
    }
    all.get(engine).record(took[0]);
    byLang.get(lang + " / " + engine).record(took[0]);
    cpuNanos.get(engine)[0] += took[1];
    cpuNanos.get(lang + " / " + engine)[0] += took[1];
  }

  /** The warm-up queries three times over: enough searches for the JIT to compile every path. */
  private static List<QuerySet.Query> warmUpPasses(List<QuerySet.Query> warmUp) {
    List<QuerySet.Query> all = new ArrayList<>();
    for (int i = 0; i < WARM_UP_PASSES; i++) {
      all.addAll(warmUp);
    }
    return all;
  }

  private static long count(List<QuerySet.Query> queries, QuerySet.Kind kind) {
    return queries.stream().filter(q -> q.kind() == kind).count();
  }

  private static void copy(LatencyStats from, LatencyStats to) {
    to.addAll(from);
  }

  private static void row(Report report, String name, LatencyStats.Summary s, long cpuNanos) {
    report.row(
        name,
        LatencyStats.Summary.millis(s.p50Nanos()),
        LatencyStats.Summary.millis(s.p95Nanos()),
        LatencyStats.Summary.millis(s.p99Nanos()),
        f0(s.perSecond()),
        LatencyStats.Summary.millis((double) cpuNanos / s.count()));
  }

  /** One search to time: returns its total hits. */
  private interface TimedSearch {
    long run() throws IOException;
  }

  /** Times the searches of one query, engine by engine, and records them when measured. */
  private record Timer(
      boolean measured,
      QuerySet.Kind kind,
      Map<String, Map<QuerySet.Kind, LatencyStats>> stats,
      Map<String, Map<QuerySet.Kind, long[]>> cpuNanos) {

    /** Runs the search; records its wall time and the CPU time {@code cpuClock} saw pass. */
    long time(String engine, LongSupplier cpuClock, TimedSearch search) throws IOException {
      long c0 = cpuClock.getAsLong();
      long t0 = System.nanoTime();
      long hits = search.run();
      long wall = System.nanoTime() - t0;
      long cpu = cpuClock.getAsLong() - c0;
      if (measured) {
        stats.get(engine).get(kind).record(wall);
        cpuNanos.get(engine).get(kind)[0] += cpu;
      }
      return hits;
    }
  }

  // ---------------------------------------------------------------- one-shot commands

  private static void oneShot(
      Options o, Report report, Path baseIndex, Path revueIndex, List<Path> inputs)
      throws IOException, InterruptedException {
    Path articles = o.work.resolve("articles");
    long files = ArticleFiles.writeOnce(inputs, articles);
    String java = ProcessHandle.current().info().command().orElse("java");
    Path project = Path.of("").toAbsolutePath();
    String jar = project.resolve("target/revue.jar").toString();
    String query = "Bourita Niger";
    report.line("");
    // The launcher's start-up cache holds the classes and profiles of the search that trained it:
    // one trained on another index (the bundled corpus, one segment) lacks what this index's
    // searches load (facet ordinals across segments). Removed here, it is trained again by the
    // untimed run, as a user's first search on this index would, whatever ran before the bench.
    Files.deleteIfExists(project.resolve("target/revue.aot"));
    report.line(
        "One-shot commands, wall time from a cold JVM (median of %d runs after 1 untimed run, the"
            + " commands in turn; page cache warm; the launcher's start-up cache trained by the untimed"
            + " run); articles as %,d files in %s",
        o.cliRuns, files, articles);
    report.row("command", "median ms", "min ms", "max ms");
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put(
        "./revue search \"" + query + "\" (launcher)",
        List.of(
            project.resolve("revue").toString(),
            "search",
            query,
            "--index",
            revueIndex.toString()));
    commands.put(
        "java -jar revue.jar search (no launcher, no CDS)",
        List.of(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-jar",
            jar,
            "search",
            query,
            "--index",
            revueIndex.toString()));
    commands.put(
        "one-shot plain Lucene query (java -cp)",
        List.of(
            java,
            "-cp",
            project.resolve("target/revue-bench.jar").toString(),
            OneShotLuceneQuery.class.getName(),
            baseIndex.toString(),
            query));
    commands.put("rg -li bourita", List.of("rg", "-li", "bourita", articles.toString()));
    commands.put("grep -rli bourita", List.of("grep", "-rli", "bourita", articles.toString()));
    Map<String, Double> medians = new LinkedHashMap<>();
    Map<String, double[]> timed = time(commands, o.cliRuns);
    for (var e : commands.entrySet()) {
      double[] ms = timed.get(e.getKey());
      if (ms == null) {
        report.row(e.getKey(), "n/a", "", "");
        continue;
      }
      medians.put(e.getKey(), ms[0]);
      report.row(e.getKey(), f0(ms[0]), f0(ms[1]), f0(ms[2]));
    }
    Double revueMs = medians.get(commands.keySet().iterator().next());
    Double rg = medians.get("rg -li bourita");
    Double lucene = medians.get("one-shot plain Lucene query (java -cp)");
    if (revueMs != null && rg != null) {
      report.verdict("revue search <= 0.5x rg -li wall time", revueMs / rg <= 0.5, revueMs / rg);
    }
    if (revueMs != null && lucene != null) {
      report.verdict(
          "revue search below the one-shot Lucene query", revueMs < lucene, revueMs / lucene);
    }
  }

  /**
   * Median, min and max wall time in ms of each command over runs after one untimed run, the
   * commands taking turns (so a slower minute of the machine falls on all of them); no entry for a
   * command that cannot run.
   */
  private static Map<String, double[]> time(Map<String, List<String>> commands, int runs)
      throws InterruptedException {
    Map<String, double[]> ms = new LinkedHashMap<>();
    commands.keySet().forEach(name -> ms.put(name, new double[runs]));
    for (int i = -1; i < runs; i++) {
      for (var e : commands.entrySet()) {
        if (!ms.containsKey(e.getKey())) {
          continue; // failed before
        }
        double took = timeOnce(e.getValue());
        if (took < 0) {
          ms.remove(e.getKey());
        } else if (i >= 0) {
          ms.get(e.getKey())[i] = took;
        }
      }
    }
    Map<String, double[]> summary = new LinkedHashMap<>();
    ms.forEach(
        (name, runMs) -> {
          Arrays.sort(runMs);
          double median =
              runs % 2 == 1 ? runMs[runs / 2] : (runMs[runs / 2 - 1] + runMs[runs / 2]) / 2;
          summary.put(name, new double[] {median, runMs[0], runMs[runs - 1]});
        });
    return summary;
  }

  /** Wall time in ms of one run of a command; negative if it cannot run. */
  private static double timeOnce(List<String> command) throws InterruptedException {
    long start = System.nanoTime();
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return -1;
      }
      // grep and rg exit 1 when nothing matches; anything above is a failure
      if (p.exitValue() > 1) {
        System.err.println("bench: " + command + " exited " + p.exitValue());
        return -1;
      }
    } catch (IOException e) {
      System.err.println("bench: cannot run " + command.get(0) + ": " + e.getMessage());
      return -1;
    }
    return (System.nanoTime() - start) / 1e6;
  }

  // ---------------------------------------------------------------- output

  /** The segments of a revue index's live generation. */
  private static int segments(Path revueIndex) throws IOException {
    Path generation =
        new revue.index.IndexLayout(revueIndex)
            .current()
            .orElseThrow(() -> new IOException("no live generation in " + revueIndex));
    try (FSDirectory dir = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }

  /** The printed report, kept for --report. */
  private static final class Report {
    private final StringBuilder text = new StringBuilder();

    void line(String format, Object... args) {
      String s = String.format(Locale.ROOT, format, args);
      System.out.println(s);
      text.append(s).append('\n');
    }

    void row(String... cells) {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-52s", cells[0]));
      for (int i = 1; i < cells.length; i++) {
        b.append(String.format(Locale.ROOT, " %14s", cells[i]));
      }
      line("%s", b.toString());
    }

    void verdict(String target, boolean met, double ratio) {
      line("  target %-50s %s (measured %.2fx)", target + ":", met ? "MET" : "NOT MET", ratio);
    }

    String text() {
      return text.toString();
    }
  }

  private static String osLine() {
    return System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }

  private static String f0(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  private static String ratio(double a, double b) {
    return String.format(Locale.ROOT, "%.2fx", a / b);
  }

  private static String format(Map<String, String> r) {
    StringBuilder b = new StringBuilder("RESULT");
    r.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
    return b.toString();
  }

  private static Map<String, String> parseResult(String line) {
    Map<String, String> r = new LinkedHashMap<>();
    for (String kv : line.substring("RESULT ".length()).split(" ")) {
      int eq = kv.indexOf('=');
      r.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return r;
  }

  private static long treeSize(Path root) throws IOException {
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}

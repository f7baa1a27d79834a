package revue.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.FSDirectory;
import revue.Revue;
import revue.SearchRequest;
import revue.eval.LatencyStats;

/**
 * Replays the harness's query set on revue alone: {@code --dump FILE} writes every query's full
 * results (hits, scores, snippets, facet counts) as one JSON line each, to diff two versions of the
 * search on the same index; {@code --loops N} repeats the replay N times and prints p50/p99, for
 * profiling revue's side of the harness without the baseline's.
 *
 * <p>{@code --threads-ab W} instead compares searches on one thread with searches spread over the
 * search threads, query by query, after a warm-up on the first W queries; {@code --costs W} what
 * facets, hits and entity expansion cost, the same way; {@code --index-ab OTHER W} WORK's revue
 * index with another index of the same articles (another version's), the same way. With {@code
 * --passes N} each of these runs N times on engines opened afresh and reports each query's median
 * over the passes.
 *
 * <p>Usage: {@code java -cp target/revue-bench.jar revue.bench.QueryReplay WORK [--dump FILE]
 * [--loops N] [--titles FILE | --long PASSAGES] [--threads-ab W | --costs W | --index-ab OTHER W]
 * [--passes N]} (the dump is written after the loops) where WORK holds the harness's
 * baseline-index, revue-index and titles.txt (or the titles are read from FILE, one a line: with
 * many titles and one loop, each query is new to revue's caches, as a user's would be). A tool: it
 * prints and exits.
 */
public final class QueryReplay {

  private QueryReplay() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Path dump = null;
    Path titles = work.resolve("titles.txt");
    int loops = 0;
    int threadsWarmUp = -1;
    int costsWarmUp = -1;
    int indexesWarmUp = -1;
    int passes = 1;
    Path otherIndex = null;
    Path passages = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--threads-ab" -> threadsWarmUp = Integer.parseInt(args[++i]);
        case "--costs" -> costsWarmUp = Integer.parseInt(args[++i]);
        case "--index-ab" -> {
          otherIndex = Path.of(args[++i]);
          indexesWarmUp = Integer.parseInt(args[++i]);
        }
        case "--dump" -> dump = Path.of(args[++i]);
        case "--loops" -> loops = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--titles" -> titles = Path.of(args[++i]);
        case "--long" -> passages = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<QuerySet.Query> queries =
        passages != null ? longQueries(passages) : querySet(work, titles);
    if (threadsWarmUp >= 0) {
      compareThreads(work.resolve("revue-index"), queries, threadsWarmUp, passes);
      return;
    }
    if (costsWarmUp >= 0) {
      compareParts(work.resolve("revue-index"), queries, costsWarmUp, passes);
      return;
    }
    if (indexesWarmUp >= 0) {
      compareIndexes(work.resolve("revue-index"), otherIndex, queries, indexesWarmUp, passes);
      return;
    }
    try (Revue revue = Revue.open(work.resolve("revue-index"))) {
      // CPU time of the searching thread and the search threads: steadier than wall time on a
      // machine shared with others
      SearchCpu threads = new SearchCpu();
      long[][] byQuery = new long[queries.size()][loops];
      for (int loop = 0; loop < loops; loop++) {
        long[] nanos = new long[queries.size()];
        threads.findSearchThreads();
        long cpu0 = threads.withSearchThreadsNanos();
        for (int i = 0; i < queries.size(); i++) {
          long t0 = System.nanoTime();
          revue.search(request(queries.get(i)));
          nanos[i] = System.nanoTime() - t0;
          byQuery[i][loop] = nanos[i];
        }
        long cpu = threads.withSearchThreadsNanos() - cpu0;
        Arrays.sort(nanos);
        System.out.printf(
            Locale.ROOT,
            "loop %d: p50 %.3f ms, p99 %.3f ms, mean %.3f ms, cpu mean %.3f ms%n",
            loop,
            nanos[nanos.length / 2] / 1e6,
            nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
            Arrays.stream(nanos).average().orElse(0) / 1e6,
            cpu / 1e6 / queries.size());
      }
      if (loops > 0) {
        // the slowest queries by their median over the loops: what the p99 is made of
        Integer[] order = new Integer[queries.size()];
        long[] medians = new long[queries.size()];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
          long[] sorted = byQuery[i].clone();
          Arrays.sort(sorted);
          medians[i] = sorted[loops / 2];
        }
        Arrays.sort(order, (a, b) -> Long.compare(medians[b], medians[a]));
        for (int k = 0; k < Math.min(8, order.length); k++) {
          QuerySet.Query q = queries.get(order[k]);
          System.out.printf(
              Locale.ROOT,
              "slow %.3f ms %s %s%s%n",
              medians[order[k]] / 1e6,
              q.kind(),
              q.text(),
              q.collection() == null ? "" : " [" + q.collection() + "]");
        }
      }
      // after the loops, if any: the results of searches that found their caches filled
      if (dump != null) {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
        try (BufferedWriter out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
          for (QuerySet.Query q : queries) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("query", q);
            line.put("results", revue.search(request(q)));
            out.write(json.writeValueAsString(line));
            out.newLine();
          }
        }
      }
    }
  }

  /**
   * Searches on one thread against searches spread over the search threads ({@code Revue.open(...,
   * true)}); see {@link #replayInTurn}.
   */
  private static void compareThreads(
      Path index, List<QuerySet.Query> queries, int warmUp, int passes) throws IOException {
    replayInTurn(
        "--threads-ab",
        List.of("one thread", "search threads"),
        List.of(
            () -> Revue.open(index, Revue.Options.builder().spreadSearches(false).build()),
            () -> Revue.open(index, Revue.Options.builder().spreadSearches(true).build())),
        List.of(r -> r, r -> r),
        queries,
        warmUp,
        passes);
  }

  /**
   * What the parts of a search cost: the same queries with all on, and with facets, hits (stored
   * documents and snippets) or entity expansion off, each variant on an instance of its own; see
   * {@link #replayInTurn}.
   */
  private static void compareParts(Path index, List<QuerySet.Query> queries, int warmUp, int passes)
      throws IOException {
    List<String> names =
        List.of(
            "all on (10 hits, snippets, 6 facets, entities)",
            "no facet counts",
            "no hits (no stored documents, no snippets)",
            "no entity expansion",
            "no hits, no facet counts",
            "no collapsing of copies");
    List<UnaryOperator<SearchRequest>> variants =
        List.of(
            r -> r,
            r -> r.withFacetLimit(0),
            r -> r.withLimit(0),
            r -> r.withEntityExpansion(false),
            r -> r.withLimit(0).withFacetLimit(0),
            r -> r.withCollapse(false));
    replayInTurn(
        "--costs",
        names,
        Collections.nCopies(variants.size(), () -> Revue.open(index)),
        variants,
        queries,
        warmUp,
        passes);
  }

  /**
   * Two indexes of the same articles (written by two versions of revue, say), all on and without
   * hits (whose cost is the stored documents and snippets); see {@link #replayInTurn}.
   */
  private static void compareIndexes(
      Path a, Path b, List<QuerySet.Query> queries, int warmUp, int passes) throws IOException {
    replayInTurn(
        "--index-ab",
        List.of(a + ", all on", b + ", all on", a + ", no hits", b + ", no hits"),
        List.of(() -> Revue.open(a), () -> Revue.open(b), () -> Revue.open(a), () -> Revue.open(b)),
        List.of(r -> r, r -> r, r -> r.withLimit(0), r -> r.withLimit(0)),
        queries,
        warmUp,
        passes);
  }

  /** Opens a fresh engine for a variant at each pass: a pass's queries are new to all of them. */
  private interface Engine {
    Revue open() throws IOException;
  }

  /**
   * Each query on every engine (with the engine's variant of the request), the engines taking turns
   * in rotating order so that all meet the same load of the machine, each the first time its
   * instance meets the query: after the first {@code warmUp} queries, run twice on all. With
   * several passes, each on engines opened afresh, a query's latency is its median over the passes
   * (a collection or a busy moment of the machine then moves one pass, not the figure). Prints each
   * engine's latency and CPU per query (the calling thread's and the search threads').
   */
  private static void replayInTurn(
      String option,
      List<String> names,
      List<Engine> openers,
      List<UnaryOperator<SearchRequest>> variants,
      List<QuerySet.Query> queries,
      int warmUp,
      int passes)
      throws IOException {
    if (warmUp >= queries.size()) {
      throw new IllegalArgumentException(
          option + " " + warmUp + " leaves none of " + queries.size() + " queries to measure");
    }
    if (passes < 1) {
      throw new IllegalArgumentException("--passes must be at least 1, got " + passes);
    }
    int n = variants.size();
    List<QuerySet.Query> measured = queries.subList(warmUp, queries.size());
    long[][][] nanos = new long[n][measured.size()][passes];
    long[] cpuNanos = new long[n];
    SearchCpu cpu = new SearchCpu();
    for (int pass = 0; pass < passes; pass++) {
      List<Revue> engines = new ArrayList<>(n);
      try {
        for (Engine opener : openers) {
          engines.add(opener.open()); // the ones opened are closed below if one fails
        }
        for (int warm = 0; warm < 2; warm++) {
          for (QuerySet.Query q : queries.subList(0, warmUp)) {
            for (int k = 0; k < n; k++) {
              engines.get(k).search(variants.get(k).apply(request(q)));
            }
          }
        }
        cpu.findSearchThreads(); // started during the warm-up, if any engine spreads its searches
        for (int i = 0; i < measured.size(); i++) {
          for (int j = 0; j < n; j++) {
            int k = (i + j) % n;
            SearchRequest request = variants.get(k).apply(request(measured.get(i)));
            long c0 = cpu.withSearchThreadsNanos();
            long t0 = System.nanoTime();
            engines.get(k).search(request);
            nanos[k][i][pass] = System.nanoTime() - t0;
            cpuNanos[k] += cpu.withSearchThreadsNanos() - c0;
          }
        }
      } finally {
        engines.forEach(Revue::close);
      }
    }
    List<LatencyStats> latency = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      LatencyStats stats = new LatencyStats();
      for (long[] byPass : nanos[k]) {
        long[] sorted = byPass.clone();
        Arrays.sort(sorted);
        stats.record(sorted[passes / 2]);
      }
      latency.add(stats);
    }
    System.out.printf(
        Locale.ROOT,
        "%d queries measured, each new to every engine; %s; %d search thread(s)%n",
        measured.size(),
        passes == 1 ? "one pass" : passes + " passes on engines opened afresh, each query's median",
        cpu.searchThreads());
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    for (int k = 0; k < n; k++) {
      LatencyStats.Summary s = latency.get(k).summary();
      System.out.printf(
          Locale.ROOT,
          "%-" + width + "s  p50 %s ms, p95 %s ms, p99 %s ms, mean %s ms, CPU %s ms/query%n",
          names.get(k),
          LatencyStats.Summary.millis(s.p50Nanos()),
          LatencyStats.Summary.millis(s.p95Nanos()),
          LatencyStats.Summary.millis(s.p99Nanos()),
          LatencyStats.Summary.millis(s.meanNanos()),
          LatencyStats.Summary.millis((double) cpuNanos[k] / measured.size() / passes));
    }
  }

  static SearchRequest request(QuerySet.Query q) {
    SearchRequest request = SearchRequest.of(q.text());
    return q.collection() == null ? request : request.withFilter("collection", q.collection());
  }

  /**
   * The harness's long queries ({@code passages.tsv} of its work folder): the warm-up passages,
   * then the measured ones, each as pasted.
   */
  private static List<QuerySet.Query> longQueries(Path file) throws IOException {
    List<List<Passages.Passage>> split = Passages.split(Passages.read(file));
    List<QuerySet.Query> queries = new ArrayList<>();
    for (Passages.Passage p : split.get(1)) {
      queries.add(new QuerySet.Query(QuerySet.Kind.LONG, p.text(), null));
    }
    for (Passages.Passage p : split.get(0)) {
      queries.add(new QuerySet.Query(QuerySet.Kind.LONG, p.text(), null));
    }
    return queries;
  }

  /** The harness's query set: drill-downs on the top collection of each query's AND-ed words. */
  private static List<QuerySet.Query> querySet(Path work, Path titlesFile) throws IOException {
    List<String> titles = Files.readAllLines(titlesFile);
    try (FSDirectory dir = FSDirectory.open(work.resolve("baseline-index"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      BaselineSearcher strict =
          new BaselineSearcher(
              reader,
              new DefaultSortedSetDocValuesReaderState(reader, BaselineIndexer.facetsConfig()),
              QueryParser.Operator.AND);
      return new ArrayList<>(QuerySet.build(titles, strict::topCollection));
    }
  }
}

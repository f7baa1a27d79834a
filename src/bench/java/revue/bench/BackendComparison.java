package revue.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import revue.Hit;
import revue.Revue;
import revue.RunReport;
import revue.SearchRequest;
import revue.SearchResults;
import revue.eval.LatencyStats;

/**
 * The local index beside an OpenSearch backend on the same articles, in one run: rebuild throughput
 * of each, then the same queries (titles of the articles, the entities they name, plain and with a
 * language filter) through each, p50 and p99 after a warm-up pass. Prints one line per figure;
 * asserts nothing.
 *
 * <pre>
 * java -cp target/revue-bench.jar:target/revue.jar revue.bench.BackendComparison \
 *     opensearch://127.0.0.1:PORT [ARTICLES_PER_CORPUS] [QUERIES] [CORPORA_DIR]
 * </pre>
 *
 * The input is the first ARTICLES_PER_CORPUS (default 2000) records of each {@code *.jsonl.gz} of
 * CORPORA_DIR (default ../shared/corpora); the cluster index is {@code bench} with one shard and
 * one replica.
 */
public final class BackendComparison {

  public static void main(String[] args) throws Exception {
    String backend = args[0].replaceAll("/+$", "");
    int perCorpus = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    Path corpora = Path.of(args.length > 3 ? args[3] : "../shared/corpora");
    Path work = Files.createTempDirectory("revue-backends");
    Path input = work.resolve("input");
    Files.createDirectories(input);
    long articles = 0;
    try (var files = Files.list(corpora)) {
      for (Path gz : files.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList()) {
        String name = gz.getFileName().toString().replace(".jsonl.gz", "");
        try (BufferedReader in =
                new BufferedReader(
                    new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8));
            Writer out = Files.newBufferedWriter(input.resolve(name + ".jsonl"))) {
          String line;
          for (int n = 0; n < perCorpus && (line = in.readLine()) != null; n++) {
            out.write(line);
            out.write('\n');
            articles++;
          }
        }
      }
    }
    System.out.printf(
        Locale.ROOT, "input: %,d records from %s, %d per corpus%n", articles, corpora, perCorpus);
    Revue.Options cluster =
        Revue.Options.builder().backend(URI.create(backend + "/bench?shards=1&replicas=1")).build();
    try (Revue local = Revue.open(work.resolve("local"));
        Revue remote = Revue.open(work.resolve("home"), cluster)) {
      time("local", () -> local.rebuild(List.of(input)));
      time("opensearch", () -> remote.rebuild(List.of(input)));
      List<SearchRequest> requests = queries(local, queries);
      System.out.println("queries: " + requests.size());
      System.out.println("local      " + latency(local, requests));
      System.out.println("opensearch " + latency(remote, requests));
    }
  }

  private static void time(String name, java.util.function.Supplier<RunReport> rebuild) {
    long t0 = System.nanoTime();
    RunReport run = rebuild.get();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "rebuild %-10s %,d articles in %.1f s: %,.0f articles/s%n",
        name,
        run.documents(),
        s,
        run.documents() / s);
  }

  private static List<SearchRequest> queries(Revue local, int want) {
    SearchResults all =
        local.search(
            new SearchRequest("", List.of(), Math.max(want, 100), 0, true, Locale.ENGLISH));
    Set<String> texts = new LinkedHashSet<>();
    for (Hit hit : all.hits()) {
      String[] words = hit.title().strip().split("\\s+");
      if (words.length >= 3) {
        texts.add(
            SearchRequest.literal(
                String.join(" ", Arrays.copyOf(words, Math.min(words.length, 5)))));
      }
      hit.ministers().forEach(m -> texts.add("\"" + m + "\""));
    }
    List<SearchRequest> out = new ArrayList<>();
    int i = 0;
    for (String text : texts) {
      SearchRequest r = new SearchRequest(text, List.of(), 10, 10, true, Locale.ENGLISH);
      out.add(i++ % 4 == 3 ? r.withFilter("lang", "ar") : r);
      if (out.size() >= want) {
        break;
      }
    }
    return out;
  }

  private static String latency(Revue revue, List<SearchRequest> requests) {
    LatencyStats stats = new LatencyStats();
    for (int pass = 0; pass < 2; pass++) {
      stats.clear();
      for (SearchRequest q : requests) {
        stats.time(() -> revue.search(q));
      }
    }
    return stats.summary().line();
  }
}

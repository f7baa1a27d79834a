package revue.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * Measures read throughput of {@link Ingest#read} over files or folders (default
 * ../shared/corpora): articles and chars per CPU-second of the reading thread (wall time too), best
 * of N runs after one warm-up run. Not a test; run with {@code java -cp ...
 * revue.bench.IngestThroughput [runs] [paths...]}.
 */
public final class IngestThroughput {

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<Path> paths =
        args.length > 1
            ? Arrays.stream(args).skip(1).map(Path::of).toList()
            : List.of(Path.of("..", "shared", "corpora"));
    long best = Long.MAX_VALUE;
    long[] counts = new long[3];
    for (int run = 0; run <= runs; run++) {
      long[] c = new long[3];
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      Ingest.read(
          paths,
          IngestOptions.defaults(),
          new IngestListener() {
            @Override
            public void article(Article a) {
              c[0]++;
              c[2] += a.title().length() + a.body().length();
            }

            @Override
            public void problem(IngestProblem p) {
              c[1]++;
            }
          });
      long elapsed = System.nanoTime() - start;
      long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
      System.out.printf(
          "run %d%s: %d articles, %d problems, %.0f M chars, %.2f s wall, %.2f s cpu%n",
          run, run == 0 ? " (warm-up)" : "", c[0], c[1], c[2] / 1e6, elapsed / 1e9, cpu / 1e9);
      if (run > 0 && cpu < best) {
        best = cpu;
        counts = c;
      }
    }
    // CPU time of the reading thread: on a shared machine, wall time measures the neighbours.
    System.out.printf(
        "ingest best: %.2f s cpu, %.0f articles per cpu-second, %.1f M chars per cpu-second%n",
        best / 1e9, counts[0] / (best / 1e9), counts[2] / 1e6 / (best / 1e9));
    long baseline = Long.MAX_VALUE;
    for (int run = 0; run < runs; run++) {
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long strings = baseline(paths);
      long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
      System.out.printf("baseline run %d: %d strings, %.2f s cpu%n", run + 1, strings, cpu / 1e9);
      baseline = Math.min(baseline, cpu);
    }
    System.out.printf(
        "ingest / baseline (gunzip + Jackson tokens, every string decoded): %.2f%n",
        (double) best / baseline);
  }

  /** The least any reader must do: gunzip and tokenize every file, decoding every string. */
  private static long baseline(List<Path> paths) throws java.io.IOException {
    com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
    long strings = 0;
    for (Path root : paths) {
      List<Path> files;
      try (var walk = java.nio.file.Files.walk(root)) {
        files = walk.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList();
      }
      for (Path file : files) {
        try (var p =
            factory.createParser(
                new java.util.zip.GZIPInputStream(
                    java.nio.file.Files.newInputStream(file), 1 << 16))) {
          for (var t = p.nextToken(); t != null; t = p.nextToken()) {
            if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
              strings += p.getText().isEmpty() ? 0 : 1;
            }
          }
        }
      }
    }
    return strings;
  }
}

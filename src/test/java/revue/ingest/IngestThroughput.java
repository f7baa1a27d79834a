package revue.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Measures read throughput of {@link Ingest#read} over files or folders (default
 * ../shared/corpora): articles/s and MB/s of input, best of N runs after one warm-up run. Not a
 * test; run with {@code java -cp ... revue.ingest.IngestThroughput [runs] [paths...]}.
 */
public final class IngestThroughput {

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
      System.out.printf(
          "run %d%s: %d articles, %d problems, %.0f M chars, %.2f s%n",
          run, run == 0 ? " (warm-up)" : "", c[0], c[1], c[2] / 1e6, elapsed / 1e9);
      if (run > 0 && elapsed < best) {
        best = elapsed;
        counts = c;
      }
    }
    System.out.printf(
        "best: %.2f s, %.0f articles/s, %.1f M chars/s%n",
        best / 1e9, counts[0] / (best / 1e9), counts[2] / 1e6 / (best / 1e9));
  }
}

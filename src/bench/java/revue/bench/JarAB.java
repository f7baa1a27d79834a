package revue.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of revue (two jars, each on its own index) searched in one JVM, query by query in
 * turn: the harness's titles as plain words, after a warm-up of the first 200 twice on each; each
 * pass on engines opened afresh, each query's median over the passes. Prints thread CPU and wall
 * time per query (mean, p50, p99) for each build.
 *
 * <p>Runs of the harness one build after the other meet whatever load the machine has at the time;
 * here both builds meet the same moment of it, query by query, so their ratio holds on a busy
 * machine too (each jar has its own class loader: its own classes, Lucene's included, and its own
 * compiled code; the heap and its collections are shared).
 *
 * <p>Usage: {@code java -cp target/revue-bench.jar revue.bench.JarAB A.jar INDEX_A B.jar INDEX_B
 * TITLES [PASSES]} (TITLES: the harness's {@code titles.txt}; PASSES 3 by default). A jar is a
 * build's {@code target/revue.jar}; one of before the API moved to package {@code revue} (c04fb14)
 * is read too.
 */
public final class JarAB {

  private static final int WARM_UP = 200;

  private JarAB() {}

  /** One build's engine, reached by reflection through its own class loader. */
  private record Engine(AutoCloseable revue, Method search, Method request) {
    static Engine open(Path jar, Path index) throws Exception {
      URLClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> revue = loader.loadClass("revue.Revue");
      Class<?> request;
      try {
        request = loader.loadClass("revue.SearchRequest");
      } catch (ClassNotFoundException e) {
        request = loader.loadClass("revue.search.SearchRequest"); // builds before the API moved
      }
      Object opened = revue.getMethod("open", Path.class).invoke(null, index);
      return new Engine(
          (AutoCloseable) opened,
          revue.getMethod("search", request),
          request.getMethod("of", String.class));
    }

    void search(String query) throws Exception {
      search.invoke(revue, request.invoke(null, query));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: JarAB A.jar INDEX_A B.jar INDEX_B TITLES [PASSES]");
      System.exit(2);
    }
    Path[] jars = {Path.of(args[0]), Path.of(args[2])};
    Path[] indexes = {Path.of(args[1]), Path.of(args[3])};
    int passes = args.length > 5 ? Integer.parseInt(args[5]) : 3;
    List<String> queries = new ArrayList<>();
    for (String title : Files.readAllLines(Path.of(args[4]))) {
      String words = QuerySet.plainWords(title);
      if (!words.isBlank()) {
        queries.add(words);
      }
    }
    int measured = queries.size() - WARM_UP;
    if (measured <= 0) {
      throw new IllegalArgumentException("fewer than " + WARM_UP + " titles in " + args[4]);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][][] cpu = new long[2][measured][passes];
    long[][][] wall = new long[2][measured][passes];
    for (int pass = 0; pass < passes; pass++) {
      Engine[] engines = {Engine.open(jars[0], indexes[0]), Engine.open(jars[1], indexes[1])};
      try {
        for (Engine engine : engines) {
          for (int round = 0; round < 2; round++) {
            for (String q : queries.subList(0, WARM_UP)) {
              engine.search(q);
            }
          }
        }
        for (int i = 0; i < measured; i++) {
          for (int turn = 0; turn < 2; turn++) {
            int k = (i + turn + pass) % 2; // each build goes first every other query
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            engines[k].search(queries.get(WARM_UP + i));
            wall[k][i][pass] = System.nanoTime() - t0;
            cpu[k][i][pass] = threads.getCurrentThreadCpuTime() - c0;
          }
        }
      } finally {
        for (Engine engine : engines) {
          engine.revue().close();
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d titles measured, in turn, each query's median over %d pass(es)%n",
        measured,
        passes);
    for (int k = 0; k < 2; k++) {
      double[] c = medians(cpu[k], passes);
      double[] w = medians(wall[k], passes);
      System.out.printf(
          Locale.ROOT,
          "%s on %s: CPU mean %.3f p50 %.3f p99 %.3f ms; wall p50 %.3f p99 %.3f ms%n",
          jars[k],
          indexes[k],
          Arrays.stream(c).average().orElse(0),
          c[c.length / 2],
          c[(int) (c.length * 0.99)],
          w[w.length / 2],
          w[(int) (w.length * 0.99)]);
    }
  }

  /** Each query's median over the passes, in milliseconds, sorted. */
  private static double[] medians(long[][] byQuery, int passes) {
    double[] out = new double[byQuery.length];
    for (int i = 0; i < byQuery.length; i++) {
      long[] sorted = byQuery[i].clone();
      Arrays.sort(sorted);
      out[i] = sorted[passes / 2] / 1e6;
    }
    Arrays.sort(out);
    return out;
  }
}

package revue.entity;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark: per-article extraction time (countries + ministers + dateInText) of two builds of the
 * entity package, loaded side by side in one JVM and timed in interleaved rounds over the same
 * articles, so that a busy machine slows both alike. Reports each build's best round and the median
 * of the per-round ratios.
 *
 * <p>Run: build the baseline's classes into a directory (for example {@code git archive COMMIT
 * src/main | tar -x -C /tmp/base}, then javac and copy src/main/resources), then {@code java -cp
 * target/revue-bench.jar revue.entity.ExtractionSpeedComparison /tmp/base/classes target/classes
 * 5000 8}.
 */
public final class ExtractionSpeedComparison {

  /** One build's extractor, called through reflection since both builds share class names. */
  private record Build(
      String name, Object extractor, Method countries, Method ministers, Method date) {
    static Build load(String dir) throws Exception {
      ClassLoader loader =
          new URLClassLoader(
              new URL[] {Path.of(dir).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> c = loader.loadClass("revue.entity.EntityExtractor");
      Object x = c.getMethod("defaults").invoke(null);
      return new Build(
          dir,
          x,
          c.getMethod("countries", String.class),
          c.getMethod("ministers", String.class),
          c.getMethod("dateInText", String.class));
    }

    long run(List<String> texts) throws Exception {
      long found = 0;
      for (String t : texts) {
        found += ((List<?>) countries.invoke(extractor, t)).size();
        found += ((List<?>) ministers.invoke(extractor, t)).size();
        found += ((java.util.Optional<?>) date.invoke(extractor, t)).isPresent() ? 1 : 0;
      }
      return found;
    }
  }

  public static void main(String[] args) throws Exception {
    Build a = Build.load(args[0]);
    Build b = Build.load(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 8;
    List<String> texts = texts(n);
    double[] ta = new double[rounds];
    double[] tb = new double[rounds];
    double[] ratio = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      // alternate which build goes first, so neither always runs on a warmer cache
      boolean aFirst = r % 2 == 0;
      ta[r] = aFirst ? time(a, texts) : 0;
      tb[r] = time(b, texts);
      if (!aFirst) {
        ta[r] = time(a, texts);
      }
      ratio[r] = ta[r] / tb[r];
      System.out.printf(
          Locale.ROOT,
          "round %d: %s %.1f us/article, %s %.1f us/article, ratio %.2f%n",
          r,
          "A",
          ta[r],
          "B",
          tb[r],
          ratio[r]);
    }
    // the first two rounds warm the JIT up
    double[] steady = Arrays.copyOfRange(ratio, Math.min(2, rounds - 1), rounds);
    Arrays.sort(steady);
    System.out.printf(
        Locale.ROOT,
        "%d articles; A=%s best %.1f us/article; B=%s best %.1f us/article; median ratio A/B %.2f%n",
        texts.size(),
        a.name(),
        Arrays.stream(ta).min().orElse(0),
        b.name(),
        Arrays.stream(tb).min().orElse(0),
        steady[steady.length / 2]);
  }

  private static double time(Build build, List<String> texts) throws Exception {
    long t0 = System.nanoTime();
    build.run(texts);
    return (System.nanoTime() - t0) / 1e3 / texts.size();
  }

  private static List<String> texts(int n) throws IOException {
    List<String> texts = new ArrayList<>();
    texts.addAll(ExtractionThroughput.read("orangesum-fr.jsonl.gz", "article", n));
    texts.addAll(ExtractionThroughput.read("ant-multisource-ar.jsonl.gz", "text", n));
    return texts;
  }
}

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import revue.IngestOptions;
import revue.IngestProblem;
import revue.enrich.Enricher;
import revue.entity.EntityExtractor;
import revue.ingest.Article;
import revue.ingest.Ingest;
import revue.ingest.IngestListener;

/**
 * StageCosts' enrichment stage timed by the thread's CPU time rather than the wall clock, so that
 * two builds can be compared on a machine other processes keep busy: the first N articles of each
 * corpus file, enriched PASSES times on one thread, median of the passes after the first half.
 *
 * <p>Usage, one build at a time, alternating: {@code java -cp BUILD/revue.jar scripts/EnrichCpu.java
 * [CORPUS_DIR] [N] [PASSES]} (defaults ../shared/corpora, 2000, 10).
 */
public class EnrichCpu {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
    int perFile = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    List<Path> files;
    try (var s = Files.list(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (Path f : files) {
      List<Article> got = new ArrayList<>();
      try {
        Ingest.read(List.of(f), IngestOptions.defaults(), new IngestListener() {
          @Override public void article(Article a) {
            if (got.size() == perFile) throw new IllegalStateException("enough");
            got.add(a);
          }
          @Override public void problem(IngestProblem p) {}
        });
      } catch (IllegalStateException e) {
        // the file's first perFile articles are read
      }
      articles.addAll(got);
    }
    Enricher enricher = new Enricher(EntityExtractor.defaults(), ZoneOffset.UTC);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[passes];
    long countries = 0;
    for (int p = 0; p < passes; p++) {
      countries = 0;
      long t0 = mx.getCurrentThreadCpuTime();
      for (Article a : articles) {
        countries += enricher.enrich(a).countries().size();
      }
      cpu[p] = (mx.getCurrentThreadCpuTime() - t0) / 1e3 / articles.size();
    }
    double[] tail = Arrays.copyOfRange(cpu, passes / 2, passes);
    Arrays.sort(tail);
    double median = tail.length % 2 == 1 ? tail[tail.length / 2] : (tail[tail.length / 2 - 1] + tail[tail.length / 2]) / 2;
    System.out.printf(Locale.ROOT, "%d articles, enrichment %.1f us/article of CPU (median of the last %d of %d passes; %d countries a pass)%n",
        articles.size(), median, tail.length, passes, countries);
  }
}

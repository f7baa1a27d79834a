package revue.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import revue.Revue;
import revue.SearchRequest;

/**
 * A bounded loop of searches on an index, to run while {@code revue rebuild} writes it: counts
 * errors and the totals seen. Alternates a long-lived {@link Revue} (refreshing every 200 ms) and,
 * every tenth search, a fresh one (as the CLI does). Exits 1 on any error or empty result.
 *
 * <pre>
 * java -cp target/revue-bench.jar revue.bench.SearchDuringRebuild INDEX [MAX_SEARCHES] [MAX_SECONDS]
 * </pre>
 */
public final class SearchDuringRebuild {

  private static final List<String> QUERIES =
      List.of("", "oil", "trade", "تونس", "الحكومة", "minister");

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    int maxSearches = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    Duration maxTime = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 300);
    long deadline = System.nanoTime() + maxTime.toNanos();
    Map<String, Long> generations = new TreeMap<>();
    Map<Long, Long> allTotals = new TreeMap<>(); // match-all total -> times seen
    long searches = 0;
    long errors = 0;
    long empty = 0;
    long start = System.nanoTime();
    try (Revue live =
        Revue.open(index, Revue.Options.builder().refreshEvery(Duration.ofMillis(200)).build())) {
      while (searches < maxSearches && System.nanoTime() < deadline) {
        String query = QUERIES.get((int) (searches % QUERIES.size()));
        try {
          long total;
          if (searches % 10 == 9) {
            try (Revue fresh = Revue.open(index)) {
              total = fresh.search(SearchRequest.of(query).withLimit(10)).total();
            }
          } else {
            total = live.search(SearchRequest.of(query).withLimit(10)).total();
          }
          if (query.isEmpty()) {
            allTotals.merge(total, 1L, Long::sum);
            if (searches % 60 == 0) {
              generations.merge(live.stats().generation(), 1L, Long::sum);
            }
          }
          if (total == 0) {
            empty++;
            System.err.println("empty result for '" + query + "' at search " + searches);
          }
        } catch (RuntimeException e) {
          errors++;
          System.err.println("error at search " + searches + ": " + e);
        }
        searches++;
      }
    }
    System.out.printf(
        "searches %d in %.1f s, errors %d, empty results %d, match-all totals seen %s (min %d, max %d), generations seen %s%n",
        searches,
        (System.nanoTime() - start) / 1e9,
        errors,
        empty,
        allTotals,
        allTotals.isEmpty() ? 0 : ((TreeMap<Long, Long>) allTotals).firstKey(),
        allTotals.isEmpty() ? 0 : ((TreeMap<Long, Long>) allTotals).lastKey(),
        generations.keySet());
    System.exit(errors == 0 && empty == 0 ? 0 : 1);
  }
}

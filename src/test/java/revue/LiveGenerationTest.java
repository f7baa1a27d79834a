package revue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.index.GeneratedCorpus;

class LiveGenerationTest {

  @TempDir Path tmp;

  private static void rebuild(Path index, Path corpus) {
    try (Revue writer = Revue.open(index)) { // a separate instance, as another process would be
      writer.rebuild(List.of(corpus), IngestOptions.defaults(), n -> {}, Duration.ZERO);
    }
  }

  @Test
  void longLivedInstanceSwitchesToNewGenerationWhileSearchingAndReleasesTheOldFiles()
      throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
    Path small = tmp.resolve("small");
    Path large = tmp.resolve("large");
    GeneratedCorpus.write(small, 3, 10, 1);
    GeneratedCorpus.write(large, 3, 15, 2);
    Path index = tmp.resolve("index");
    rebuild(index, small);
    Path first = index.resolve("gen-000001").toAbsolutePath();

    try (Revue revue =
        Revue.open(index, Revue.Options.builder().refreshEvery(Duration.ofMillis(20)).build())) {
      assertEquals(30, revue.search(SearchRequest.of("").withLimit(0)).total());
      assertTrue(openFilesUnder(first) > 0, "the first generation is open while searched");

      AtomicBoolean stop = new AtomicBoolean();
      Set<Long> totals = new ConcurrentSkipListSet<>();
      AtomicLong searches = new AtomicLong();
      AtomicLong searchesAfterSwitch = new AtomicLong();
      // synchronisation points instead of sleeps: every searcher has searched the first
      // generation before the rebuild starts, and goes on searching after the switch
      CountDownLatch searchedFirst = new CountDownLatch(3);
      List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      List<Thread> searchers =
          Stream.generate(
                  () ->
                      Thread.ofPlatform()
                          .start(
                              () -> {
                                boolean firstSearch = true;
                                while (!stop.get()) {
                                  try {
                                    long total =
                                        revue.search(SearchRequest.of("").withLimit(5)).total();
                                    totals.add(total);
                                    searches.incrementAndGet();
                                    if (total == 45L) {
                                      searchesAfterSwitch.incrementAndGet();
                                    }
                                  } catch (Throwable t) {
                                    errors.add(t);
                                  }
                                  if (firstSearch) {
                                    firstSearch = false;
                                    searchedFirst.countDown();
                                  }
                                }
                              }))
              .limit(3)
              .toList();
      assertTrue(searchedFirst.await(5, TimeUnit.MINUTES), "the searchers never searched");
      assertEquals(Set.of(30L), totals, "before the rebuild");
      rebuild(index, large);
      // the searchers' own refresh (every 20 ms) must find gen-000002, then they search on it;
      // the deadline is against a hang, not a timing
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (searchesAfterSwitch.get() < 30 && errors.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      stop.set(true);
      for (Thread t : searchers) {
        t.join();
      }
      assertEquals(List.of(), errors);
      assertEquals(
          new TreeSet<>(Set.of(30L, 45L)),
          new TreeSet<>(totals),
          "never an empty or partial result");
      assertTrue(searches.get() > 0);
      assertEquals(0, openFilesUnder(first), "no file of the old generation stays open or mapped");
      assertEquals("gen-000002", revue.stats().generation());
    }
  }

  @Test
  void explicitRefreshSeesRollbackAtOnce() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    GeneratedCorpus.write(a, 1, 7, 1);
    GeneratedCorpus.write(b, 1, 9, 2);
    Path index = tmp.resolve("index");
    rebuild(index, a);
    rebuild(index, b);
    try (Revue revue =
        Revue.open(index, Revue.Options.builder().refreshEvery(Duration.ofHours(1)).build())) {
      assertEquals(9, revue.search(SearchRequest.of("").withLimit(0)).total());
      try (Revue other = Revue.open(index)) {
        other.rollback(Duration.ZERO);
      }
      assertEquals(
          9, revue.search(SearchRequest.of("").withLimit(0)).total(), "not before its interval");
      revue.refresh();
      assertEquals(7, revue.search(SearchRequest.of("").withLimit(0)).total());
    }
  }

  /** Files under a folder this process has open or memory-mapped. */
  private static long openFilesUnder(Path folder) throws IOException {
    long n = 0;
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : (Iterable<Path>) fds::iterator) {
        try {
          if (Files.readSymbolicLink(fd).startsWith(folder)) {
            n++;
          }
        } catch (IOException e) {
          // closed while listing
        }
      }
    }
    n +=
        Files.readAllLines(Path.of("/proc/self/maps")).stream()
            .filter(l -> l.contains(folder.toString()))
            .count();
    return n;
  }
}

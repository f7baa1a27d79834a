package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.index.GeneratedCorpus;

class RebuildCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void twoRebuildsStartedTogetherRunOneAndRefuseTheOtherWithTheLockMessage() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 4, 250, 3);
    String index = tmp.resolve("index").toString();
    // two threads of their own, both waiting at the gate before it opens: the common pool has one
    // worker on a 2-core machine and ran the two rebuilds one after the other
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<CompletableFuture<CliRunner>> runs =
        List.of(1, 2).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          ready.countDown();
                          try {
                            go.await();
                          } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                          }
                          return CliRunner.run("rebuild", corpus.toString(), "--index", index, "--quiet");
                        },
                        two))
            .toList();
    ready.await();
    go.countDown();
    List<CliRunner> results = runs.stream().map(CompletableFuture::join).toList();
    two.shutdown();
    List<CliRunner> ok = results.stream().filter(r -> r.exitCode() == 0).toList();
    List<CliRunner> refused = results.stream().filter(r -> r.exitCode() == 1).toList();
    assertEquals(1, ok.size(), results.toString());
    assertEquals(1, refused.size(), results.toString());
    String err = refused.get(0).err();
    assertTrue(
        err.startsWith("revue: index " + Path.of(index).toAbsolutePath() + " is locked by pid " + ProcessHandle.current().pid() + " (revue rebuild, started "),
        err);
    assertEquals("rebuilt " + index + " in", ok.get(0).out().substring(0, ("rebuilt " + index + " in").length()));
    assertTrue(ok.get(0).out().contains(": built gen-000001 with 1,000 articles; 0 skipped, 0 failed"), ok.get(0).out());
  }

  @Test
  void rebuildRollbackAndStatsTellTheGenerations() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 2, 30, 5);
    String index = tmp.resolve("index").toString();
    assertEquals(0, CliRunner.run("rebuild", corpus.toString(), "--index", index, "--quiet").exitCode());
    GeneratedCorpus.write(corpus, 3, 30, 5);
    CliRunner second = CliRunner.run("rebuild", corpus.toString(), "--index", index, "--json");
    assertEquals(0, second.exitCode(), second.err());
    JsonNode run = JSON.readTree(second.out());
    assertEquals("built gen-000002 with 90 articles; gen-000001 kept for rollback", run.path("message").asText());

    JsonNode stats = JSON.readTree(CliRunner.run("stats", "--index", index, "--json").out());
    assertEquals(90, stats.path("documents").asLong());
    assertEquals("gen-000002", stats.path("generation").asText());
    assertEquals("gen-000001", stats.path("previousGeneration").asText());
    assertEquals(corpus.toAbsolutePath().toString(), stats.at("/builtFrom/0").asText());
    assertEquals("rebuild", stats.at("/lastRun/command").asText());
    assertTrue(stats.at("/lastRun/ok").asBoolean());

    CliRunner back = CliRunner.run("rollback", "--index", index);
    assertEquals(0, back.exitCode(), back.err());
    assertEquals("live generation is now gen-000001 (was gen-000002) (60 articles)\n", back.out());
    CliRunner text = CliRunner.run("stats", "--index", index);
    assertTrue(text.out().contains("generation  gen-000001\n"), text.out());
    assertTrue(text.out().contains("last run    rollback ok at "), text.out());

    CliRunner again = CliRunner.run("rollback", "--index", index);
    assertEquals(1, again.exitCode());
    assertEquals("revue: no generation before gen-000001 in " + Path.of(index).toAbsolutePath() + " to roll back to\n", again.err());
  }

  @Test
  void failedRebuildExitsOneWithTheReason() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 1, 10, 5);
    String index = tmp.resolve("index").toString();
    assertEquals(0, CliRunner.run("rebuild", corpus.toString(), "--index", index, "--quiet").exitCode());
    Path empty = java.nio.file.Files.createDirectories(tmp.resolve("empty"));
    CliRunner r = CliRunner.run("rebuild", empty.toString(), "--index", index, "--quiet");
    assertEquals(1, r.exitCode());
    assertEquals(
        "revue: rebuild failed: no articles read from " + empty.toAbsolutePath() + " (0 failed); the live generation gen-000001 is unchanged\n",
        r.err());
  }
}

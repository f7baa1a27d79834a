package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IngestOptions;
import revue.Revue;
import revue.RunReport;
import revue.index.GeneratedCorpus;

class RebuildCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  /**
   * A rebuild started while another runs is refused with the lock message, and the running one
   * completes. The running one is held at a synchronisation point (its progress callback, called
   * under the write lock, waits until the second has answered), so the two overlap however slow the
   * machine: started "together" on two threads, they sometimes ran one after the other.
   */
  @Test
  void aRebuildStartedWhileAnotherRunsIsRefusedWithTheLockMessage() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 4, 250, 3);
    Path index = tmp.resolve("index");
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch answered = new CountDownLatch(1);
    ExecutorService own = Executors.newSingleThreadExecutor();
    CompletableFuture<RunReport> first =
        CompletableFuture.supplyAsync(
            () -> {
              try (Revue revue = Revue.open(index)) {
                return revue.rebuild(
                    List.of(corpus),
                    IngestOptions.defaults(),
                    n -> {
                      holding.countDown();
                      try {
                        answered.await();
                      } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                      }
                    },
                    Duration.ZERO);
              }
            },
            own);
    CliRunner second;
    try {
      assertTrue(
          holding.await(5, TimeUnit.MINUTES), "the first rebuild never reached its first article");
      second = CliRunner.run("rebuild", corpus.toString(), "--index", index.toString(), "--quiet");
    } finally {
      answered.countDown();
      own.shutdown();
    }
    RunReport run = first.get(5, TimeUnit.MINUTES);
    assertEquals(1, second.exitCode(), second.err());
    assertTrue(
        second
            .err()
            .startsWith(
                "revue: index "
                    + index.toAbsolutePath()
                    + " is locked by pid "
                    + ProcessHandle.current().pid()
                    + " (revue rebuild, started "),
        second.err());
    assertTrue(
        second.err().strip().endsWith("; wait for it to finish, or pass --wait"), second.err());
    assertEquals("", second.out());
    assertTrue(run.ok(), run.toString());
    assertEquals("gen-000001", run.generation());
    assertEquals(1000, run.documents());
    CliRunner stats = CliRunner.run("stats", "--index", index.toString(), "--json");
    assertEquals(1000, JSON.readTree(stats.out()).get("documents").asLong(), stats.out());
  }

  @Test
  void rebuildRollbackAndStatsTellTheGenerations() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 2, 30, 5);
    String index = tmp.resolve("index").toString();
    assertEquals(
        0, CliRunner.run("rebuild", corpus.toString(), "--index", index, "--quiet").exitCode());
    GeneratedCorpus.write(corpus, 3, 30, 5);
    CliRunner second = CliRunner.run("rebuild", corpus.toString(), "--index", index, "--json");
    assertEquals(0, second.exitCode(), second.err());
    JsonNode run = JSON.readTree(second.out());
    assertEquals(
        "built gen-000002 with 90 articles; gen-000001 kept for rollback",
        run.path("message").asText());

    JsonNode stats = JSON.readTree(CliRunner.run("stats", "--index", index, "--json").out());
    assertEquals(90, stats.path("documents").asLong());
    assertEquals("gen-000002", stats.path("generation").asText());
    assertEquals("gen-000001", stats.path("previousGeneration").asText());
    assertEquals(corpus.toAbsolutePath().toString(), stats.at("/builtFrom/0").asText());
    assertEquals("rebuild", stats.at("/lastRun/command").asText());
    assertTrue(stats.at("/lastRun/ok").asBoolean());

    CliRunner back = CliRunner.run("rollback", "--index", index);
    assertEquals(0, back.exitCode(), back.err());
    assertEquals("live generation is now gen-000001 (was gen-000002), 60 articles\n", back.out());
    CliRunner text = CliRunner.run("stats", "--index", index);
    assertTrue(text.out().contains("generation  gen-000001\n"), text.out());
    assertTrue(text.out().contains("last run    rollback ok at "), text.out());

    CliRunner again = CliRunner.run("rollback", "--index", index);
    assertEquals(1, again.exitCode());
    assertEquals(
        "revue: no generation before gen-000001 in "
            + Path.of(index).toAbsolutePath()
            + " to roll back to\n",
        again.err());
  }

  @Test
  void failedRebuildExitsOneWithTheReason() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 1, 10, 5);
    String index = tmp.resolve("index").toString();
    assertEquals(
        0, CliRunner.run("rebuild", corpus.toString(), "--index", index, "--quiet").exitCode());
    Path empty = java.nio.file.Files.createDirectories(tmp.resolve("empty"));
    CliRunner r = CliRunner.run("rebuild", empty.toString(), "--index", index, "--quiet");
    assertEquals(1, r.exitCode());
    assertEquals(
        "revue: rebuild failed: no articles read from "
            + empty.toAbsolutePath()
            + " (0 failed); the live generation gen-000001 is unchanged\n",
        r.err());
  }

  /**
   * rebuild names each bad record on stderr (file, line, reason) as index does, also when the
   * rebuild fails for want of a good one; its summary only counted them.
   */
  @Test
  void rebuildReportsEachBadRecordAsIndexDoes() throws Exception {
    Path feed = tmp.resolve("bad").resolve("feed.jsonl");
    java.nio.file.Files.createDirectories(feed.getParent());
    java.nio.file.Files.writeString(
        feed,
        "{\"id\": \"1\", \"title\": \"Bourita à Niamey\", \"body\": \"Le ministre est arrivé.\"}\n"
            + "{not json\n"
            + "{\"id\": \"3\", \"title\": \"x\",\n");
    List<String> problems =
        List.of(
            feed
                + ":2: invalid JSON: Unexpected character ('n' (code 110)): was expecting"
                + " double-quote to start field name",
            feed + ":3: invalid JSON: Unexpected end-of-input within/between Object entries");
    String bad = feed.getParent().toString();
    CliRunner index = CliRunner.run("index", bad, "--index", tmp.resolve("by-index").toString());
    assertEquals(0, index.exitCode(), index.err());
    assertEquals(problems, index.err().lines().toList());
    assertTrue(index.out().startsWith("indexed 1 article into "), index.out());

    String rebuilt = tmp.resolve("by-rebuild").toString();
    CliRunner rebuild = CliRunner.run("rebuild", bad, "--index", rebuilt, "--verbose");
    assertEquals(0, rebuild.exitCode(), rebuild.err());
    assertEquals(problems, rebuild.err().lines().toList());
    assertTrue(
        rebuild.out().endsWith(": built gen-000001 with 1 article; 0 skipped, 2 failed\n"),
        rebuild.out());
    assertEquals(
        List.of(),
        CliRunner.run("rebuild", bad, "--index", rebuilt, "--quiet").err().lines().toList());

    // a rebuild that fails for want of a good record names the bad ones first
    java.nio.file.Files.writeString(feed, "{not json\n");
    CliRunner failed = CliRunner.run("rebuild", bad, "--index", rebuilt);
    assertEquals(1, failed.exitCode(), failed.err());
    assertEquals(
        List.of(
            problems.get(0).replace(":2:", ":1:"),
            "revue: rebuild failed: no articles read from "
                + Path.of(bad).toAbsolutePath()
                + " (1 failed); the live generation gen-000002 is unchanged"),
        failed.err().lines().toList());
  }

  /**
   * index --strict keeps the good articles and exits 1 when a record failed: the run it records for
   * stats and monitoring is failed too, with the count, as the exit code says.
   */
  @Test
  void strictIndexRunWithABadRecordIsRecordedAsFailed() throws Exception {
    Path feed = tmp.resolve("bad").resolve("feed.jsonl");
    java.nio.file.Files.createDirectories(feed.getParent());
    java.nio.file.Files.writeString(
        feed,
        "{\"id\": \"1\", \"title\": \"Bourita à Niamey\", \"body\": \"Le ministre est arrivé.\"}\n"
            + "{not json\n");
    String index = tmp.resolve("index").toString();
    CliRunner strict = CliRunner.run("index", feed.toString(), "--index", index, "--strict");
    assertEquals(1, strict.exitCode(), strict.err());
    JsonNode run = JSON.readTree(CliRunner.run("stats", "--index", index, "--json").out());
    assertEquals(1, run.path("documents").asLong());
    assertEquals(false, run.at("/lastRun/ok").asBoolean());
    assertEquals(1, run.at("/lastRun/failed").asLong());
    assertEquals(
        "failed (strict): 1 record or file could not be read;"
            + " 1 added, 0 updated, 0 removed, 0 unchanged",
        run.at("/lastRun/message").asText());
    CliRunner text = CliRunner.run("stats", "--index", index);
    assertTrue(
        text.out().lines().anyMatch(l -> l.startsWith("last run    index FAILED at ")), text.out());

    // the same run without --strict completed: exit 0, recorded ok; the file failed to read, so
    // the article it had stays
    java.nio.file.Files.writeString(feed, "{not json\n{not json either\n");
    CliRunner lenient = CliRunner.run("index", feed.toString(), "--index", index);
    assertEquals(0, lenient.exitCode(), lenient.err());
    run = JSON.readTree(CliRunner.run("stats", "--index", index, "--json").out());
    assertEquals(true, run.at("/lastRun/ok").asBoolean());
    assertEquals(2, run.at("/lastRun/failed").asLong());
    assertEquals("0 added, 0 updated, 0 removed, 0 unchanged", run.at("/lastRun/message").asText());
    assertEquals(1, run.path("documents").asLong());
  }

  /**
   * rebuild without PATH reads what the index was built and updated from, as stats shows it, not
   * the bundled corpus/; an index that records none (here: none yet) is refused, exit 2.
   */
  @Test
  void rebuildWithoutPathReadsThePathsTheIndexWasBuiltFrom() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    GeneratedCorpus.write(first, 2, 10, 5);
    java.nio.file.Files.createDirectories(second);
    for (String name :
        List.of("sample-fr-maroc-mauritanie-2023.txt", "sample-fr-niamey-sahel-2023.txt")) {
      java.nio.file.Files.copy(
          Path.of("corpus", "samples", name), second.resolve(name)); // collection "second"
    }
    String index = tmp.resolve("index").toString();
    assertEquals(
        0, CliRunner.run("rebuild", first.toString(), "--index", index, "--quiet").exitCode());
    assertEquals(
        0, CliRunner.run("index", second.toString(), "--index", index, "--quiet").exitCode());

    CliRunner again = CliRunner.run("rebuild", "--index", index, "--json");
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(
        "revue: rebuilding from the paths the index was built from: "
            + first.toAbsolutePath()
            + ", "
            + second.toAbsolutePath()
            + "\n",
        again.err());
    JsonNode run = JSON.readTree(again.out());
    assertEquals(
        "built gen-000002 with 22 articles; gen-000001 kept for rollback",
        run.path("message").asText());
    JsonNode stats = JSON.readTree(CliRunner.run("stats", "--index", index, "--json").out());
    assertEquals(22, stats.path("documents").asLong());
    assertEquals(
        List.of(first.toAbsolutePath().toString(), second.toAbsolutePath().toString()),
        JSON.convertValue(stats.path("builtFrom"), List.class));

    Path none = tmp.resolve("none");
    CliRunner refused = CliRunner.run("rebuild", "--index", none.toString());
    assertEquals(2, refused.exitCode(), refused.err());
    assertEquals(
        "revue: no PATH given, and no index at "
            + none.toAbsolutePath()
            + " to take paths from: run 'revue rebuild PATH --index "
            + none
            + "'\n",
        refused.err());
    assertEquals("", refused.out());
    assertTrue(!java.nio.file.Files.exists(none), "an index folder was made");
  }

  /**
   * index without PATH into an index other than the default is refused (exit 2), not fed the
   * bundled corpus/: the line says to name the files, and names rebuild once the index records the
   * paths it was built from. Nothing is written.
   */
  @Test
  void indexWithoutPathIntoAnotherIndexIsRefusedNamingTheFilesOrRebuild() throws Exception {
    Path none = tmp.resolve("none");
    CliRunner refused = CliRunner.run("index", "--index", none.toString());
    assertEquals(2, refused.exitCode(), refused.err());
    assertEquals(
        "revue: no PATH given: name the files or folders to index into "
            + none.toAbsolutePath()
            + ": run 'revue index PATH --index "
            + none
            + "'\n",
        refused.err());
    assertEquals("", refused.out());
    assertTrue(!java.nio.file.Files.exists(none), "an index folder was made");

    Path first = tmp.resolve("first");
    GeneratedCorpus.write(first, 1, 10, 5);
    String index = tmp.resolve("index").toString();
    assertEquals(
        0, CliRunner.run("index", first.toString(), "--index", index, "--quiet").exitCode());
    CliRunner again = CliRunner.run("index", "--index", index);
    assertEquals(2, again.exitCode(), again.err());
    assertEquals(
        "revue: no PATH given: name the files or folders to index into "
            + Path.of(index).toAbsolutePath()
            + ": run 'revue index PATH --index "
            + index
            + "', or 'revue rebuild --index "
            + index
            + "' to read again the paths it was built from ("
            + first.toAbsolutePath()
            + ")\n",
        again.err());
    JsonNode stats = JSON.readTree(CliRunner.run("stats", "--index", index, "--json").out());
    assertEquals(10, stats.path("documents").asLong());
    assertEquals("index", stats.at("/lastRun/command").asText());
  }
}

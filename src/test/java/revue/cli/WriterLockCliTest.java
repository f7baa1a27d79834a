package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.index.IndexLock;

class WriterLockCliTest {

  @TempDir Path tmp;

  @Test
  void indexFailsAtOnceWithTheLockHolderWhenAnotherWriterRuns() throws Exception {
    Path index = tmp.resolve("index");
    try (IndexLock held = IndexLock.acquire(index, "rebuild", Duration.ZERO)) {
      CliRunner r = CliRunner.run("index", "corpus", "--index", index.toString(), "--quiet");
      assertEquals(1, r.exitCode(), r.err());
      String pid = "pid " + ProcessHandle.current().pid() + " (revue rebuild, started ";
      assertTrue(
          r.err().startsWith("revue: index " + index.toAbsolutePath() + " is locked by " + pid),
          r.err());
      assertTrue(r.err().strip().endsWith("; wait for it to finish, or pass --wait"), r.err());
    }
  }

  /**
   * With --wait the command blocks while another writer holds the lock, and runs once it is
   * released. No sleep decides the order: the lock is released only after the command's thread is
   * seen waiting for it inside {@link IndexLock#acquire}, and the index must still be empty then.
   */
  @Test
  void indexWithWaitRunsOnceTheOtherWriterFinishes() throws Exception {
    Path index = tmp.resolve("index");
    IndexLock held = IndexLock.acquire(index, "rebuild", Duration.ZERO);
    CompletableFuture<CliRunner> run = new CompletableFuture<>();
    Thread cli =
        Thread.ofPlatform()
            .name("revue-index-wait")
            .start(
                () ->
                    run.complete(
                        CliRunner.run(
                            "index", "corpus", "--index", index.toString(), "--quiet", "--wait")));
    try {
      waitUntilWaitingForTheLock(cli, run);
      assertFalse(
          run.isDone(),
          "the command finished while another writer held the lock: " + run.getNow(null));
      assertEquals(
          List.of("revue.lock"),
          files(index),
          "the command wrote while another writer held the lock");
    } finally {
      held.close();
    }
    CliRunner r = run.get(5, TimeUnit.MINUTES);
    assertEquals(0, r.exitCode(), r.err());
    CliRunner stats = CliRunner.run("stats", "--index", index.toString(), "--json");
    assertTrue(stats.out().contains("\"documents\" : 7"), stats.out());
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Until the thread is seen sleeping between two tries of {@link IndexLock#acquire}. */
  private static void waitUntilWaitingForTheLock(Thread thread, CompletableFuture<CliRunner> run)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // a hang, not a timing
    while (System.nanoTime() < deadline && !run.isDone()) {
      StackTraceElement[] stack = thread.getStackTrace();
      boolean inAcquire = false;
      for (StackTraceElement frame : stack) {
        inAcquire |=
            frame.getClassName().equals(IndexLock.class.getName())
                && frame.getMethodName().equals("acquire");
      }
      if (inAcquire && thread.getState() == Thread.State.TIMED_WAITING) {
        return;
      }
      Thread.sleep(5);
    }
    if (!run.isDone()) {
      throw new AssertionError("the command never waited for the lock");
    }
  }
}

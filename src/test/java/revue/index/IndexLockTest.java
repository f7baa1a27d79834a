package revue.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import revue.IndexLockedException;

class IndexLockTest {

  @TempDir Path root;

  @Test
  void secondWriterInSameProcessIsRefusedWithPidAndStartTime() throws Exception {
    try (IndexLock first = IndexLock.acquire(root, "rebuild", Duration.ZERO)) {
      IndexLockedException e =
          assertThrows(
              IndexLockedException.class, () -> IndexLock.acquire(root, "index", Duration.ZERO));
      String holder = IndexLock.holder(root).orElseThrow().toString();
      assertEquals(
          "index "
              + root.toAbsolutePath()
              + " is locked by "
              + holder
              + "; wait for it to finish, or pass --wait",
          e.getMessage());
      assertTrue(
          holder.startsWith("pid " + ProcessHandle.current().pid() + " (revue rebuild, started "),
          holder);
    }
  }

  @Test
  void releasedLockIsTakenWithoutStaleHolder() throws Exception {
    IndexLock.acquire(root, "rebuild", Duration.ZERO).close();
    try (IndexLock again = IndexLock.acquire(root, "index", Duration.ZERO)) {
      assertTrue(again.staleHolder().isEmpty());
      assertEquals("index", IndexLock.holder(root).orElseThrow().command());
    }
  }

  /**
   * A writer that waits gets the lock once the holder releases it. The holder releases only after
   * the waiting thread is seen sleeping between two tries inside acquire (a synchronisation point,
   * not a sleep that a slow machine could outlast).
   */
  @Test
  void waitingWriterGetsTheLockWhenTheHolderReleasesIt() throws Exception {
    IndexLock first = IndexLock.acquire(root, "rebuild", Duration.ZERO);
    CompletableFuture<String> second = new CompletableFuture<>();
    Thread waiter =
        Thread.ofPlatform()
            .start(
                () -> {
                  try (IndexLock lock = IndexLock.acquire(root, "index", Duration.ofMinutes(5))) {
                    second.complete(IndexLock.holder(root).orElseThrow().command());
                  } catch (Throwable t) {
                    second.completeExceptionally(t);
                  }
                });
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5); // a hang, not a timing
      while (!sleepingIn(waiter, "acquire") && !second.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertFalse(second.isDone(), "the second writer got the lock while the first held it");
      assertEquals("rebuild", IndexLock.holder(root).orElseThrow().command());
    } finally {
      first.close();
    }
    assertEquals("index", second.get(5, TimeUnit.MINUTES));
    waiter.join();
  }

  /** Whether the thread sleeps inside IndexLock's method of this name. */
  static boolean sleepingIn(Thread thread, String method) {
    if (thread.getState() != Thread.State.TIMED_WAITING) {
      return false;
    }
    for (StackTraceElement frame : thread.getStackTrace()) {
      if (frame.getClassName().equals(IndexLock.class.getName())
          && frame.getMethodName().equals(method)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void lockOfAnotherProcessIsRefusedThenTakenOverWhenThatProcessIsKilled() throws Exception {
    Process child = ChildJvm.start(LockHolderProcess.class, root.toString());
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", out.readLine());
      IndexLockedException e =
          assertThrows(
              IndexLockedException.class, () -> IndexLock.acquire(root, "index", Duration.ZERO));
      assertTrue(
          e.getMessage().contains("is locked by pid " + child.pid() + " (revue rebuild, started "),
          e.getMessage());
    } finally {
      child.destroyForcibly(); // SIGKILL: the child cannot clean up its lock file
      child.waitFor(30, TimeUnit.SECONDS);
    }
    try (IndexLock taken = IndexLock.acquire(root, "rebuild", Duration.ZERO)) {
      assertEquals(child.pid(), taken.staleHolder().orElseThrow().pid());
      assertTrue(
          ProcessHandle.of(child.pid()).isEmpty()
              || !ProcessHandle.of(child.pid()).get().isAlive());
    }
  }
}

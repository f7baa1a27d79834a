package revue.index;

import revue.IndexLockedException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLockTest {

  @TempDir Path root;

  @Test
  void secondWriterInSameProcessIsRefusedWithPidAndStartTime() throws Exception {
    try (IndexLock first = IndexLock.acquire(root, "rebuild", Duration.ZERO)) {
      IndexLockedException e =
          assertThrows(IndexLockedException.class, () -> IndexLock.acquire(root, "index", Duration.ZERO));
      String holder = IndexLock.holder(root).orElseThrow().toString();
      assertEquals(
          "index " + root.toAbsolutePath() + " is locked by " + holder + "; wait for it to finish, or pass --wait",
          e.getMessage());
      assertTrue(holder.startsWith("pid " + ProcessHandle.current().pid() + " (revue rebuild, started "), holder);
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

  @Test
  void waitingWriterGetsTheLockWhenTheHolderReleasesIt() throws Exception {
    IndexLock first = IndexLock.acquire(root, "rebuild", Duration.ZERO);
    Thread releaser =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    Thread.sleep(300);
                    first.close();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    try (IndexLock second = IndexLock.acquire(root, "index", Duration.ofSeconds(30))) {
      assertEquals("index", IndexLock.holder(root).orElseThrow().command());
    }
    releaser.join();
  }

  @Test
  void lockOfAnotherProcessIsRefusedThenTakenOverWhenThatProcessIsKilled() throws Exception {
    Process child = ChildJvm.start(LockHolderProcess.class, root.toString());
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", out.readLine());
      IndexLockedException e =
          assertThrows(IndexLockedException.class, () -> IndexLock.acquire(root, "index", Duration.ZERO));
      assertTrue(e.getMessage().contains("is locked by pid " + child.pid() + " (revue rebuild, started "), e.getMessage());
    } finally {
      child.destroyForcibly(); // SIGKILL: the child cannot clean up its lock file
      child.waitFor(30, TimeUnit.SECONDS);
    }
    try (IndexLock taken = IndexLock.acquire(root, "rebuild", Duration.ZERO)) {
      assertEquals(child.pid(), taken.staleHolder().orElseThrow().pid());
      assertTrue(ProcessHandle.of(child.pid()).isEmpty() || !ProcessHandle.of(child.pid()).get().isAlive());
    }
  }
}

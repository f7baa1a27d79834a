package revue.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
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
      assertTrue(r.err().startsWith("revue: index " + index.toAbsolutePath() + " is locked by " + pid), r.err());
      assertTrue(r.err().strip().endsWith("; wait for it to finish, or pass --wait"), r.err());
    }
  }

  @Test
  void indexWithWaitRunsOnceTheOtherWriterFinishes() throws Exception {
    Path index = tmp.resolve("index");
    IndexLock held = IndexLock.acquire(index, "rebuild", Duration.ZERO);
    Thread releaser =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    Thread.sleep(500);
                    held.close();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });
    CliRunner r = CliRunner.run("index", "corpus", "--index", index.toString(), "--quiet", "--wait");
    releaser.join();
    assertEquals(0, r.exitCode(), r.err());
  }
}

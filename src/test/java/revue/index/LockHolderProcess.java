package revue.index;

import java.nio.file.Path;
import java.time.Duration;

/** A child-process main for lock tests: takes the lock of an index folder, says so, then sleeps. */
public final class LockHolderProcess {

  public static void main(String[] args) throws Exception {
    IndexLock lock = IndexLock.acquire(Path.of(args[0]), "rebuild", Duration.ZERO);
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(Duration.ofMinutes(2));
    lock.close();
  }
}

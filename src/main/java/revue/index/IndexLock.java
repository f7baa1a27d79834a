package revue.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import revue.IndexLockedException;

/**
 * The one-writer-at-a-time lock of an index folder: an operating-system lock on {@code revue.lock}
 * in the index root, with the holder's pid, command and start time written in the file so that a
 * refused writer can say who holds it.
 *
 * <p>The operating system releases the lock when its process dies, even by SIGKILL, so a lock file
 * left by a killed process is free: the next writer takes it over and {@link #staleHolder()} names
 * the dead holder. The pid in the file is informative only; the OS lock decides. Within one JVM, a
 * second acquire of the same folder is refused like one from another process. Not for network file
 * systems without working {@code fcntl} locks.
 */
public final class IndexLock implements AutoCloseable {

  static final String FILE = "revue.lock";
  private static final Duration POLL = Duration.ofMillis(100);

  /** Folders locked by this JVM: FileChannel locks are per process, not per thread. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  /**
   * Who holds (or held) a lock.
   *
   * @param pid the process id
   * @param command what it is doing ({@code rebuild}, {@code index}, ...)
   * @param since when it took the lock
   */
  public record Holder(long pid, String command, Instant since) {

    @Override
    public String toString() {
      return "pid " + pid + " (revue " + command + ", started " + since + ")";
    }

    String serialize() {
      return "pid=" + pid + "\ncommand=" + command + "\nsince=" + since + "\n";
    }

    static Optional<Holder> parse(String text) {
      long pid = -1;
      String command = "?";
      Instant since = null;
      for (String line : text.split("\n")) {
        int eq = line.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String value = line.substring(eq + 1).strip();
        try {
          switch (line.substring(0, eq)) {
            case "pid" -> pid = Long.parseLong(value);
            case "command" -> command = value;
            case "since" -> since = Instant.parse(value);
            default -> {}
          }
        } catch (RuntimeException e) {
          return Optional.empty(); // half-written by a holder that was killed while writing
        }
      }
      return pid < 0 || since == null
          ? Optional.empty()
          : Optional.of(new Holder(pid, command, since));
    }
  }

  private final Path root;
  private final FileChannel channel;
  private final FileLock lock;
  private final Holder staleHolder;

  private IndexLock(Path root, FileChannel channel, FileLock lock, Holder staleHolder) {
    this.root = root;
    this.channel = channel;
    this.lock = lock;
    this.staleHolder = staleHolder;
  }

  /**
   * Takes the write lock of an index folder (creating the folder when needed).
   *
   * @param command what the holder does, shown to refused writers
   * @param wait how long to wait for a busy lock; {@link Duration#ZERO} fails at once
   * @throws IndexLockedException when the lock is still busy after {@code wait}, naming the holder
   */
  public static IndexLock acquire(Path root, String command, Duration wait) throws IOException {
    Path dir = root.toAbsolutePath().normalize();
    Files.createDirectories(dir);
    Instant deadline = deadline(wait);
    while (true) {
      IndexLock lock = tryAcquire(dir, command);
      if (lock != null) {
        return lock;
      }
      if (!Instant.now().isBefore(deadline)) {
        throw new IndexLockedException(
            "index "
                + dir
                + " is locked by "
                + describeHolder(dir)
                + "; wait for it to finish, or pass --wait");
      }
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the lock of " + dir, e);
      }
    }
  }

  /**
   * The holder of a busy lock, for the refusal message. A writer that has just taken the lock
   * writes its name right after, so a refusal that comes in between waits a moment for it rather
   * than naming no one (two rebuilds started together met this).
   */
  private static String describeHolder(Path dir) {
    Instant until = Instant.now().plus(HOLDER_WRITE_WAIT);
    Optional<Holder> holder = holder(dir);
    while (holder.isEmpty() && Instant.now().isBefore(until)) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      holder = holder(dir);
    }
    return holder.map(Holder::toString).orElse("another process (starting)");
  }

  /** How long a refusal waits for a new holder to write its name. */
  private static final Duration HOLDER_WRITE_WAIT = Duration.ofMillis(500);

  /** Who holds the lock of an index folder now, as written in its lock file, if anyone. */
  public static Optional<Holder> holder(Path root) {
    Path file = root.toAbsolutePath().normalize().resolve(FILE);
    try {
      return Holder.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The holder named in the lock file when this lock was taken over from a dead process. */
  public Optional<Holder> staleHolder() {
    return Optional.ofNullable(staleHolder);
  }

  /** Releases the lock; the lock file stays (deleting it would race with the next writer). */
  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      channel.force(true);
    } finally {
      try {
        lock.release();
        channel.close();
      } finally {
        HELD.remove(root);
      }
    }
  }

  private static IndexLock tryAcquire(Path dir, String command) throws IOException {
    if (!HELD.add(dir)) {
      return null;
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              dir.resolve(FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        HELD.remove(dir);
        return null;
      }
      // A non-empty file under a free lock was left by a holder that died without releasing it.
      Holder stale = Holder.parse(read(channel)).orElse(null);
      Holder me =
          new Holder(
              ProcessHandle.current().pid(), command, Instant.now().truncatedTo(ChronoUnit.MILLIS));
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.serialize().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new IndexLock(dir, channel, lock, stale);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      HELD.remove(dir);
      throw e;
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    channel.read(buf, 0);
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  private static Instant deadline(Duration wait) {
    if (wait == null || wait.isZero() || wait.isNegative()) {
      return Instant.MIN;
    }
    try {
      return Instant.now().plus(wait);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return Instant.MAX;
    }
  }
}
